// The build's lock on its output folder, as a second build started at the same moment sees it.
import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, expect, it } from 'vitest';
import { lockOutput } from '../../src/cli/build-lock.ts';

const root = mkdtempSync(join(tmpdir(), 'rules-clarity-lock-'));
afterEach(() => rmSync(root, { recursive: true, force: true }));

it('names the build that holds the lock even when it took the lock a moment ago and has not said so yet', async () => {
  const target = join(root, 'site');
  // The holder has made the lock folder; its record comes 50 ms later, from another process.
  mkdirSync(`${target}.lock`, { recursive: true });
  const record = JSON.stringify({ pid: process.pid, started: '2026-11-27T09:00:00.000Z', building: 'site.building-1', old: 'site.old-1' });
  const script = `process.stdout.write('ready'); setTimeout(() => require('node:fs').writeFileSync(process.argv[1], process.argv[2]), 50)`;
  const writer = spawn(process.execPath, ['-e', script, join(`${target}.lock`, 'owner.json'), record]);
  await new Promise((ready) => writer.stdout.once('data', ready));
  const result = lockOutput(target);
  await new Promise((done) => writer.once('close', done));
  expect(result.ok).toBe(false);
  expect(!result.ok && result.message).toMatch(
    new RegExp(`^Another build \\(process ${process.pid}, started 2026-11-27T09:00:00.000Z\\) is writing `),
  );
});
