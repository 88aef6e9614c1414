// The staff feed of rule changes (Atom): the newest changes, each with its redline.
import type { APIRoute } from 'astro';
import { getBook } from '../../data/book.ts';
import { bookChanges, bookRecords, FEED_ENTRIES } from '../../data/history.ts';
import { atomFeed, escapeHtml } from '../../lib/history/atom.ts';
import { fieldsOf } from '../../lib/history/reviews.ts';
import { staffChangeHtml } from '../../lib/history/describe.ts';
import { feedIds } from '../../lib/history/feed-ids.ts';
import { feedHref } from '../../data/href.ts';
import { buildDate } from '../../lib/build-date.ts';

export const GET: APIRoute = async ({ site: published }) => {
  const { site } = await getBook();
  const ids = feedIds(site.organisation, 'staff');
  // A commit that changed only records (an owner handed over, tags) is one entry, with its rules:
  // left out, a subscriber never heard who now signs a rule off; one per rule, an owner renamed
  // across the book had filled the feed (both found by reviews).
  const records = (await bookRecords()).map((record) => ({
    date: record.date,
    entry: {
      id: ids.entry('record-keeping', record.commit),
      title: `Record keeping: ${record.subject}`,
      updated: record.date,
      href: feedHref('/changes/', published),
      contentHtml: `<p>${escapeHtml(fieldsOf(record).join(', '))}</p><ul>${record.rules
        .map(({ rule }) => `<li><a href="${escapeHtml(feedHref(`/rules/${rule.id}/`, published))}">${escapeHtml(rule.title)}</a></li>`)
        .join('')}</ul>`,
    },
  }));
  const entries = (await bookChanges())
    .slice(0, FEED_ENTRIES)
    .map(({ rule, entry, removed, idThen, replacedBy = [] }) => ({
      date: entry.date,
      entry: {
        id: ids.entry(idThen, entry.commit),
        title: `${rule.title}: ${entry.subject}`,
        updated: entry.date,
        // A removed rule has no page left: its entry points to the list of changes, which tells of it.
        href: feedHref(removed ? '/changes/' : `/rules/${rule.id}/`, published),
        contentHtml: staffChangeHtml(
          entry,
          replacedBy.map((other) => ({ title: other.title, href: feedHref(`/rules/${other.id}/`, published) })),
        ),
      },
    }))
    .concat(records)
    .sort((a, b) => Date.parse(b.date) - Date.parse(a.date))
    .slice(0, FEED_ENTRIES)
    .map(({ entry }) => entry);
  const xml = atomFeed({
    id: ids.feed,
    title: `${site.organisation}: rule changes`,
    self: feedHref('/changes.xml', published),
    alternate: feedHref('/changes/', published),
    updated: entries[0]?.updated ?? buildDate(process.env).toISOString(),
    author: site.organisation,
    entries,
  });
  return new Response(xml, { headers: { 'Content-Type': 'application/atom+xml; charset=utf-8' } });
};
