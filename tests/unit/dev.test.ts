// `rules-clarity dev` (npm run dev): Astro's dev server on the book given with --dir. Astro's own
// `astro dev` read no --dir and previewed the sample book instead (found by a new-user trial).
import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, expect, it } from 'vitest';
import { launchBrowser } from '../helpers/browser.ts';
import { runCli } from '../helpers/run-cli.ts';

const folders: string[] = [];
afterEach(() => {
  for (const folder of folders.splice(0)) rmSync(folder, { recursive: true, force: true });
});

function oakBook(): string {
  const dir = join(mkdtempSync(join(tmpdir(), 'rules-clarity-dev-')), 'policies');
  folders.push(join(dir, '..'));
  mkdirSync(dir);
  writeFileSync(join(dir, '_site.yaml'), 'organisation: Oak Town Library\ncategories: [Spaces]\n');
  writeFileSync(
    join(dir, 'garden.yaml'),
    `id: garden
title: Reading in the garden
color: green
category: Spaces
rule: The garden is open to readers from 10 to 4.
intent: Give readers a calm place outside.
public_wording: You are welcome to read in our garden from 10 to 4.
bend:
  how: Let a reader stay a little longer if nobody is waiting to lock up.
owner: Branch manager
reviewed: 2026-01-10
review_by: 2027-01-10
`,
  );
  return dir;
}

it('previews the book given with --dir, not the sample', async () => {
  const dir = oakBook();
  const child = spawn(process.execPath, ['src/cli/rules-clarity.ts', 'dev', '--dir', dir, '--port', '0'], {
    // As from a shell: Vitest's own variables (NODE_ENV=test, VITEST) change how Astro's dev server runs.
    env: {
      ...Object.fromEntries(Object.entries(process.env).filter(([name]) => !/^(VITEST|NODE_ENV$|TEST$)/.test(name))),
      NO_COLOR: '1',
      // Its own cache folder: builds of other tests may run beside it.
      RULES_CACHE_DIR: join(dir, '..', 'astro-cache'),
    },
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: true,
  });
  let output = '';
  child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
  try {
    const url = await new Promise<string>((found, fail) => {
      const timer = setTimeout(() => fail(new Error(`no address in 60 s:\n${output}`)), 60_000);
      child.stdout.on('data', () => {
        const address = /http:\/\/127\.0\.0\.1:\d+\//.exec(output)?.[0];
        if (address) {
          clearTimeout(timer);
          found(address);
        }
      });
      child.once('exit', () => fail(new Error(`ended before serving:\n${output}`)));
    });
    expect(output).toContain(`Previewing the staff edition of ${dir}`);
    // Right after "ready", Vite may still be preparing its dependencies: ask again, as a reload would.
    let page = '';
    for (let tries = 0; tries < 60 && !page.includes('<main'); tries++) {
      if (tries > 0) await new Promise((wait) => setTimeout(wait, 500));
      page = await (await fetch(new URL('rules/garden/', url))).text();
    }
    expect(page).toContain('Reading in the garden');
    expect(page).toContain('Oak Town Library');
    // Its search page says why it cannot search, not "try again in a moment" (found by a new-user trial).
    const browser = await launchBrowser();
    try {
      // Styled as the built site: the site's Content-Security-Policy had blocked the styles Vite
      // puts in the page, and the preview showed no colors (found by a new-user trial).
      const rule = await browser.newPage();
      const blocked: string[] = [];
      rule.on('console', (message) => message.text().includes('Content Security Policy') && blocked.push(message.text()));
      await rule.goto(new URL('rules/garden/', url).href);
      // Asked again while Vite reloads the page once it has prepared its dependencies (the first
      // answer may come from a page about to go); a transparent badge for 15 s is no style at all.
      const background = () =>
        rule
          .locator('.badge')
          .first()
          .evaluate((badge) => getComputedStyle(badge).backgroundColor)
          .catch(() => 'reloading');
      await expect.poll(background, { timeout: 15_000 }).toMatch(/^rgba?\((?!0, 0, 0, 0\))/);
      expect(blocked).toEqual([]);
      const search = await browser.newPage();
      await search.goto(new URL('search/?q=garden', url).href);
      await search.waitForFunction(() => document.body.dataset.search === 'failed', undefined, { timeout: 30_000 });
      await expect(search.locator('#search-status').textContent()).resolves.toBe(
        `Search needs a built site: the live preview has no search index. Run \`npm start -- --dir ${dir}\` to search.`,
      );
      // A save that breaks the book: the preview keeps the book as it was, and says so on the
      // page, not only in the terminal (found by a new-user trial).
      const garden = join(dir, 'garden.yaml');
      writeFileSync(garden, readFileSync(garden, 'utf8').replace('color: green', 'color: orange'));
      // Waits for this save's report: a file caught half-written ("the file has no rule in it")
      // may be reported first, and the next load replaces it.
      const report = 'garden.yaml:3:8 color: must be one of red, yellow, green (got &quot;orange&quot;)';
      let shown = '';
      // Up to a minute: on a loaded machine (the whole suite beside it) the reload took over 30 s.
      for (let tries = 0; tries < 120 && !shown.includes(report); tries++) {
        await new Promise((wait) => setTimeout(wait, 500));
        shown = await (await fetch(new URL('rules/garden/', url))).text();
      }
      expect(shown).toContain('Your last save was not taken');
      expect(shown).toContain(report);
      expect(shown).toContain('Reading in the garden');
      // Fixed and saved again: the note goes.
      writeFileSync(garden, readFileSync(garden, 'utf8').replace('color: orange', 'color: green'));
      for (let tries = 0; tries < 120 && shown.includes('Your last save was not taken'); tries++) {
        await new Promise((wait) => setTimeout(wait, 500));
        shown = await (await fetch(new URL('rules/garden/', url))).text();
      }
      expect(shown).not.toContain('Your last save was not taken');
    } finally {
      await browser.close();
    }
  } finally {
    // The whole group: Astro's server is this command's child.
    if (child.exitCode === null) process.kill(-child.pid!, 'SIGTERM');
  }
}, 180_000);

it('says so when the folder is no rule book', () => {
  const empty = mkdtempSync(join(tmpdir(), 'rules-clarity-dev-'));
  folders.push(empty);
  const result = runCli(['dev', '--dir', empty]);
  expect(result.status).toBe(2);
  expect(result.stderr).toBe(`rules-clarity: there is no _site.yaml in ${empty} or a folder above it: is it a rule book?\n`);
});

it('stops before the preview starts when the book has errors, with the check report and no stack trace', () => {
  const dir = oakBook();
  writeFileSync(join(dir, 'broken.yaml'), 'id: broken\ntitle: Broken\ncolor: purple\n');
  const result = runCli(['dev', '--dir', dir]);
  expect(result.status).toBe(1);
  expect(result.stdout).toContain('broken.yaml:3:8 color:');
  expect(result.stdout).toContain('Fix the errors above, then start the preview again.');
  expect(`${result.stdout}${result.stderr}`).not.toMatch(/Stack trace|Location:/);
});
