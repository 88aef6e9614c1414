// A site built into a folder beside the project whose name begins with the project's
// ("~/rules-clarity-site" beside "~/rules-clarity"): Astro took it for a folder inside the
// project, bundled the pages into it, and the build failed there (found by a new-user trial).
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, expect, it } from 'vitest';
import { passesForInside } from '../../src/cli/astro-working-folder.ts';
import { projectRoot } from '../../src/cli/site-steps.ts';

const root = projectRoot.replace(/[\\/]$/, '');
const beside = `${root}-site-${process.pid}`;
const runs = join(root, 'node_modules', '.cache', 'rules-clarity');

afterAll(() => rmSync(beside, { recursive: true, force: true }));

it('tells a folder beside the project that begins with its name from one inside it', () => {
  expect(passesForInside('/home/ana/rules-clarity', '/home/ana/rules-clarity-site')).toBe(true);
  expect(passesForInside('/home/ana/rules-clarity', '/home/ana/rules-clarity/dist')).toBe(false);
  expect(passesForInside('/home/ana/rules-clarity', '/home/ana/site')).toBe(false);
  expect(passesForInside('/home/ana/rules-clarity', '/home/ana/rules-clarity-sites/staff')).toBe(true);
});

it('builds into a folder beside the project whose name begins with the project name', () => {
  const result = spawnSync(process.execPath, ['src/cli/rules-clarity.ts', 'build', '--out', beside], { encoding: 'utf8', cwd: root });
  expect(result.stdout + result.stderr).not.toMatch(/Cannot find package/);
  expect(result.status).toBe(0);
  // The rule's file is named as its repository names it, not from the folder Astro ran in
  // ("node_modules/.cache/rules-clarity/astro-run-…/policies/…"; found by a new-user trial).
  expect(readFileSync(join(beside, 'rules', 'phone-calls', 'index.html'), 'utf8')).toContain(
    '<dt>File</dt><dd><code>policies/spaces/phone-calls.yaml</code>',
  );
  // Nothing of Astro's bundle is left in the site, nor the folder Astro ran from in the project.
  expect(existsSync(join(beside, '.prerender'))).toBe(false);
  expect(existsSync(runs) ? readdirSync(runs).filter((name) => name.startsWith(`astro-run-`)) : []).toEqual([]);
}, 180_000);
