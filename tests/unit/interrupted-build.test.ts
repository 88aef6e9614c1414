// A build stopped while Astro renders (Ctrl-C, a crash) leaves Astro's cache holding page copies
// newer than its record of them (src/cli/unfinished-astro.ts). Before, the builds after it
// restored those copies under the old keys: an edit undone since came back, on every other build.
// Each build after it must give the site a clean build gives.
import { spawn } from 'node:child_process';
import { cpSync, existsSync, readFileSync, rmSync, statSync } from 'node:fs';
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
  build('site', 'cache');

  editRule(book, 'computers/wifi.yaml', 'title: Free Wi-Fi', 'title: Free Wi-Fi from the stopped build');
  const stopped = spawn(process.execPath, [cli, 'build', '--dir', book, '--out', join(root, 'site')], {
    env: env('cache'),
    detached: true,
    stdio: 'ignore',
  });
  // Stopped (the whole process group, Astro included) once Astro has written its copy of the edited page.
  const copy = join(root, 'cache', 'dist', 'rules', 'wifi', 'index.html');
  const deadline = Date.now() + 120_000;
  while (!(existsSync(copy) && readFileSync(copy, 'utf8').includes('from the stopped build'))) {
    if (stopped.exitCode !== null || Date.now() > deadline)
      throw new Error('the build ended before Astro wrote its copy of the edited page');
    await sleep(5);
  }
  process.kill(-stopped.pid!, 'SIGKILL');
  await once(stopped, 'exit');
  // Stopped before Astro recorded its pages: otherwise this test shows nothing.
  expect(statSync(join(root, 'cache', 'incremental-build.json')).mtimeMs).toBeLessThan(statSync(copy).mtimeMs);

  editRule(book, 'computers/wifi.yaml', 'title: Free Wi-Fi from the stopped build', 'title: Free Wi-Fi');
  for (const round of [1, 2]) {
    build('site', 'cache');
    expect({ round, differing: sameAsClean() }).toEqual({ round, differing: [] });
  }
  rmSync(root, { recursive: true, force: true });
});
