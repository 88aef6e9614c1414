// A change that brings the source text back to what a translation was written for (a `git
// revert`) leaves that translation current: the changes report had listed it as made out of
// date, while `check` and the pages knew better (found by a policy clerk's trial).
import type { BookHistory } from '../history/history.ts';
import { sameShownText } from './shown-text.ts';
import { SOURCE_FIELDS, textAfter, writtenAt, type SourceField } from '../translations/status.ts';
import type { TranslationsOutdated } from './translations.ts';

/**
 * The entry with only the fields and languages whose translation, as last committed, was written
 * for other text than `data` (the rule after the change) has; undefined when none is left. A
 * translation that differs from its last commit, or a history that cannot tell, keeps its place.
 */
export function stillOutdated(
  outdated: TranslationsOutdated,
  history: BookHistory,
  data: Record<string, unknown>,
): TranslationsOutdated | undefined {
  const known = history.available ? history.rules.get(outdated.id) : undefined;
  if (outdated.from !== undefined || known === undefined) return outdated;
  const translations = (data.translations ?? {}) as Record<string, Record<string, unknown> | undefined>;
  const fields = new Set<string>();
  const languages = outdated.languages.filter((language) => {
    const committed = (field: string) => known.committedPublic[`translations.${language}.${field}`];
    const asCommitted = SOURCE_FIELDS.every((field) => sameShownText(committed(field), text(translations[language]?.[field])));
    const left = outdated.fields.filter((field) => {
      const at = asCommitted ? writtenAt(known.entries, language, field as SourceField) : -1;
      return at < 0 || !sameShownText(textAfter(known.entries, at, field, known.committedPublic[field]), text(data[field]));
    });
    for (const field of left) fields.add(field);
    return left.length > 0;
  });
  if (languages.length === 0) return undefined;
  return { ...outdated, fields: outdated.fields.filter((field) => fields.has(field)), languages };
}

function text(value: unknown): string | undefined {
  return typeof value === 'string' ? value : undefined;
}
