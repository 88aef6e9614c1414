import { basename, extname } from 'node:path';
import { findingAt } from '../finding-at.ts';
import { latinSlug } from '../slug.ts';
import type { BookCheck, BookRule } from './check.ts';

/**
 * Every file that shares an id with another is told which others: the administrator who just
 * copied a rule looks at the new file, not at the old one.
 */
export const duplicateIds: BookCheck = {
  name: 'duplicate-ids',
  run({ rules }) {
    const byId = new Map<string, BookRule[]>();
    for (const rule of rules) {
      if (typeof rule.data.id !== 'string') continue;
      const same = byId.get(rule.data.id);
      if (same) same.push(rule);
      else byId.set(rule.data.id, [rule]);
    }
    return rules.flatMap((rule) => {
      const same = byId.get(rule.data.id) ?? [];
      if (same.length < 2) return [];
      // The file named after the id is the rule; the others are copies, and only they are told
      // (found by a new-user trial: the untouched original had been blamed first).
      const originals = same.filter(namedAfterId);
      if (originals.length === 1) {
        if (namedAfterId(rule)) return [];
        return [
          findingAt(
            rule.source,
            'duplicate-id',
            ['id'],
            'value',
            `"${rule.data.id}" is the id of ${originals[0]!.file} already: this file looks like a copy of it`,
            ownIdHint(rule),
          ),
        ];
      }
      const others = same.filter((other) => other !== rule).map((other) => other.file);
      return [findingAt(rule.source, 'duplicate-id', ['id'], 'value', `"${rule.data.id}" is also the id of ${listed(others)}`)];
    });
  },
};

/** "`id: quiet-zones` fits this file's name"; for "lockers (1).yaml", an id and the name to give the file (found by a review). */
function ownIdHint(rule: BookRule): string {
  const stem = fileStem(rule);
  const id = latinSlug(stem);
  if (id === stem) return `Give this rule an id of its own, and name the file after it: \`id: ${id}\` fits this file's name.`;
  return `Give this rule an id of its own, and name the file after it${id ? `, e.g. \`id: ${id}\` in \`${id}${extname(rule.file)}\`` : ''}: small letters, digits and hyphens only.`;
}

function fileStem(rule: BookRule): string {
  return basename(rule.file, extname(rule.file));
}

function namedAfterId(rule: BookRule): boolean {
  return fileStem(rule) === rule.data.id;
}

// A few names are enough to find the others; a thousand copies must not make a thousand-name line.
function listed(files: readonly string[]): string {
  if (files.length === 1) return files[0]!;
  if (files.length <= 3) return `${files.slice(0, -1).join(', ')} and ${files.at(-1)}`;
  return `${files.slice(0, 2).join(', ')} and ${files.length - 2} other files`;
}
