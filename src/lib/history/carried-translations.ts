import { SOURCE_FIELDS, type SourceField } from '../translations/source-fields.ts';

/** A translated text a new rule has as another rule had it beside another source text. */
export interface Carried<When> {
  /** As the history names fields: `translations.es.public_wording`. */
  field: string;
  /** The source field it translates: `public_wording`. */
  sourceField: SourceField;
  /** The source text beside which it was written (the latest, when it stood beside several). */
  source: string;
  /** The rule that had it first, and when (a commit, in the history). */
  from: string;
  when: When;
}

interface Seen<When> {
  sources: Set<string>;
  source: string;
  from: string;
  when: When;
}

/**
 * Every translated text met so far, with the source texts it stood beside: a rule split in two,
 * its new file given the old one's translations, had read as translated, though the Spanish said
 * what the old rule said (found by a new-user trial). A new rule whose translated text stood
 * beside other source texts only carries it: it is out of date from the start.
 */
export class TranslationsSeen<When = undefined> {
  readonly #seen = new Map<string, Seen<When>>();

  /** Notes the translated texts of the rules as they stand at `when`. */
  note(rules: readonly { id: string; data: Record<string, unknown> }[], when: When): void {
    for (const { id, data } of rules)
      for (const { key, source } of pairs(data)) {
        const seen = this.#seen.get(key);
        if (seen) {
          seen.sources.add(source);
          seen.source = source;
        } else this.#seen.set(key, { sources: new Set([source]), source, from: id, when });
      }
  }

  /** The translated texts of a new rule that stood beside other source texts only. */
  carriedInto(data: Record<string, unknown>): Carried<When>[] {
    return pairs(data).flatMap(({ key, field, sourceField, source }) => {
      const seen = this.#seen.get(key);
      if (!seen || seen.sources.has(source)) return [];
      return [{ field, sourceField, source: seen.source, from: seen.from, when: seen.when }];
    });
  }
}

/** Whether a rule has any translated text to carry. */
export function hasTranslations(data: Record<string, unknown>): boolean {
  return pairs(data).length > 0;
}

function pairs(data: Record<string, unknown>): { key: string; field: string; sourceField: SourceField; source: string }[] {
  const translations = data.translations;
  if (typeof translations !== 'object' || translations === null) return [];
  return Object.entries(translations).flatMap(([language, translation]) =>
    typeof translation !== 'object' || translation === null
      ? []
      : SOURCE_FIELDS.flatMap((sourceField) => {
          const text = (translation as Record<string, unknown>)[sourceField];
          const source = data[sourceField];
          if (typeof text !== 'string' || typeof source !== 'string') return [];
          const field = `translations.${language}.${sourceField}`;
          return [{ key: `${field}\u0000${text}`, field, sourceField, source }];
        }),
  );
}
