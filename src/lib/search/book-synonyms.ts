import type { Edition } from '../editions.ts';
import type { SiteSettings } from '../schemas.ts';
import { glossary } from '../wording/glossary.ts';
import { synonymGroups, type SynonymGroup } from './synonyms.ts';

/**
 * A book's synonym groups: built in, its own `synonyms`, and its jargon glossary's pairs (built-in
 * glossary included unless switched off). The staff edition's also hold the desk's situation
 * words (DESK_SYNONYMS), which the public edition leaves out.
 */
/**
 * The glossary's words written in capitals ("ILL"), in lower case as a query is read: typed in
 * capitals, such a word means the jargon, not the everyday word ("ill").
 */
export function bookAcronyms(site: SiteSettings): string[] {
  return glossary(site)
    .filter((entry) => entry.acronym)
    .map((entry) => entry.term.toLowerCase());
}

export function bookSynonyms(site: SiteSettings, edition: Edition): SynonymGroup[] {
  const jargon = Object.fromEntries(glossary(site).map((entry) => [entry.term, entry.plain]));
  return synonymGroups({ desk: edition === 'staff', own: site.synonyms ?? [], jargon });
}
