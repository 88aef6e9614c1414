import { shownText } from '../changes/shown-text.ts';
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

/** One rule's use of a translated text: the source texts it stood beside there, and when it first did. */
interface Seen<When> {
  /** As a page shows them: a copy whose source differs only in spaces is the same text. */
  sources: Set<string>;
  /** The latest of them. */
  source: string;
  when: When;
}

/**
 * Every translated text met so far, by the rules that had it, with the source texts it stood
 * beside: a rule split in two, its new file given the old one's translations, had read as
 * translated, though the Spanish said what the old rule said (found by a new-user trial). A new
 * rule carries a text when one of the rules it may come from (`isOrigin`: one changed or removed
 * beside it, or named in its `replaces`) had it beside other source texts only: it is out of date
 * from the start. A stock sentence that a rule nobody touched also has ("Para que todos puedan
 * concentrarse.") is no sign of a copy (found by a review).
 */
export class TranslationsSeen<When = undefined> {
  readonly #seen = new Map<string, Map<string, Seen<When>>>();

  /** Notes the translated texts of the rules as they stand at `when`. */
  note(rules: readonly { id: string; data: Record<string, unknown> }[], when: When): void {
    for (const { id, data } of rules)
      for (const { key, source } of pairs(data)) {
        let byRule = this.#seen.get(key);
        if (!byRule) this.#seen.set(key, (byRule = new Map()));
        const seen = byRule.get(id);
        if (seen) {
          seen.sources.add(shownText(source));
          seen.source = source;
        } else byRule.set(id, { sources: new Set([shownText(source)]), source, when });
      }
  }

  /** The translated texts of a new rule that one of the rules it may come from had beside other source texts only. */
  carriedInto(data: Record<string, unknown>, isOrigin: (id: string) => boolean): Carried<When>[] {
    return pairs(data).flatMap(({ key, field, sourceField, source }) => {
      const origins = [...(this.#seen.get(key) ?? [])].filter(([id]) => isOrigin(id));
      if (origins.length === 0 || origins.some(([, seen]) => seen.sources.has(shownText(source)))) return [];
      const [from, seen] = origins[0]!;
      return [{ field, sourceField, source: seen.source, from, when: seen.when }];
    });
  }
}

/** The rules a new rule may have been made from: those changed or removed beside it, and those it `replaces`. */
export function originsOf(data: Record<string, unknown>, touched: ReadonlySet<string>): (id: string) => boolean {
  const replaces = Array.isArray(data.replaces) ? (data.replaces as unknown[]) : [];
  return (id) => touched.has(id) || replaces.includes(id);
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
