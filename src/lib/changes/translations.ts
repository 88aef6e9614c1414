import { fieldTexts } from './fields.ts';
import { sameShownText } from './shown-text.ts';
import type { ReadableRule } from './snapshot.ts';
import { SOURCE_FIELDS } from '../translations/status.ts';
import { isPublic } from '../public-rule.ts';
import { hasTranslations, originsOf, TranslationsSeen } from '../history/carried-translations.ts';

/** A rule whose source text a change edits while some of its translations stay as they were. */
export interface TranslationsOutdated {
  id: string;
  title: string;
  /** The source fields the change edits: `title`, `public_wording`, `public_why`. */
  fields: string[];
  /** The languages whose translation the change leaves as it was, in the rule's order. */
  languages: string[];
  /**
   * A new rule's translations copied from this rule (a rule split in two): `fields` are the
   * source fields they were written for, which the new rule words otherwise.
   */
  from?: string;
}

/**
 * The translations a change makes out of date: the source text changed, the translation did not.
 * A translation new in this change was written against the new text, so it is not listed; a rule
 * that is not public has no public text to translate. Pure: from the rule before and after.
 */
export function translationsOutdated(before: ReadableRule, after: ReadableRule): TranslationsOutdated | undefined {
  if (!isPublic(after.data)) return undefined;
  const old = fieldTexts(before.data);
  const now = fieldTexts(after.data);
  const fields = SOURCE_FIELDS.filter((field) => !sameShownText(old.get(field), now.get(field)));
  if (fields.length === 0) return undefined;
  const translations = (after.data.translations ?? {}) as Record<string, unknown>;
  const oldTranslations = (before.data.translations ?? {}) as Record<string, unknown>;
  const languages = Object.keys(translations).filter(
    (language) =>
      language in oldTranslations &&
      SOURCE_FIELDS.every((field) =>
        sameShownText(old.get(`translations.${language}.${field}`), now.get(`translations.${language}.${field}`)),
      ),
  );
  if (languages.length === 0) return undefined;
  const title = typeof after.data.title === 'string' ? after.data.title : after.id;
  return { id: after.id, title, fields, languages };
}

/**
 * The new rules whose translations another rule of the book had beside other source text: a
 * rule split in two, the old one's translations copied into the new file, still translate the
 * old rule's words. Copied from a rule the change also `touched` (changed or removed), or one the
 * new rule `replaces`. One entry per new rule and rule copied from.
 */
export function translationsCarried(
  before: readonly ReadableRule[],
  added: readonly ReadableRule[],
  touched: ReadonlySet<string>,
): TranslationsOutdated[] {
  const carrying = added.filter((rule) => isPublic(rule.data) && hasTranslations(rule.data));
  if (carrying.length === 0) return [];
  const seen = new TranslationsSeen();
  seen.note(before, undefined);
  return carrying.flatMap((rule) => {
    const byOrigin = new Map<string, { fields: Set<string>; languages: Set<string> }>();
    for (const carried of seen.carriedInto(rule.data, originsOf(rule.data, touched))) {
      const origin = byOrigin.get(carried.from) ?? { fields: new Set(), languages: new Set() };
      origin.fields.add(carried.sourceField);
      origin.languages.add(carried.field.split('.')[1]!);
      byOrigin.set(carried.from, origin);
    }
    const title = typeof rule.data.title === 'string' ? rule.data.title : rule.id;
    return [...byOrigin].map(([from, { fields, languages }]) => ({
      id: rule.id,
      title,
      fields: SOURCE_FIELDS.filter((field) => fields.has(field)),
      languages: [...languages],
      from,
    }));
  });
}
