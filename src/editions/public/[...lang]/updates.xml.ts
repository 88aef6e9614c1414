// The public feed of updates (Atom), one per language: public text only, no commit subjects. The
// source language's entries show what changed; another language's, the rule's changes and its
// translators' (public-book.ts), each showing the rule as it now reads there (as its
// recently-updated page does).
import type { APIRoute, GetStaticPaths } from 'astro';
import { publicUpdates } from '../../../data/public-book.ts';
import { FEED_ENTRIES } from '../../../data/history.ts';
import { atomFeed, escapeHtml } from '../../../lib/history/atom.ts';
import { publicChangeHtml } from '../../../lib/history/describe.ts';
import { feedIds } from '../../../lib/history/feed-ids.ts';
import { feedHref } from '../../../data/href.ts';
import { buildDate } from '../../../lib/build-date.ts';
import { languageParams, publicPage } from '../../../data/public-page.ts';
import { getBook } from '../../../data/book.ts';
import { languagePrefix, nameIn, siteLanguages } from '../../../lib/i18n/languages.ts';
import { withColon } from '../../../lib/i18n/format.ts';

export const getStaticPaths = (async () => (await languageParams()).map((params) => ({ params }))) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params, site: published }) => {
  const page = await publicPage(params.lang, '/updates.xml');
  const { book, messages, lang, source } = page;
  const { site } = await getBook();
  const prefix = languagePrefix(lang, siteLanguages(site));
  const local = (path: string) => feedHref(`${prefix}${path}`, published);
  const wording = new Map(book.rules.map((rule) => [rule.id, rule]));
  const updates = (await publicUpdates(params.lang)).updates.slice(0, FEED_ENTRIES);
  const ids = feedIds(site.organisation, 'public', lang === source ? undefined : lang);
  // A change of the source text its translation has not caught up with says so, as the rule's
  // page does: the entry shows the translation as it reads now, which is behind it.
  const sourceName = nameIn(source, messages.language);
  const lagging = (day: string, id: string) => {
    const link = `<a href="${escapeHtml(feedHref(`/rules/${id}/`, published))}" hreflang="${escapeHtml(source)}">${escapeHtml(messages.t('rule.outOfDateLink', { source: sourceName }))}</a>`;
    const [before = '', after = ''] = messages
      .t('rule.outOfDate', { source: sourceName, date: page.day(day), link: '\u0000' })
      .split('\u0000');
    return `<p>${escapeHtml(before)}${link}${escapeHtml(after)}</p>`;
  };
  const xml = atomFeed({
    id: ids.feed,
    title: withColon(book.organisation, messages.t('updates.title'), lang),
    self: local('/updates.xml'),
    alternate: local('/updates/'),
    updated: updates[0]?.entry.date ?? buildDate(process.env).toISOString(),
    author: book.organisation,
    entries: updates.map(({ rule, entry, retired, replacedBy }) => {
      const now = wording.get(rule.id);
      return {
        id: ids.entry(entry.idThen, entry.commit),
        title: rule.title,
        updated: entry.date,
        href: local(`/rules/${rule.id}/`),
        contentHtml: retired
          ? `<p>${escapeHtml(
              replacedBy
                ? messages.t('updates.replaced', {
                    rules: new Intl.ListFormat(lang, { type: 'conjunction' }).format(replacedBy.map((other) => other.title)),
                  })
                : messages.t('updates.retired'),
            )}</p>`
          : lang === source
            ? publicChangeHtml(entry.change)
            : `${entry.change.lagging ? lagging(entry.day, rule.id) : ''}<p${now && now.lang.wording !== lang ? ` lang="${now.lang.wording}"` : ''}>${escapeHtml(now?.wording ?? '')}</p>`,
      };
    }),
  });
  return new Response(xml, { headers: { 'Content-Type': 'application/atom+xml; charset=utf-8' } });
};
