// An Atom feed (RFC 4287) as text: the few elements feed readers need, every text escaped.

export interface AtomEntry {
  id: string;
  title: string;
  /** ISO 8601 with an offset. */
  updated: string;
  /** The page the entry is about: a full address when the edition knows its own (feedHref). */
  href: string;
  /** HTML, escaped into the feed as `type="html"`. */
  contentHtml: string;
}

export interface AtomFeed {
  id: string;
  title: string;
  /** The feed's own address, and the page it is the feed of. */
  self: string;
  alternate: string;
  updated: string;
  author: string;
  entries: AtomEntry[];
}

export function atomFeed(feed: AtomFeed): string {
  const entries = feed.entries.map(
    (entry) => `  <entry>
    <id>${escapeXml(entry.id)}</id>
    <title>${escapeXml(entry.title)}</title>
    <updated>${escapeXml(entry.updated)}</updated>
    <link rel="alternate" type="text/html" href="${escapeXml(entry.href)}"/>
    <content type="html">${escapeXml(entry.contentHtml)}</content>
  </entry>
`,
  );
  return `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom">
  <id>${escapeXml(feed.id)}</id>
  <title>${escapeXml(feed.title)}</title>
  <updated>${escapeXml(feed.updated)}</updated>
  <author><name>${escapeXml(feed.author)}</name></author>
  <link rel="self" type="application/atom+xml" href="${escapeXml(feed.self)}"/>
  <link rel="alternate" type="text/html" href="${escapeXml(feed.alternate)}"/>
${entries.join('')}</feed>
`;
}

/** Text safe inside XML elements and attributes; characters XML 1.0 forbids are dropped. */
export function escapeXml(text: string): string {
  return text
    .replace(/[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu, '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;');
}

/** Text safe inside HTML. */
export function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}
