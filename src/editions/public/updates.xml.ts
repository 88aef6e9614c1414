// The public feed of updates (Atom): public text only, no commit subjects.
import type { APIRoute } from 'astro';
import { getPublicBook, publicUpdates } from '../../data/public-book.ts';
import { FEED_ENTRIES } from '../../data/history.ts';
import { atomFeed, escapeHtml } from '../../lib/history/atom.ts';
import { getBook } from '../../data/book.ts';
import { messagesFor } from '../../lib/i18n/catalogue.ts';
import { publicChangeHtml } from '../../lib/history/describe.ts';
import { feedIds } from '../../lib/history/feed-ids.ts';
import { feedHref } from '../../data/href.ts';
import { buildDate } from '../../lib/build-date.ts';

export const GET: APIRoute = async ({ site: published }) => {
  const { organisation, language } = await getPublicBook();
  const { site } = await getBook();
  const messages = messagesFor(language, site.translations?.[language]?.messages);
  const updates = (await publicUpdates()).updates.slice(0, FEED_ENTRIES);
  const ids = feedIds(organisation, 'public');
  const xml = atomFeed({
    id: ids.feed,
    title: `${organisation}: recently updated`,
    self: feedHref('/updates.xml', published),
    alternate: feedHref('/updates/', published),
    updated: updates[0]?.entry.date ?? buildDate(process.env).toISOString(),
    author: organisation,
    entries: updates.map(({ rule, entry, retired }) => ({
      id: ids.entry(rule.id, entry.commit),
      title: rule.title,
      updated: entry.date,
      href: feedHref(`/rules/${rule.id}/`, published),
      contentHtml: retired ? `<p>${escapeHtml(messages.t('updates.retired'))}</p>` : publicChangeHtml(entry.change),
    })),
  });
  return new Response(xml, { headers: { 'Content-Type': 'application/atom+xml; charset=utf-8' } });
};
