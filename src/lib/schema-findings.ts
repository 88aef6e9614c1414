import { impossibleDate, rewrittenDate } from './calendar-date.ts';
import { catalogue, type FindingCode } from './catalogue.ts';
import { fieldName, type Finding } from './finding.ts';
import { findingAt } from './finding-at.ts';
import { BUILT_IN } from './i18n/catalogue.ts';
import { isLanguageCode, languageName, meantLanguage } from './languages.ts';
import policySchema from '../../schemas/policy.schema.json' with { type: 'json' };
import siteSchema from '../../schemas/site.schema.json' with { type: 'json' };
import type { SchemaError } from './schemas.ts';
import type { Part, Path, YamlSource } from './yaml-source.ts';
import { latinSlug } from './slug.ts';

// Characters that take no room: a zero-width space in an id reads as a correct id.
export const INVISIBLE = /[\u200b-\u200d\u2060\ufeff\u00ad]/gu;

interface Described {
  code: FindingCode;
  path: Path;
  part: Part;
  message: string;
  hint?: string;
  /** An unknown field's likely meaning: the field it misspells. */
  meant?: string;
  /** For a field found missing, its path ("bend/ask"): a misspelt field that means it is the one finding. */
  absent?: string;
  /** A field that lost its indent: its one finding, whatever else its value is found to be. */
  unindented?: true;
}

/**
 * Turns ajv's errors into findings that name the place to fix and say how. `what` names the kind
 * of document ("a rule", "the site settings") for messages about unknown fields.
 */
export function schemaFindings(source: YamlSource, errors: readonly SchemaError[], what: string): Finding[] {
  const findings: Finding[] = [];
  const seen = new Set<string>();
  const all = errors.flatMap((error) => describe(error, source.data, what) ?? []);
  // `intnet:` is one mistake with one fix ("Did you mean `intent`?"), not that and "`intent` is
  // required" too (found by a new-user trial).
  const misspelt = new Set(
    all.flatMap((described) => (described.meant ? [[...described.path.slice(0, -1), described.meant].join('/')] : [])),
  );
  // A field that lost its indent is the one finding at its place; the field it fell out of is
  // left with no value, which says nothing more (`es:` with its `title:` beside it).
  const unindented = all.filter((described) => described.unindented).map((described) => described.path);
  const at = (path: Path) => path.join('/');
  // The field they fell out of: the nearest one above the first of them left with no value.
  const left = new Set(
    unindented.flatMap((path) => {
      const parent = path.slice(0, -1);
      const mapping = valueAt(source.data, parent);
      if (mapping === null || typeof mapping !== 'object') return [];
      const keys = Object.keys(mapping);
      const first = Math.min(
        ...unindented.filter((other) => at(other.slice(0, -1)) === at(parent)).map((other) => keys.indexOf(String(other.at(-1)))),
      );
      const emptied = keys.slice(0, first).findLast((key) => (mapping as Record<string, unknown>)[key] === null);
      return emptied === undefined ? [] : [at([...parent, emptied])];
    }),
  );
  // A field to be removed whole (a red rule's `bend`): nothing inside it needs filling in (the
  // template's empty `how` had asked for that beside "Remove `bend`"; found by a new-user trial).
  const removed = all.filter((described) => described.code === 'red-has-bend').map((described) => `${at(described.path)}/`);
  const hidden = (described: Described) =>
    removed.some((path) => at(described.path).startsWith(path)) ||
    (!described.unindented &&
      (unindented.some((path) => at(path) === at(described.path)) || (described.code === 'wrong-type' && left.has(at(described.path)))));
  for (const described of all) {
    if (described.absent !== undefined && misspelt.has(described.absent)) continue;
    if (hidden(described)) continue;
    const key = `${described.code} ${described.path.join('/')}`;
    if (seen.has(key)) continue;
    seen.add(key);
    findings.push(findingAt(source, described.code, described.path, described.part, described.message, described.hint));
  }
  return findings;
}

function describe(error: SchemaError, data: unknown, what: string): Described | undefined {
  const path = pointerToPath(error.instancePath);
  const got = describeValue(error.data);
  const schemaPath = error.schemaPath;
  switch (error.keyword) {
    // The inner errors say what is wrong; these only repeat that a branch did not match.
    case 'if':
    case 'propertyNames':
      return undefined;
    case 'const':
      return schemaPath.includes('/oneOf/') ? undefined : generic(error, path, got);
    case 'oneOf': {
      const options = (error.schema as { const?: unknown }[]).map((branch) => branch.const);
      if (options.every((option) => typeof option === 'string') && typeof error.data === 'string') {
        // "Green", "RED ": the value meant, written another way.
        const typed = error.data.trim().toLowerCase();
        const meant = (options as string[]).find((option) => option.toLowerCase() === typed);
        // "green" with a zero-width space pasted in: to the eye, the very value listed (found by
        // a new-user trial: "Did you mean `green`?" baffled someone looking at "green").
        const visible = typed.replace(INVISIBLE, '');
        const hidden = !meant && visible !== typed ? (options as string[]).find((option) => option.toLowerCase() === visible) : undefined;
        // "yelow", "gren": a typo of one of them; "forbidding-wording", the finding's code, for the check `forbidding`.
        const near = meant || hidden ? undefined : (closest(typed, options as string[]) ?? partOf(typed, options as string[]));
        return {
          code: path.at(-1) === 'color' ? 'bad-color' : 'schema',
          path,
          part: 'value',
          message: `must be one of ${options.join(', ')} (got ${got}${hidden ? ', with a character that cannot be seen in it' : ''})`,
          ...(meant ? { hint: `Write it as \`${meant}\`, exactly as the list writes it.` } : {}),
          ...(hidden ? { hint: invisibleHint(hidden) } : {}),
          ...(near ? { hint: `Did you mean \`${near}\`?` } : {}),
        };
      }
      return undefined; // a wrong type is reported by the `type` keyword
    }
    case 'required': {
      const missing = (error.params as { missingProperty: string }).missingProperty;
      const found = required(error, path, missing, data);
      return { ...found, absent: [...path, missing].join('/') };
    }
    case 'additionalProperties': {
      const extra = (error.params as { additionalProperty: string }).additionalProperty;
      const properties = (error.parentSchema as { properties?: Record<string, { properties?: object }> }).properties ?? {};
      const known = Object.keys(properties);
      const unknown = {
        code: 'unknown-field' as const,
        path: [...path, extra],
        part: 'key' as const,
        message: `\`${extra}\` is not a field of ${path.length ? `\`${fieldName(path)}\`` : what}`,
      };
      // A field that lost its indent belongs under another: a language code under `translations`
      // ("Did you mean `id`?" for `es:` sent the author the wrong way), `how:` under `bend:`
      // (found by new-user trials).
      const aLanguage = /^[a-z]{2,3}(-[A-Za-z0-9]+)*$/.test(extra) && isLanguageCode(extra);
      if (known.includes('translations') && aLanguage)
        return {
          ...unknown,
          hint: `${withArticle(languageName(extra))} translation goes under \`translations:\`: indent \`${extra}:\` by two spaces below it, and its fields by four.`,
        };
      const owner = known.find((field) => extra in (properties[field]?.properties ?? {}));
      if (owner !== undefined)
        return {
          ...unknown,
          hint: `It is a field of \`${owner}\`: indent \`${extra}:\` by two spaces below \`${owner}:\`.`,
          unindented: true,
        };
      // `instead:` indented under `bend:`, `tags:` inside an example: a field of a group above,
      // told to move left, not the fields of the group it fell into (found by a new-user trial).
      if (path.at(-2) === 'translations' && aLanguage)
        return {
          ...unknown,
          hint: `\`${extra}:\` is a language of its own: move it left to line up with \`${String(path.at(-1))}:\`, its fields two spaces in from it.`,
          unindented: true,
        };
      const above = path.length > 0 ? groupAbove(extra, path, what) : undefined;
      if (above !== undefined)
        return {
          ...unknown,
          hint:
            above.length === 0
              ? `\`${extra}\` is a field of the ${what === 'a rule' ? 'rule' : 'file'} itself: move \`${extra}:\` (and any lines under it) to the left edge.`
              : `\`${extra}\` is a field of \`${fieldName(above)}\`: move \`${extra}:\` left to line up with the other fields of \`${fieldName(above)}\`.`,
          unindented: true,
        };
      const guess = closest(extra, known);
      return {
        ...unknown,
        hint: guess ? `Did you mean \`${guess}\`?` : `The fields are: ${known.join(', ')}.`,
        ...(guess ? { meant: guess } : {}),
      };
    }
    case 'false schema':
      if (path.at(-1) === 'bend')
        return { code: 'red-has-bend', path, part: 'key', message: 'a red rule cannot be bent, so it has no `bend`' };
      return generic(error, path, got);
    case 'type':
      return {
        code: 'wrong-type',
        path,
        part: 'value',
        message: `must be ${article((error.params as { type: string }).type)} (got ${got})`,
        hint: typeHint((error.params as { type: string }).type, path, error.data, error.parentSchema as FieldSchema | undefined),
      };
    case 'pattern':
      if (schemaPath.endsWith('/translations/propertyNames/pattern')) {
        // `title:` at the level of `es:`: a field of the translation that lost its indent, not a
        // language code (a raw pattern had been shown; found by a new-user trial).
        const name = (error as SchemaError & { propertyName?: string }).propertyName;
        if (name !== undefined && (TRANSLATED_FIELDS as readonly string[]).includes(name))
          return {
            code: 'unknown-field',
            path: [...path, name],
            part: 'key',
            message: `\`${name}\` is not a language code`,
            hint: underLanguage(name, valueAt(data, path)),
            unindented: true,
          };
        if (name !== undefined)
          return {
            code: 'translation-language',
            path: [...path, name],
            part: 'key',
            message: `\`${name}\` is not a language code as \`languages\` writes them`,
            hint: languageHint(name, ANY_LISTED_CODE),
          };
      }
      // `languages: [en, French]`, `fr_FR`: the code it means, not the pattern (found by a French volunteer).
      if (schemaPath.endsWith('/languages/items/pattern') && typeof error.data === 'string')
        return {
          code: 'unknown-language',
          path,
          part: 'value',
          message: `\`${error.data}\` is not a language code`,
          hint: languageHint(error.data, catalogue['unknown-language'].hint),
        };
      if (schemaPath.endsWith('/id/pattern') || schemaPath.includes('/related/')) {
        // The id it would be, and any character no one can see ("zw\u200bsp" reads as "zwsp").
        const written = typeof error.data === 'string' ? error.data : '';
        const visible = written.replace(INVISIBLE, '');
        const hidden = visible !== written;
        const kebab = latinSlug(visible);
        const own = schemaPath.endsWith('/id/pattern');
        return {
          code: 'bad-id',
          path,
          part: 'value',
          message: `must be lowercase-kebab-case (got ${got}${hidden ? ', with a character that cannot be seen in it' : ''})`,
          ...(kebab !== ''
            ? { hint: `Write \`${kebab}\`${own ? ', and name the file after it' : ''}: small letters, digits and hyphens only.` }
            : {}),
        };
      }
      return generic(error, path, got);
    case 'format': {
      const impossible = typeof error.data === 'string' ? impossibleDate(error.data) : undefined;
      if (impossible)
        return { code: 'bad-date', path, part: 'value', message: `${impossible.problem} (got ${got})`, hint: impossible.hint };
      const rewritten = typeof error.data === 'string' ? rewrittenDate(error.data) : undefined;
      return {
        code: 'bad-date',
        path,
        part: 'value',
        message: `must be a date written as YYYY-MM-DD (got ${got})`,
        ...(rewritten ? { hint: rewritten } : {}),
      };
    }
    case 'minLength':
      return { code: 'empty-value', path, part: 'value', message: 'must not be empty', hint: fillIn(error) };
    case 'minItems':
    case 'minProperties':
      return { code: 'empty-value', path, part: 'key', message: 'must not be empty', hint: fillIn(error) };
    case 'maxLength':
      return { code: 'too-long', path, part: 'value', message: `must be at most ${(error.params as { limit: number }).limit} characters` };
    case 'uniqueItems': {
      const { i, j } = error.params as { i: number; j: number };
      const later = Math.max(i, j);
      return {
        code: 'duplicate-item',
        path: [...path, later],
        part: 'value',
        message: `lists ${describeValue((error.data as unknown[])[later])} twice`,
      };
    }
    default:
      return generic(error, path, got);
  }
}

/** What a `required` error says: which field is missing, and for a yellow or green rule what it must say. */
function required(error: SchemaError, path: Path, missing: string, data: unknown): Described {
  const schemaPath = error.schemaPath;
  const color = colorOf(data);
  if (schemaPath.includes('/then/') && (missing === 'bend' || missing === 'ask') && color === 'yellow') {
    return { code: 'yellow-needs-ask', ...missingPlace(path, missing), message: 'a yellow rule must say whom to check with' };
  }
  if (schemaPath.includes('/then/') && (missing === 'bend' || missing === 'how') && color === 'green') {
    return { code: 'green-needs-how', ...missingPlace(path, missing), message: 'a green rule must say how staff may bend it' };
  }
  if (schemaPath.includes('/else/') && missing === 'public_wording') {
    return {
      code: 'public-wording-missing',
      path: [...path, missing],
      part: 'key',
      message: 'a public rule needs a welcoming wording',
    };
  }
  const description = (error.parentSchema as { properties?: Record<string, { description?: string }> }).properties?.[missing]?.description;
  return {
    code: 'missing-field',
    path: [...path, missing],
    part: 'key',
    message: `\`${missing}\` is required`,
    hint: description ? `Add \`${missing}:\`. ${description}` : undefined,
  };
}

/** The value at `path` in the parsed document; undefined where there is none. */
function valueAt(data: unknown, path: Path): unknown {
  let value = data;
  for (const key of path)
    value = value !== null && typeof value === 'object' ? (value as Record<string | number, unknown>)[key] : undefined;
  return value;
}

// A translation's fields, as the rule schema names them.
const TRANSLATED_FIELDS = ['title', 'public_wording', 'public_why'] as const;

/**
 * The fix of a translation's field that lost its indent: under the language written above it,
 * the nearest one left with no fields (`fr:` had been told `es:`, the example's; found by a French
 * volunteer), else the nearest language above it.
 */
function underLanguage(field: string, translations: unknown): string {
  const mapping = translations !== null && typeof translations === 'object' ? (translations as Record<string, unknown>) : {};
  const above = Object.keys(mapping).slice(0, Math.max(0, Object.keys(mapping).indexOf(field)));
  const languages = above.filter((key) => !(TRANSLATED_FIELDS as readonly string[]).includes(key));
  const language = languages.findLast((key) => mapping[key] === null) ?? languages.at(-1);
  return `It is a field of a translation: indent \`${field}:\` two more spaces, under its language${language === undefined ? '' : ` (\`${language}:\`)`}.`;
}

/**
 * "An Arabic (ar)", "A Spanish (es)": the article a name takes by its first sound (found by a
 * French volunteer: "A Arabic (ar) translation").
 */
export function withArticle(name: string): string {
  return /^[aeiou]/i.test(name) && !/^(?:eu|uni|use|one)/i.test(name) ? `An ${name}` : `A ${name}`;
}

/**
 * The fix of a translation keyed by no language code: a rule's file is checked alone, so the
 * book's codes are added to it once the site settings are read (bookCodesHint).
 */
export const ANY_LISTED_CODE = 'Key each translation by a code listed in `languages` of _site.yaml.';

/** The codes a book lists, in place of a code anywhere: `fr` had been offered to a book without French. */
export function bookCodesHint(finding: Finding, others: readonly string[]): Finding {
  if (finding.hint !== ANY_LISTED_CODE || others.length === 0) return finding;
  return { ...finding, hint: `${ANY_LISTED_CODE.slice(0, -1)}: ${others.map((code) => `\`${code}\``).join(', ')}.` };
}

/** The fix of a language written as no code is: the code it means (`French`, `fr_FR` → `fr`), or in lower case. */
function languageHint(written: string, otherwise: string): string {
  if (/^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/.test(written.toLowerCase())) return `Write it in lower case: \`${written.toLowerCase()}\`.`;
  const meant = meantLanguage(written, Object.keys(BUILT_IN));
  return meant ? `Write \`${meant}\`, the code of ${languageName(meant)}: languages are written as ISO 639 codes.` : otherwise;
}

function generic(error: SchemaError, path: Path, got: string): Described {
  return { code: 'schema', path, part: 'value', message: `${error.message ?? 'is not valid'} (got ${got})`, hint: hintFromSchema(error) };
}

// A missing `bend` is demanded by the color, so point at the color; a missing `bend.ask` at `bend`.
function missingPlace(path: Path, missing: string): { path: Path; part: Part } {
  return missing === 'bend' ? { path: [...path, 'color'], part: 'value' } : { path, part: 'key' };
}

/** What a field's schema tells about writing it: its help, an example, the fields or items it holds. */
interface FieldSchema {
  description?: string;
  examples?: unknown[];
  format?: string;
  oneOf?: unknown[];
  properties?: Record<string, unknown>;
  required?: string[];
  items?: FieldSchema & { type?: string };
}

/**
 * How to write the value the field wants, in the file's own terms, then what the field is:
 * `public: no` is read as text here, and the fix is `public: false`, not the field's description.
 */
function typeHint(type: string, path: Path, value: unknown, schema: FieldSchema | undefined): string | undefined {
  const key = path.at(-1);
  const field = typeof key === 'string' ? key : fieldName(path);
  // An item of a list (`- …`) has no field name of its own to write before a colon.
  const item = typeof key === 'number';
  const yesNo = typeof value === 'string' ? YES_NO[value.trim().toLowerCase()] : undefined;
  const example = schema?.examples?.[0];
  const groups = schema?.items?.properties !== undefined;
  // How to write it, shown in the field's own shape: the field's help alone had been the fix
  // ("examples: must be a list … Fix: Situations that teach staff…"; found by a new-user trial).
  // Each fix below is one that passes: quoting `20270514` or joining a list of colors into one
  // text had only led to the next error (found by a new-user trial).
  const how =
    type === 'boolean' && typeof value === 'string' && /^(true|false)$/i.test(value.trim())
      ? `Remove the quotes: \`${field}: ${value.trim().toLowerCase()}\`. In quotes it is text, not yes or no.`
      : type === 'boolean'
        ? `Write \`${field}: ${yesNo ?? 'true'}\`${yesNo ? '' : ' or `' + field + ': false`'}: only \`true\` and \`false\` are read as yes and no.`
        : type === 'string' && schema?.format === 'date' && typeof value === 'number'
          ? dateHint(field, value, example)
          : type === 'string' && (typeof value === 'number' || typeof value === 'boolean')
            ? `Put the text in quotes: \`${item ? '- ' : `${field}: `}"${String(value)}"\`.`
            : type === 'string' && item
              ? `Write the item as text after its dash: \`- ${typeof example === 'string' ? example : 'text'}\`.`
              : type === 'string' && Array.isArray(value) && (schema?.oneOf !== undefined || field === 'category') && value.length > 0
                ? `A rule has one ${field}: keep one of them, e.g. \`${field}: ${asYamlText(String(value[0]))}\`.`
                : type === 'string' && Array.isArray(value) && value.every((entry) => typeof entry !== 'object' || entry === null)
                  ? `Write it as one text, not a list: \`${field}: ${asYamlText(value.join(', '))}\`.`
                  : type === 'string'
                    ? `Write it as one text after the colon${typeof example === 'string' ? `: \`${field}: ${example}\`` : ''}.`
                    : type === 'array' && (groups || typeof value !== 'string')
                      ? listHint(field, schema?.items)
                      : type === 'array'
                        ? `Write it as a list: \`${field}: [${value as string}]\`, or one \`- item\` per line below it.`
                        : type === 'object' && schema?.properties && item
                          ? `Write the item as fields after its dash: ${dashedFields(schema)}.`
                          : type === 'object' && schema?.properties
                            ? `Write its fields on their own lines below \`${field}:\`, each indented two spaces: ${fieldsOf(schema)}.`
                            : undefined;
  return [how, schema?.description].filter(Boolean).join(' ') || undefined;
}

function dateHint(field: string, value: number, example: unknown): string {
  const date = dateOfNumber(value);
  return date
    ? `Write the date as YYYY-MM-DD: \`${field}: ${date}\`.`
    : `Write the whole date as YYYY-MM-DD, e.g. \`${field}: ${typeof example === 'string' ? example : '2027-09-01'}\`.`;
}

/** `20270514` as the date it spells, when it is one. */
function dateOfNumber(value: number): string | undefined {
  const match = /^(\d{4})(\d{2})(\d{2})$/.exec(String(value));
  if (!match) return undefined;
  const date = `${match[1]}-${match[2]}-${match[3]}`;
  const time = Date.parse(`${date}T00:00:00Z`);
  return !Number.isNaN(time) && new Date(time).toISOString().startsWith(date) ? date : undefined;
}

/** "a list below `examples:`, one item each: `- situation: …`, with `response: …` below it, lined up". */
function listHint(field: string, items: (FieldSchema & { type?: string }) | undefined): string {
  if (!items?.properties) return `Write it as a list: \`${field}: [first, second]\`, or one \`- item\` per line below it.`;
  return `Write it as a list below \`${field}:\`, one item each: ${dashedFields(items)}.`;
}

/** `` `- situation: …` with `response: …` below it, lined up ``: an item that is a group of fields. */
function dashedFields(schema: FieldSchema): string {
  const [first, ...rest] = orderedFields(schema);
  const others = rest.map((name) => `\`${name}: …\``).join(' and ');
  return `\`- ${first ?? 'field'}: …\`${others ? `, with ${others} below it, lined up under \`${first}\`` : ''}`;
}

/** Text as YAML reads it back as the same text: quoted when a colon and space, or a `#`, would mean something else. */
function asYamlText(text: string): string {
  return /: |\s#|^[-?:,[\]{}#&*!|>'"%@`]/.test(text) ? JSON.stringify(text) : text;
}

/** `` `how: …`, `limit: …` ``: the required fields first. */
function fieldsOf(schema: FieldSchema): string {
  return orderedFields(schema)
    .map((name) => `\`${name}: …\``)
    .join(', ');
}

/** A group's fields, the required ones first. */
function orderedFields(schema: FieldSchema): string[] {
  const required = schema.required ?? [];
  return [...required, ...Object.keys(schema.properties ?? {}).filter((name) => !required.includes(name))];
}

const YES_NO: Readonly<Record<string, 'true' | 'false'>> = { yes: 'true', y: 'true', on: 'true', no: 'false', n: 'false', off: 'false' };

function hintFromSchema(error: SchemaError): string | undefined {
  const description = (error.parentSchema as { description?: string } | undefined)?.description;
  return description;
}

function fillIn(error: SchemaError): string {
  const description = hintFromSchema(error);
  return `Fill it in, or remove the field if it is optional.${description ? ` It is: ${description}` : ''}`;
}

function colorOf(data: unknown): unknown {
  return typeof data === 'object' && data !== null ? (data as { color?: unknown }).color : undefined;
}

/** `/bend/ask` → ['bend', 'ask']; `/examples/0` → ['examples', 0]. */
export function pointerToPath(pointer: string): Path {
  if (pointer === '') return [];
  return pointer
    .slice(1)
    .split('/')
    .map((part) => part.replace(/~1/g, '/').replace(/~0/g, '~'))
    .map((part) => (/^(0|[1-9]\d*)$/.test(part) ? Number(part) : part));
}

export function describeValue(value: unknown): string {
  if (value === null || value === undefined) return 'nothing';
  if (typeof value === 'string') return JSON.stringify(value.length > 60 ? `${value.slice(0, 57)}...` : value);
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object') return 'a group of fields';
  return `${typeof value} ${String(value)}`;
}

function article(type: string): string {
  const words: Record<string, string> = {
    string: 'text',
    object: 'a group of `field: value` lines',
    array: 'a list',
    boolean: 'true or false',
    number: 'a number',
    integer: 'a whole number',
  };
  return words[type] ?? type;
}

/** The nearest group above `path` (the root is `[]`) that has a field called `name`. */
function groupAbove(name: string, path: Path, what: string): Path | undefined {
  const root = (what === 'a rule' ? policySchema : siteSchema) as FieldSchema;
  const schemas: FieldSchema[] = [root];
  for (const step of path.slice(0, -1)) {
    const here = schemas.at(-1);
    const next = typeof step === 'number' ? here?.items : (here?.properties?.[step] as FieldSchema | undefined);
    if (!next) break;
    schemas.push(next);
  }
  for (let depth = schemas.length - 1; depth >= 0; depth--) if (name in (schemas[depth]!.properties ?? {})) return path.slice(0, depth);
  return undefined;
}

/** The fix for a value that is a listed one with an invisible character in it. */
export function invisibleHint(meant: string): string {
  return `Delete the value and type \`${meant}\` again: a character no one can see (often pasted from a web page or a chat) is in it.`;
}

/** The one option that `typed` is made of with more words around it ("forbidding-wording" holds `forbidding`). */
function partOf(typed: string, options: readonly string[]): string | undefined {
  const parts = typed.split(/[\s_-]+/);
  const found = options.filter((option) => option.length >= 4 && parts.includes(option.toLowerCase()));
  return found.length === 1 ? found[0] : undefined;
}

/** The known name within two edits of `name`, if any: most unknown fields are typos. */
export function closest(name: string, known: readonly string[]): string | undefined {
  const wanted = name.toLowerCase();
  const lowered = lowerCased(known);
  let best: string | undefined;
  let bestDistance = 3;
  for (let k = 0; k < known.length; k++) {
    const candidate = lowered[k]!;
    // Names whose lengths differ by the best distance or more cannot be nearer: not measured.
    if (Math.abs(candidate.length - wanted.length) >= bestDistance) continue;
    const distance = editDistance(wanted, candidate, bestDistance);
    if (distance < bestDistance) {
      best = known[k];
      bestDistance = distance;
    }
  }
  return best;
}

// The same list of names is searched once per unknown link: it is lower-cased once.
const lowerCasedLists = new WeakMap<readonly string[], string[]>();

function lowerCased(list: readonly string[]): string[] {
  let lowered = lowerCasedLists.get(list);
  if (!lowered) {
    lowered = list.map((item) => item.toLowerCase());
    lowerCasedLists.set(list, lowered);
  }
  return lowered;
}

/** The edit distance of `a` and `b` when it is under `limit`; otherwise some number >= `limit`. */
function editDistance(a: string, b: string, limit: number): number {
  let previous = Array.from({ length: b.length + 1 }, (_, k) => k);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      current[j] = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
      if (current[j]! < rowMin) rowMin = current[j]!;
    }
    // A row's smallest value never goes down in the rows after it.
    if (rowMin >= limit) return limit;
    previous = current;
  }
  return previous[b.length]!;
}
