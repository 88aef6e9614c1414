import { isDeepStrictEqual } from 'node:util';
import { DEFAULT_RED_SHARE } from '../checks/red-budget.ts';
import { DEFAULT_LONG_SENTENCE, DEFAULT_READING_GRADE } from '../checks/wording.ts';
import { languageName } from '../languages.ts';

/**
 * Why a change to a setting of `_site.yaml` needs a reviewer's eye, or undefined when it does
 * not: it lets public text through that the welcoming-language check held back, or it changes
 * what the public edition shows. Such settings had been listed among the others, unmarked
 * (found by a reviewer's trial). `setting` is as siteSettingChanges names it (`wording.reading_grade`,
 * `jargon.ILL`, `translations.es`); a value absent on a side is the setting's default.
 */
export function siteReviewReason(setting: string, before: unknown, after: unknown): string | undefined {
  if (setting === 'builtin_jargon')
    return (before ?? true) === true && after === false ? 'the built-in glossary of library jargon is no longer checked' : undefined;
  if (setting.startsWith('jargon.'))
    return before !== undefined && after === undefined ? 'a glossary word taken out: public text may use it unflagged' : undefined;
  if (setting === 'public_colors') {
    const [was, is] = [before === true, after === true];
    if (was === is) return undefined;
    return is ? "the public edition will show each rule's color" : "the public edition will stop showing each rule's color";
  }
  if (setting === 'languages') return languagesRemoved(before, after);
  const raised = RAISED_WEAKENS[setting];
  if (raised) return raisedReason(raised, before, after);
  const language = /^translations\.([^.]+)$/.exec(setting)?.[1];
  if (language !== undefined) return jargonRemoved(language, before, after);
  return undefined;
}

/** Targets a higher value of which lets more through: each with its default and what it means. */
const RAISED_WEAKENS: Record<string, { fallback: number; what: string }> = {
  'wording.reading_grade': { fallback: DEFAULT_READING_GRADE, what: 'public text may need a higher reading grade' },
  'wording.long_sentence': { fallback: DEFAULT_LONG_SENTENCE, what: 'public text may have longer sentences' },
  'wording.red_share': { fallback: DEFAULT_RED_SHARE, what: 'more of the book may be red' },
};

function raisedReason({ fallback, what }: { fallback: number; what: string }, before: unknown, after: unknown): string | undefined {
  const was = typeof before === 'number' ? before : fallback;
  const is = typeof after === 'number' ? after : fallback;
  return is > was ? `${what} (${was} → ${is}${after === undefined ? ', the default' : ''})` : undefined;
}

function languagesRemoved(before: unknown, after: unknown): string | undefined {
  const codes = (value: unknown) => (Array.isArray(value) ? value.map(String) : ['en']);
  const now = codes(after);
  const gone = codes(before).filter((code) => !now.includes(code));
  if (gone.length === 0) return undefined;
  return `${gone.map(languageName).join(', ')} taken out: ${gone.length === 1 ? 'its' : 'their'} part of the public edition (pages, search, signs) goes`;
}

/** A language's own glossary (`translations.es.jargon`) with words taken out. */
function jargonRemoved(language: string, before: unknown, after: unknown): string | undefined {
  const glossary = (value: unknown) => {
    const jargon = isGroup(value) ? value.jargon : undefined;
    return isGroup(jargon) ? jargon : {};
  };
  const now = glossary(after);
  const gone = Object.keys(glossary(before)).filter((word) => now[word] === undefined);
  if (gone.length === 0 || isDeepStrictEqual(before, after)) return undefined;
  return `${gone.length === 1 ? 'a glossary word' : `${gone.length} glossary words`} of ${languageName(language)} taken out (${gone.join(', ')}): public text may use ${gone.length === 1 ? 'it' : 'them'} unflagged`;
}

function isGroup(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
