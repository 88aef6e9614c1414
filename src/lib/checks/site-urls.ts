import type { Edition } from '../editions.ts';
import { findingAt } from '../finding-at.ts';
import { parseEditionUrl, URL_FIELD } from '../site-url.ts';
import type { BookCheck } from './check.ts';

/** `public_url` and `staff_url` are full web addresses: their path becomes every link's prefix. */
export const siteUrls: BookCheck = {
  name: 'site-urls',
  run({ site, siteSource }) {
    if (!site || !siteSource) return [];
    return (Object.keys(URL_FIELD) as Edition[]).flatMap((edition) => {
      const field = URL_FIELD[edition];
      const value = site[field];
      if (value === undefined) return [];
      const parsed = parseEditionUrl(value);
      return typeof parsed === 'string' ? [findingAt(siteSource, 'bad-site-url', [field], 'value', parsed)] : [];
    });
  },
};
