// The changes report is posted as a pull-request comment and a job summary, from text anyone
// opening a pull request can write. Rendered as GitHub renders Markdown (GFM), no value may become
// markup, break the layout or vanish.
import { micromark } from 'micromark';
import { gfm, gfmHtml } from 'micromark-extension-gfm';
import { describe, expect, it } from 'vitest';
import type { BookChanges } from '../../src/lib/changes/diff.ts';
import { formatChangesMarkdown, inline } from '../../src/lib/changes/markdown.ts';

const HOSTILE = [
  '```\n# Injected heading\n```',
  'a | b | c',
  'one `tick`, two ``ticks``, and a run of ````',
  '<script>alert(1)</script><img src=x onerror=alert(1)>',
  '[a link](https://evil.example) or www.evil.example or @library/director',
  'first line\n\n- a list item\n> a quote\n|---|---|\n#### a heading',
  '**bold** _em_ ~~strike~~ $x^2$ :tada:',
  '</code></ins></del></td><b>closing our tags</b>',
  '&lt;script&gt; typed as entities &amp; more',
  'ends with a backslash \\',
];

const h = (index: number) => HOSTILE[index % HOSTILE.length]!;

// Every value the report shows, from the ref to the redline, holds a hostile string.
function hostileChanges(): BookChanges {
  return {
    unreadable: [
      {
        id: h(0),
        title: h(1),
        before: { file: `policies/${h(2)}.yaml`, color: 'red', colorGuessed: false },
        after: { file: `policies/${h(3)}.yaml`, problem: h(4), color: 'green', colorGuessed: true },
        lastKnownColor: 'green',
        loosened: true,
        signOff: { owner: h(5), ownerNow: h(6) },
      },
    ],
    colors: [
      { id: h(7), title: h(8), from: 'red', to: 'green', loosened: true, signOff: { owner: h(9) } },
      { id: h(1), title: h(2), from: h(3), to: h(4), loosened: false },
    ],
    added: [{ id: h(5), title: h(6), color: h(7), category: h(8), file: h(9) }],
    removed: [
      {
        id: h(0),
        title: h(3),
        color: 'red',
        category: h(2),
        file: h(1),
        loosened: true,
        signOff: { owner: h(4) },
        texts: [{ field: 'rule', text: h(5) }],
        pointedAtBy: [{ id: h(6), title: h(7) }],
      },
    ],
    renamed: [{ from: h(4), to: h(5), title: h(6) }],
    changed: [
      {
        id: h(7),
        title: h(8),
        fields: [
          {
            field: h(9),
            before: h(0),
            after: h(1),
            redline: [
              { op: 'same', text: h(2) },
              { op: 'removed', text: h(3) },
              { op: 'added', text: h(4) },
            ],
          },
          { field: 'bend.how', before: h(5) },
          { field: 'instead', after: h(6) },
        ],
      },
    ],
    approvalNotUpdated: [{ id: h(1), title: h(2), approvedBy: h(3) }],
    translationsOutdated: [{ id: h(2), title: h(3), fields: [h(4)], languages: [h(5), 'es'] }],
  };
}

const render = (markdown: string) => micromark(markdown, { allowDangerousHtml: true, extensions: [gfm()], htmlExtensions: [gfmHtml()] });

/** The text a reader sees: tags dropped, entities decoded, white space as one space. */
function visibleText(html: string): string {
  const entities: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', '#64': '@', '#58': ':', '#46': '.' };
  return html
    .replace(/<br \/>|<br>/g, ' ')
    .replace(/<[^>]+>/g, '')
    .replace(/&(amp|lt|gt|quot|#64|#58|#46);/g, (_, name: string) => entities[name]!)
    .replace(/\s+/g, ' ');
}

describe('the changes report in Markdown', () => {
  const markdown = formatChangesMarkdown(hostileChanges(), HOSTILE[0]!);
  const html = render(markdown);

  it('makes no markup of its own from rule text: only its headings, lists, table, code, redline marks', () => {
    const tags = new Set([...html.matchAll(/<\/?([a-z0-9]+)/g)].map((match) => match[1]));
    expect([...tags].sort()).toEqual([
      'br',
      'code',
      'del',
      'em',
      'h2',
      'h3',
      'h4',
      'ins',
      'li',
      'p',
      'strong',
      'table',
      'tbody',
      'td',
      'th',
      'thead',
      'tr',
      'ul',
    ]);
    // `em` only from the report's own `_(none)_`.
    expect(html.match(/<em>[^<]*<\/em>/g)).toEqual(['<em>(none)</em>', '<em>(none)</em>']);
  });

  it('keeps its outline: one title, its own sections and one heading per rule', () => {
    expect([...html.matchAll(/<(h[2-4])>/g)].map((match) => match[1])).toEqual([
      'h2',
      'h3',
      'h4',
      'h3',
      'h3',
      'h3',
      'h3',
      'h3',
      'h3',
      'h3',
      'h4',
    ]);
  });

  it('keeps every value of the color table in its own cell', () => {
    // GFM drops cells past the header's count: a stray `|` would lose text, not just move it.
    const rows = [...html.matchAll(/<tr>([\s\S]*?)<\/tr>/g)].map((row) =>
      [...row[1]!.matchAll(/<t[dh]>([\s\S]*?)<\/t[dh]>/g)].map((cell) => visibleText(cell[1]!).trim()),
    );
    const one = (text: string) => text.replace(/\s+/g, ' ').trim();
    expect(rows).toEqual([
      ['Rule', 'Before', 'After', ''],
      [`${one(h(8))} (${one(h(7))})`, '⛔ Red', '🟢 Green', `Loosened: needs sign-off by ${one(h(9))}`],
      [`${one(h(2))} (${one(h(1))})`, one(h(3)), one(h(4)), 'Tightened'],
    ]);
  });

  it('shows every hostile value as the text that was written, line breaks as breaks', () => {
    const seen = visibleText(html);
    for (const text of HOSTILE) expect(seen).toContain(text.replace(/\s+/g, ' '));
  });

  it('has no bare @mention, web address or math a renderer could pick up', () => {
    expect(markdown).not.toMatch(/@|:\/\/|www\.|(?<!\\)\$/);
  });

  it('names the owner to sign off a loosening, or says that none is named', () => {
    const plain = formatChangesMarkdown(
      {
        ...hostileChanges(),
        unreadable: [],
        colors: [{ id: 'quiet', title: 'Quiet', from: 'yellow', to: 'green', loosened: true, signOff: {} }],
      },
      'main',
    );
    expect(plain).toContain('| Quiet (<code>quiet</code>) | ⚠️ Yellow | 🟢 Green | **Loosened: needs sign-off**; no owner is named |');
  });
});

it('makes rule text inert in a pull-request comment: no HTML, tables, links or @mentions', () => {
  expect(inline('<img src=x onerror=alert(1)> | [a](http://x) @library/director see https://evil.example or www.evil.example')).toBe(
    '&lt;img src=x onerror=alert\\(1\\)\\> \\| \\[a\\]\\(http&#58;//x\\) &#64;library/director see https&#58;//evil.example or www&#46;evil.example',
  );
  expect(inline('two\nlines\r\nand\tspaces')).toBe('two<br>lines<br>and spaces');
});
