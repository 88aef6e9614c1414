import { isDeepStrictEqual } from 'node:util';
import { parse } from 'yaml';
import { siteReviewReason } from './site-review.ts';
import { firstProblem } from './snapshot.ts';
import { parseYamlFile } from '../yaml-source.ts';

/**
 * A setting of `_site.yaml` a change touched: a top-level field, or one field deeper for the
 * settings that group others (`translations.es`, `wording.red_share`). Its values as YAML reads
 * them; absent on the side that has none.
 */
export interface SiteSettingChange {
  setting: string;
  before?: unknown;
  after?: unknown;
  /** Why a reviewer must look at it (a weaker wording check, a changed public edition); absent when nothing calls for it. */
  review?: string;
}

/**
 * What a change did to the site settings: new synonyms, a glossary word, the public address, a
 * language's messages. A reviewer had seen none of it: the report compared rules only (found by
 * a new-user trial). `undefined` text: the file is absent on that side. Text that does not read
 * as YAML settings is compared as a whole.
 */
export function siteSettingChanges(before: string | undefined, after: string | undefined): SiteSettingChange[] {
  if (before === after) return [];
  const old = settingsOf(before);
  const now = settingsOf(after);
  if (old === undefined || now === undefined) return [{ setting: '_site.yaml', ...side('before', before), ...side('after', after) }];
  const changes: SiteSettingChange[] = [];
  for (const key of keysOf(old, now)) {
    const [was, is] = [old[key], now[key]];
    if (isDeepStrictEqual(was, is)) continue;
    // A group added or removed whole is listed by its settings too ("translations.es").
    const [from, to] = [was ?? {}, is ?? {}];
    if (GROUPS.has(key) && isGroup(from) && isGroup(to))
      for (const inner of keysOf(from, to)) {
        if (!isDeepStrictEqual(from[inner], to[inner]))
          changes.push({ setting: `${key}.${inner}`, ...side('before', from[inner]), ...side('after', to[inner]) });
      }
    else changes.push({ setting: key, ...side('before', was), ...side('after', is) });
  }
  return changes.map((change) => {
    const review = siteReviewReason(change.setting, change.before, change.after);
    return review === undefined ? change : { ...change, review };
  });
}

// Settings that hold others a reviewer tells apart: each language's translations, each wording target.
const GROUPS = new Set(['translations', 'wording', 'jargon']);

function settingsOf(text: string | undefined): Record<string, unknown> | undefined {
  if (text === undefined) return {};
  try {
    const data: unknown = parse(text);
    if (data === null || data === undefined) return {};
    return isGroup(data) ? data : undefined;
  } catch {
    return undefined;
  }
}

function isGroup(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function keysOf(a: Record<string, unknown>, b: Record<string, unknown>): string[] {
  return [...new Set([...Object.keys(a), ...Object.keys(b)])];
}

function side<Name extends 'before' | 'after'>(name: Name, value: unknown): Partial<Record<Name, unknown>> {
  return value === undefined ? {} : ({ [name]: value } as Partial<Record<Name, unknown>>);
}

/** One side of `_site.yaml` in a change: absent when there is no such file. */
export interface SiteSide {
  /** Why it cannot be read (`line 3: languages: …`); absent when it reads. */
  problem?: string;
}

/** `_site.yaml` when a change leaves it unreadable, or finds it so: each side as it reads. */
export interface UnreadableSite {
  file: string;
  before?: SiteSide;
  after?: SiteSide;
}

/**
 * `_site.yaml` as a file that cannot be read, told as a rule file is (with the YAML error's
 * line), or undefined when both sides read or neither changed. Compared as a whole, a slip had
 * shown as one setting holding the whole file, cut short (found by a reviewer's trial).
 */
export function unreadableSite(file: string, before: string | undefined, after: string | undefined): UnreadableSite | undefined {
  if (before === after) return undefined;
  const side = (text: string | undefined): SiteSide | undefined => {
    if (text === undefined) return undefined;
    const { findings } = parseYamlFile(file, Buffer.from(text));
    return findings.length > 0 ? { problem: firstProblem(findings) } : {};
  };
  const [was, is] = [side(before), side(after)];
  if (was?.problem === undefined && is?.problem === undefined) return undefined;
  return { file, ...(was ? { before: was } : {}), ...(is ? { after: is } : {}) };
}
