// The `$schema` a new rule file names for the editor's help. A book kept in its own repository
// names the schema its own way (a copy of its own, an address on the web): a new rule names the
// same one as the book's other rules, so the line works on every clone. Naming the tool's folder
// instead wrote a path of one person's machine into the book (found by a new-user trial).
import { dirname, isAbsolute, join, posix, relative, sep } from 'node:path';

const MODELINE = /^#\s*yaml-language-server:\s*\$schema=(\S+)/m;

/** The `$schema` a rule file's first lines name, if any. */
export function schemaOf(text: string): string | undefined {
  return MODELINE.exec(text.slice(0, 500))?.[1];
}

/**
 * What a new rule at `file` should name: what the book's rules name (the first of `rules` that
 * names one, seen from `file`), or else `fallback`, the tool's own schema file. Paths are
 * written with `/`, as in the sample's rules.
 */
export function schemaReference(file: string, rules: readonly { file: string; text: string }[], fallback: string): string {
  for (const rule of rules) {
    const named = schemaOf(rule.text);
    if (named === undefined) continue;
    // An address on the web (any scheme) or an absolute path: the same from every file.
    if (isAbsolute(named) || /^[a-z][a-z0-9+.-]+:/i.test(named)) return named;
    return toPosix(relative(dirname(file), join(dirname(rule.file), ...named.split('/'))));
  }
  return toPosix(relative(dirname(file), fallback));
}

const toPosix = (path: string) => path.split(sep).join(posix.sep);
