// A replaced site leaves its place at once and the disk soon after, without the build waiting.
import { existsSync, mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { discardFolder, discardFolders, emptyTrash } from '../../src/cli/discard-folder.ts';

const base = 'tests/.tmp/discard';

async function gone(path: string): Promise<boolean> {
  for (let waited = 0; waited < 20_000; waited += 100) {
    if (!existsSync(path)) return true;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return false;
}

function site(path: string): void {
  for (let page = 0; page < 50; page++) {
    mkdirSync(join(path, 'rules', `rule-${page}`), { recursive: true });
    writeFileSync(join(path, 'rules', `rule-${page}`, 'index.html'), '<p>old site</p>');
  }
}

it('a discarded site is gone from beside the output at once, and from the disk soon after', async () => {
  rmSync(base, { recursive: true, force: true });
  const old = join(base, 'dist.old-1');
  const trash = join(base, 'trash');
  site(old);
  discardFolder(old, trash);
  expect(existsSync(old)).toBe(false);
  expect(await gone(trash + '/' + (readdirSync(trash)[0] ?? 'none'))).toBe(true);
});

it('many folders go at once, to one place in the trash', async () => {
  rmSync(base, { recursive: true, force: true });
  const trash = join(base, 'trash');
  const folders = [0, 1, 2].map((at) => join(base, `site-${at}`));
  for (const folder of folders) site(folder);
  discardFolders(folders, trash);
  expect(folders.filter((folder) => existsSync(folder))).toEqual([]);
  expect(readdirSync(trash)).toHaveLength(1);
  expect(await gone(join(trash, readdirSync(trash)[0]!))).toBe(true);
});

it('the next build deletes what a killed remover left in the trash, but not what a running build put there', async () => {
  rmSync(base, { recursive: true, force: true });
  const trash = join(base, 'trash');
  const dead = join(trash, '999999-1'); // no such process
  const running = join(trash, `${process.pid}-1`); // this process: a build still under way
  site(dead);
  site(running);
  emptyTrash(trash);
  expect(await gone(dead)).toBe(true);
  expect(existsSync(running)).toBe(true);
});
