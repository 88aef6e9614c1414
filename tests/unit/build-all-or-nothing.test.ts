// A build is all or nothing: killed part-way, it leaves the previous site exactly as it was (and
// the next build clears what it left behind); it never changes a policy file.
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
  expect(result.stderr).toMatch(/^rules-clarity: refusing to build into .*someones-files: it is not empty and is not a site built by rules-clarity/);
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
  expect(build(site).status).toBe(0);
  const before = tree(site);
  // What a kill between the renames leaves: the site moved aside by a process that is gone.
  renameSync(site, `${site}.old-999999`);
  const rebuilt = build(site, ['--dir', 'tests/fixtures/broken-book']);
  expect(rebuilt.status).toBe(1); // the check fails, so no new site: the old one must be back
  expect(tree(site)).toEqual(before);
});
