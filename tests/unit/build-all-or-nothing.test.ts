// A build is all or nothing: killed part-way, it leaves the previous site exactly as it was (and
// the next build clears what it left behind); it never changes a policy file. One build at a
// time writes a folder, and a build removes only what a build made.
import { spawn, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, readdirSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, it } from 'vitest';

const out = 'tests/.tmp/all-or-nothing-site';

function tree(dir: string): Record<string, string> {
  const files: Record<string, string> = {};
  for (const name of (readdirSync(dir, { recursive: true }) as string[]).sort()) {
    const path = join(dir, name);
    if (statSync(path).isFile()) files[name] = createHash('sha256').update(readFileSync(path)).digest('hex');
  }
  return files;
}

function build(target = out, extra: string[] = []): { status: number | null; stdout: string } {
  return spawnSync(process.execPath, ['src/cli/rules-clarity.ts', 'build', '--out', target, ...extra], { encoding: 'utf8' });
}

it('a build killed part-way leaves the previous site as it was; policies are never touched', async () => {
  rmSync(out, { recursive: true, force: true });
  const policiesBefore = tree('policies');
  expect(build().status).toBe(0);
  const siteBefore = tree(out);
  expect(Object.keys(siteBefore)).toContain('rules/phone-calls/index.html');

  // Start another build and kill it (with the Astro build it started) once it is writing.
  const child = spawn(process.execPath, ['src/cli/rules-clarity.ts', 'build', '--out', out], { detached: true, stdio: 'ignore' });
  const building = `${out.split('/').pop()}.building-${child.pid}`;
  const deadline = Date.now() + 60_000;
  while (!existsSync(join('tests/.tmp', building, 'rules')) && Date.now() < deadline) await new Promise((done) => setTimeout(done, 50));
  expect(existsSync(join('tests/.tmp', building))).toBe(true);
  process.kill(-child.pid!, 'SIGKILL');
  await new Promise((done) => child.once('exit', done));

  expect(tree(out)).toEqual(siteBefore);

  // The next build completes and clears the abandoned folder.
  expect(build().status).toBe(0);
  expect(readdirSync('tests/.tmp').filter((name) => name.startsWith('all-or-nothing-site.'))).toEqual([]);
  expect(tree('policies')).toEqual(policiesBefore);
}, 180_000);

it('refuses to build into a folder it did not build, and leaves that folder alone', () => {
  const mine = 'tests/.tmp/someones-files';
  rmSync(mine, { recursive: true, force: true });
  mkdirSync(mine, { recursive: true });
  writeFileSync(join(mine, 'thesis.docx'), 'years of work');
  const result = spawnSync(process.execPath, ['src/cli/rules-clarity.ts', 'build', '--out', mine], { encoding: 'utf8' });
  expect(result.status).toBe(2);
  expect(result.stderr).toMatch(
    /^rules-clarity: refusing to build into .*someones-files: it is not empty and is not a site built by rules-clarity/,
  );
  expect(readFileSync(join(mine, 'thesis.docx'), 'utf8')).toBe('years of work');
  for (const out of ['.', 'policies', 'policies/spaces']) {
    const refused = spawnSync(process.execPath, ['src/cli/rules-clarity.ts', 'build', '--out', out], { encoding: 'utf8' });
    expect(refused.status, out).toBe(2);
    expect(refused.stderr).toMatch(/refusing to build into .*: it holds the project or the rule book/);
  }
});

it('puts the previous site back when a build died between the two renames of the swap', () => {
  const site = 'tests/.tmp/swap-site';
  rmSync(site, { recursive: true, force: true });
  rmSync(`${site}.old-999999`, { recursive: true, force: true });
  rmSync(`${site}.lock`, { recursive: true, force: true });
  expect(build(site).status).toBe(0);
  const before = tree(site);
  // What a kill between the renames leaves: the site moved aside by a process that is gone, and
  // that process's lock, whose record names the folders it made.
  renameSync(site, `${site}.old-999999`);
  mkdirSync(`${site}.lock`);
  writeFileSync(
    `${site}.lock/owner.json`,
    JSON.stringify({
      pid: 999999,
      started: '2026-11-27T09:00:00.000Z',
      building: 'swap-site.building-999999',
      old: 'swap-site.old-999999',
    }),
  );
  const rebuilt = build(site, ['--dir', 'tests/fixtures/broken-book']);
  expect(rebuilt.status).toBe(1); // the check fails, so no new site: the old one must be back
  expect(tree(site)).toEqual(before);
});

it('two builds of one folder at once: one builds it, the other stops and says why', async () => {
  const site = 'tests/.tmp/busy-site';
  rmSync(site, { recursive: true, force: true });
  const start = () => {
    const child = spawn(process.execPath, ['src/cli/rules-clarity.ts', 'build', '--out', site, '--dir', 'tests/fixtures/warnings-only'], {
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    return new Promise<{ status: number | null; output: string }>((done) => child.once('close', (status) => done({ status, output })));
  };
  const results = await Promise.all([start(), start()]);
  const built = results.filter((result) => result.status === 0);
  const stopped = results.filter((result) => result.status !== 0);
  expect(built, results.map((result) => result.output).join('\n---\n')).toHaveLength(1);
  expect(stopped).toHaveLength(1);
  expect(stopped[0]!.status).toBe(1);
  expect(stopped[0]!.output).toMatch(
    /^Another build \(process \d+, started \S+\) is writing tests\/\.tmp\/busy-site\/ right now\. Wait for it to finish, then build again\. If no build is running, delete tests\/\.tmp\/busy-site\.lock\/ and build again\.\n$/,
  );
  expect(Object.keys(tree(site))).toContain('rules/overdue-review/index.html');
  // Nothing is left beside the site: no lock, no half-built or old folder.
  expect(readdirSync('tests/.tmp').filter((name) => name.startsWith('busy-site.'))).toEqual([]);
}, 180_000);

it('never removes a folder beside the output that no build made, however it is named', () => {
  const site = 'tests/.tmp/neighbours-site';
  const theirs = ['old-foo', 'old-12345', 'building-4242'].map((suffix) => `${site}.${suffix}`);
  for (const folder of [site, ...theirs]) rmSync(folder, { recursive: true, force: true });
  for (const folder of theirs) {
    mkdirSync(folder, { recursive: true });
    writeFileSync(join(folder, 'keep.txt'), 'my copy');
  }
  expect(build(site, ['--dir', 'tests/fixtures/warnings-only']).status).toBe(0);
  expect(build(site, ['--dir', 'tests/fixtures/warnings-only']).status).toBe(0);
  for (const folder of theirs) expect(readFileSync(join(folder, 'keep.txt'), 'utf8'), folder).toBe('my copy');
}, 180_000);
