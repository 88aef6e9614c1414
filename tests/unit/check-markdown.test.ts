// `check --format markdown` goes into the GitHub job summary. The code frames quote rule files,
// and a rule's text may hold backticks: none of it may close the code block and become Markdown.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { micromark } from 'micromark';
import { gfm, gfmHtml } from 'micromark-extension-gfm';
import { afterAll, expect, it } from 'vitest';
import { fenced } from '../../src/lib/report/markdown.ts';
import { runCli } from '../helpers/run-cli.ts';

const dir = mkdtempSync(join(tmpdir(), 'rules-clarity-summary-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

it('puts the whole human report in one code block that backticks in a rule cannot close', () => {
  writeFileSync(join(dir, '_site.yaml'), 'organisation: Test Library\ncategories: [Spaces]\n');
  // Code frames are prefixed with line numbers, but a file name with line breaks starts lines
  // of its own: here a line of four backticks, then Markdown that must stay text.
  writeFileSync(join(dir, 'fenced\n````\n# Injected heading <img src=x onerror=alert(1)>\n.yaml'), 'id: fenced\ncolor: amber\n');
  const human = runCli(['check', '--dir', dir, '--today', '2026-11-25']);
  const summary = runCli(['check', '--dir', dir, '--today', '2026-11-25', '--format', 'markdown']);
  expect(summary.status).toBe(1);
  expect(summary.stdout.startsWith('## Rule check\n\n`````text\n')).toBe(true);

  const html = micromark(summary.stdout, { allowDangerousHtml: true, extensions: [gfm()], htmlExtensions: [gfmHtml()] });
  const blocks = [...html.matchAll(/<pre><code class="language-text">([\s\S]*?)<\/code><\/pre>/g)];
  expect(html.replace(blocks[0]![0], '')).toBe('<h2>Rule check</h2>\n\n');
  const decoded = blocks[0]![1]!
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&amp;/g, '&');
  expect(decoded).toBe(human.stdout);
});

it('makes the fence longer than the longest run of backticks inside', () => {
  expect(fenced('plain\n')).toBe('```\nplain\n```\n');
  expect(fenced('a ` b `````` c', 'text')).toBe('```````text\na ` b `````` c\n```````\n');
});
