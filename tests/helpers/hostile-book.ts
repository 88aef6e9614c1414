// A rule book whose every text field holds something that would run, break out of its markup or
// confuse a renderer if it were not escaped.
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const PWN = 'window.__pwned=(window.__pwned||0)+1';

export const HOSTILE_STRINGS: readonly string[] = [
  `<script>${PWN}</script>`,
  `"><img src=x onerror="${PWN}">`,
  `'><svg onload=${PWN}>`,
  `</title><script>${PWN}</script>`,
  `</textarea></style></noscript><script>${PWN}</script>`,
  `<iframe src="javascript:${PWN}"></iframe>`,
  `{{constructor.constructor('${PWN}')()}}`,
  '${' + PWN + '}',
  `[click me](javascript:${PWN}) **bold** _em_ <b>b</b> # heading`,
  `javascript:${PWN}`,
  '&lt;script&gt; stays as typed &amp; so does this',
  'Families welcome 👩‍👩‍👧 🎉 — café, naïve, Ωmega',
  'مرحبا بكم في المكتبة \u202Etxt.exe\u202C שלום',
  `${'A very long line of text '.repeat(400)}end.`,
];

/** Writes the hostile book into `dir` (replacing it) and returns its policy folder. */
export function writeHostileBook(dir: string): string {
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  const categories = ['Spaces', `Fees "><img src=x onerror="${PWN}">`];
  writeFileSync(
    join(dir, '_site.yaml'),
    [
      `organisation: ${JSON.stringify(`Riverside <script>${PWN}</script> Library`)}`,
      `categories: ${JSON.stringify(categories)}`,
      'wording:',
      '  red_share: 1',
    ].join('\n') + '\n',
  );
  HOSTILE_STRINGS.forEach((text, index) => {
    const id = `hostile-${index + 1}`;
    const color = (['red', 'yellow', 'green'] as const)[index % 3]!;
    const q = (value: string) => JSON.stringify(value);
    const lines = [
      `id: ${id}`,
      `title: ${q(`${text} (${index + 1})`)}`,
      `color: ${color}`,
      `category: ${q(categories[index % 2]!)}`,
      `rule: ${q(`Rule: ${text}`)}`,
      `intent: ${q(`Intent: ${text}`)}`,
      `public_wording: ${q(`Welcome: ${text}`)}`,
      ...(color === 'red'
        ? []
        : ['bend:', `  how: ${q(`How: ${text}`)}`, `  limit: ${q(`Limit: ${text}`)}`, `  ask: ${q(`Ask: ${text}`)}`]),
      `instead: ${q(`Instead: ${text}`)}`,
      'examples:',
      `  - situation: ${q(`Situation: ${text}`)}`,
      `    response: ${q(`Response: ${text}`)}`,
      `tags: ${JSON.stringify([`tag ${text}`])}`,
      `related: [hostile-${((index + 1) % HOSTILE_STRINGS.length) + 1}]`,
      `owner: ${q(`Owner: ${text}`)}`,
    ];
    writeFileSync(join(dir, `${id}.yaml`), `${lines.join('\n')}\n`);
  });
  return dir;
}
