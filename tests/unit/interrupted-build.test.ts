// A build stopped while Astro renders (Ctrl-C, a crash) leaves pages newer than Astro's record of
// them (src/cli/unfinished-astro.ts). Once, Astro's cache kept a copy of each, and the builds after
// it restored those copies under the old keys: an edit undone since came back, on every other
// build. The build no longer lets Astro keep copies (astro-page-copies.ts), nor a content store
// (astro-cache-dir.ts). Each build after a stopped one must give the site a clean build gives.
import { spawn } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { once } from 'node:events';
import { setTimeout as sleep } from 'node:timers/promises';
import { join, resolve } from 'node:path';
import { expect, it } from 'vitest';
import { editRule, siteFiles } from '../helpers/book-edits.ts';
import { runCli } from '../helpers/run-cli.ts';

const root = resolve('tests/.tmp/interrupted-build');
const book = join(root, 'policies');
const cli = resolve('src/cli/rules-clarity.ts');
// A fixed build date makes two builds of the same rules the same to the byte (see spare-site.test.ts).
const env = (cache: string) => ({
  ...process.env,
  NO_COLOR: '1',
  RULES_CACHE_DIR: join(root, cache),
  SOURCE_DATE_EPOCH: '1795824000',
  CI: '',
});

function build(out: string, cache: string): void {
  const result = runCli(['build', '--dir', book, '--out', join(root, out)], { env: env(cache) });
  if (result.status !== 0) throw new Error(`${result.stdout}${result.stderr}`);
}

function sameAsClean(): string[] {
  rmSync(join(root, 'clean'), { recursive: true, force: true });
  rmSync(join(root, 'clean-cache'), { recursive: true, force: true });
  build('clean', 'clean-cache');
  const site = siteFiles(join(root, 'site'));
  const clean = siteFiles(join(root, 'clean'));
  expect([...site.keys()].sort()).toEqual([...clean.keys()].sort());
  return [...clean].filter(([path, bytes]) => !site.get(path)!.equals(bytes)).map(([path]) => path);
}

it('after a build stopped while Astro renders, each build gives the same site as a clean build', { timeout: 400_000 }, async () => {
  rmSync(root, { recursive: true, force: true });
  cpSync('policies', book, { recursive: true });
  // Twice: the second build keeps the first site as its spare, as at a desk.
  build('site', 'cache');
  // What an older version of the tool left: `astro build` given this cache would copy it back.
  mkdirSync(join(root, 'cache', 'dist', 'rules', 'wifi'), { recursive: true });
  writeFileSync(join(root, 'cache', 'dist', 'rules', 'wifi', 'index.html'), 'a copy from an older build');
  // And a content store of Astro's own sync, which the build skips: never updated, it would only
  // be bundled into every build.
  writeFileSync(join(root, 'cache', 'data-store.json'), JSON.stringify({ rules: 'a store from an older build' }));
  build('site', 'cache');
  expect(existsSync(join(root, 'cache', 'dist')), 'Astro kept copies of the pages in its cache').toBe(false);
  expect(existsSync(join(root, 'cache', 'data-store.json')), 'Astro synced its content store, or an old one stayed').toBe(false);

  editRule(book, 'computers/wifi.yaml', 'title: Free Wi-Fi', 'title: Free Wi-Fi from the stopped build');
  const stopped = spawn(process.execPath, [cli, 'build', '--dir', book, '--out', join(root, 'site')], {
    env: env('cache'),
    detached: true,
    stdio: 'ignore',
  });
  // Stopped (the whole process group, Astro included) once Astro has written the edited page into
  // the folder it builds in (build-lock.ts names it).
  const page = join(root, `site.building-${stopped.pid}`, 'rules', 'wifi', 'index.html');
  const deadline = Date.now() + 120_000;
  while (!(existsSync(page) && readFileSync(page, 'utf8').includes('from the stopped build'))) {
    if (stopped.exitCode !== null || Date.now() > deadline) throw new Error('the build ended before Astro wrote the edited page');
    await sleep(5);
  }
  process.kill(-stopped.pid!, 'SIGKILL');
  await once(stopped, 'exit');
  // Stopped before Astro recorded its pages: otherwise this test shows nothing.
  expect(statSync(join(root, 'cache', 'incremental-build.json')).mtimeMs).toBeLessThan(statSync(page).mtimeMs);

  editRule(book, 'computers/wifi.yaml', 'title: Free Wi-Fi from the stopped build', 'title: Free Wi-Fi');
  for (const round of [1, 2]) {
    build('site', 'cache');
    expect({ round, differing: sameAsClean() }).toEqual({ round, differing: [] });
  }
  rmSync(root, { recursive: true, force: true });
});
