import type { BookCheck, BookRule, CheckInput } from './checks/index.ts';
import type { FileResult } from './check-cache.ts';
import type { Finding } from './finding.ts';
import { pointerToPath, schemaFindings } from './schema-findings.ts';
import { policySchema, siteSchema, validateRule, validateSite, type Rule, type SchemaError, type SiteSettings } from './schemas.ts';
import { parseYamlFile, type YamlSource } from './yaml-source.ts';

export interface InputFile {
  /** As shown to the user, e.g. `policies/phone-calls.yaml`. */
  file: string;
  bytes: Uint8Array;
  /**
   * What the check cache knows the file by (check-cache.ts contentKey), when it is known without
   * reading the file: its bytes are then read only if something asks for them.
   */
  key?: string;
}

/** What one file says alone: its YAML, trap and schema findings, and its data. */
export function checkFile(input: InputFile): { result: FileResult; source: YamlSource } {
  const { source, findings: yamlFindings, traps, forget } = parseYamlFile(input.file, input.bytes, { schema: policySchema });
  const findings = [...yamlFindings, ...traps];
  const result: FileResult = { findings, readable: yamlFindings.length === 0, id: undefined, perRule: {} };
  if (!result.readable) return { result, source };
  result.id = (source.data as { id?: unknown }).id;
  if (validateRule(source.data)) {
    // Most rules are fine: their documents are let go, and parsed again only for a finding.
    if (traps.length === 0) forget();
    result.rule = source.data;
    result.checked = source.data;
    return { result, source };
  }
  const errors = validateRule.errors ?? [];
  findings.push(...schemaFindings(source, errors, 'a rule'));
  const { valid, invalid } = splitInvalidFields(source.data as Record<string, unknown>, errors);
  if (typeof valid.id === 'string') {
    result.checked = valid;
    if (invalid.length > 0) result.invalid = invalid;
    if (invalid.includes('related')) result.relatedWritten = (source.data as Record<string, unknown>).related;
  }
  return { result, source };
}

/**
 * A rule's fields minus those the schema found wrong, so the cross-file checks judge only what
 * is well formed (checks must treat every field of such a rule as possibly absent); and which
 * were left out, so that none takes a field written wrong for one not written at all. A
 * translations block left out is named by each language written in it (one wrong one takes the block).
 */
function splitInvalidFields(
  data: Record<string, unknown>,
  errors: readonly SchemaError[],
): { valid: Record<string, unknown>; invalid: string[] } {
  const broken = new Set(errors.map((error) => pointerToPath(error.instancePath)[0]).filter((key) => typeof key === 'string'));
  const valid = Object.fromEntries(Object.entries(data).filter(([key]) => !broken.has(key)));
  const invalid = Object.keys(data)
    .filter((key) => broken.has(key))
    .flatMap((key) => {
      const value = data[key];
      return key === 'translations' && value !== null && typeof value === 'object' && !Array.isArray(value)
        ? Object.keys(value).map((language) => `translations.${language}`)
        : [key];
    });
  return { valid, invalid };
}

/** A checked file as the cross-file checks see it, with the fields left out of its data named. */
export function bookRuleOf(file: string, source: YamlSource, result: FileResult): BookRule {
  return { file, source, data: result.checked as Rule, ...(result.invalid ? { invalid: result.invalid } : {}) };
}

/** The site settings file read and checked alone: its settings when valid, and its findings. */
export function readSite(site: InputFile, findings: Finding[]): { settings?: SiteSettings; source: YamlSource } {
  const { source, findings: yamlFindings, traps } = parseYamlFile(site.file, site.bytes, { schema: siteSchema });
  findings.push(...yamlFindings, ...traps);
  if (yamlFindings.length > 0) return { source };
  if (validateSite(source.data)) return { settings: source.data, source };
  findings.push(...schemaFindings(source, validateSite.errors ?? [], 'the site settings'));
  return { source };
}

/** The site settings as readSite gives them, read once per thread. */
export type SiteRead = ReturnType<typeof readSite>;

/** A rule the cross-file checks see, and what its file gave alone. */
export interface CheckedFile {
  rule: BookRule;
  result: FileResult;
}

/**
 * Runs a per-rule check (BookCheck.perRule) on the rules whose results have no findings of it yet,
 * and keeps its findings in each rule's result, in the order the check gives them. Returns the
 * results it filled in.
 */
export function runPerRule<T extends CheckedFile>(check: BookCheck, input: CheckInput, files: readonly T[]): T[] {
  const todo = files.filter(({ result }) => result.perRule[check.name] === undefined);
  const byFile = new Map<string, Finding[]>(todo.map(({ rule, result }) => [rule.file, (result.perRule[check.name] = [])]));
  for (const finding of check.run({ ...input, rules: todo.map(({ rule }) => rule) })) {
    const list = byFile.get(finding.file);
    if (!list) throw new Error(`the per-rule check ${check.name} reported on ${finding.file}, not on a rule it was given`);
    list.push(finding);
  }
  return todo;
}

/**
 * Everything each file says alone, per-rule checks included: the share of a book one thread
 * checks when the files are spread over several (check-threads.ts).
 */
export function checkFilesAlone(
  siteRead: SiteRead | undefined,
  inputs: readonly InputFile[],
  checks: readonly BookCheck[],
  today: string,
): FileResult[] {
  const results = inputs.map((input) => checkFile(input));
  const checked = results.flatMap(({ result, source }, index) =>
    result.readable && result.checked !== undefined ? [{ rule: bookRuleOf(inputs[index]!.file, source, result), result }] : [],
  );
  // A per-rule check looks at each rule alone, never at the ids of the others.
  const input: CheckInput = { rules: [], ids: new Set(), site: siteRead?.settings, siteSource: siteRead?.source, today };
  for (const check of checks) if (check.perRule) runPerRule(check, input, checked);
  return results.map(({ result }) => result);
}
