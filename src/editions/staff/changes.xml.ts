// The staff feed of rule changes (Atom): the newest changes, each with its redline.
import type { APIRoute } from 'astro';
import { getBook } from '../../data/book.ts';
import { bookChanges, FEED_ENTRIES } from '../../data/history.ts';
import { atomFeed } from '../../lib/history/atom.ts';
import { staffChangeHtml } from '../../lib/history/describe.ts';
import { feedIds } from '../../lib/history/feed-ids.ts';
import { feedHref } from '../../data/href.ts';
import { buildDate } from '../../lib/build-date.ts';

export const GET: APIRoute = async ({ site: published }) => {
  const { site } = await getBook();
  const changes = (await bookChanges()).slice(0, FEED_ENTRIES);
  const ids = feedIds(site.organisation, 'staff');
  const xml = atomFeed({
    id: ids.feed,
    title: `${site.organisation}: rule changes`,
    self: feedHref('/changes.xml', published),
    alternate: feedHref('/changes/', published),
    updated: changes[0]?.entry.date ?? buildDate(process.env).toISOString(),
    author: site.organisation,
    entries: changes.map(({ rule, entry, removed, idThen, replacedBy = [] }) => ({
      id: ids.entry(idThen, entry.commit),
      title: `${rule.title}: ${entry.subject}`,
      updated: entry.date,
      // A removed rule has no page left: its entry points to the list of changes, which tells of it.
      href: feedHref(removed ? '/changes/' : `/rules/${rule.id}/`, published),
      contentHtml: staffChangeHtml(
        entry,
        replacedBy.map((other) => ({ title: other.title, href: feedHref(`/rules/${other.id}/`, published) })),
      ),
    })),
  });
  return new Response(xml, { headers: { 'Content-Type': 'application/atom+xml; charset=utf-8' } });
};
