// What the public edition may know of the book: public rules, and of each only the fields a
// visitor reads. Public pages take their data from here, never from the full rules, so a staff
// field cannot reach them by accident.
import type { Color } from '../lib/schemas.ts';
import { publicWhy } from '../lib/public-text.ts';
import { bookSynonyms } from '../lib/search/book-synonyms.ts';
import type { SynonymGroup } from '../lib/search/synonyms.ts';
import { getBook, isPublic } from './book.ts';

export interface PublicRule {
  id: string;
  title: string;
  category: string;
  /** The welcoming wording. */
  wording: string;
  /** Shown as "Why we ask": the rule's `public_why`, or its intent when it has none. */
  why: string;
  /** Only when the organisation opts in to showing colors in public. */
  color?: Color;
}

export interface PublicBook {
  organisation: string;
  categories: string[];
  showColors: boolean;
  rules: PublicRule[];
  categorySlug: Map<string, string>;
  /** Search synonyms: words, not rule text, so the same for both editions. */
  synonyms: SynonymGroup[];
}

let cached: Promise<PublicBook> | undefined;

export function getPublicBook(): Promise<PublicBook> {
  cached ??= (async () => {
    const { site, rules, categorySlug } = await getBook();
    const showColors = site.public_colors === true;
    const publicRules = rules.filter(isPublic);
    return {
      organisation: site.organisation,
      // A topic with no public rule is staff business: its name stays out of the public site.
      categories: site.categories.filter((category) => publicRules.some((rule) => rule.category === category)),
      showColors,
      categorySlug,
      synonyms: bookSynonyms(site),
      rules: publicRules.map((rule) => ({
        id: rule.id,
        title: rule.title,
        category: rule.category,
        wording: rule.public_wording ?? '',
        why: publicWhy(rule).text,
        ...(showColors ? { color: rule.color } : {}),
      })),
    };
  })();
  return cached;
}
