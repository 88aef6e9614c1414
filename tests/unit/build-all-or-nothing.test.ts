// A build is all or nothing: killed part-way, it leaves the previous site exactly as it was (and
// the next build clears what it left behind); it never changes a policy file.
import { spawn, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, readdirSync, rmSync, statSync } from 'node:fs';
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

function build(): { status: number | null; stdout: string } {
  return spawnSync(process.execPath, ['src/cli/rules-clarity.ts', 'build', '--out', out], { encoding: 'utf8' });
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
