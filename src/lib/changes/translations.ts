import { fieldTexts } from './fields.ts';
import type { ReadableRule } from './snapshot.ts';
import { SOURCE_FIELDS } from '../translations/status.ts';
import { isPublic } from '../public-rule.ts';

/** A rule whose source text a change edits while some of its translations stay as they were. */
export interface TranslationsOutdated {
  id: string;
  title: string;
  /** The source fields the change edits: `title`, `public_wording`, `public_why`. */
  fields: string[];
  /** The languages whose translation the change leaves as it was, in the rule's order. */
  languages: string[];
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
  const fields = SOURCE_FIELDS.filter((field) => old.get(field) !== now.get(field));
  if (fields.length === 0) return undefined;
  const translations = (after.data.translations ?? {}) as Record<string, unknown>;
  const oldTranslations = (before.data.translations ?? {}) as Record<string, unknown>;
  const languages = Object.keys(translations).filter(
    (language) =>
      language in oldTranslations &&
      SOURCE_FIELDS.every((field) => old.get(`translations.${language}.${field}`) === now.get(`translations.${language}.${field}`)),
  );
  if (languages.length === 0) return undefined;
  const title = typeof after.data.title === 'string' ? after.data.title : after.id;
  return { id: after.id, title, fields, languages };
}
