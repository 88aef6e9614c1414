import type { SiteSettings } from '../schemas.ts';
import { glossary } from '../wording/glossary.ts';
import { synonymGroups, type SynonymGroup } from './synonyms.ts';

/** A book's synonym groups: built in, its own `synonyms`, and its jargon glossary's pairs (built-in glossary included unless switched off). */
export function bookSynonyms(site: SiteSettings): SynonymGroup[] {
  const jargon = Object.fromEntries(glossary(site).map((entry) => [entry.term, entry.plain]));
  return synonymGroups({ own: site.synonyms ?? [], jargon });
}
