// `npm start` serves until npm is stopped: a server whose parent (npm's shell) has ended stops too,
// instead of keeping the port. Real processes: a parent that starts the watcher, then is killed.
import { spawn } from 'node:child_process';
import { setTimeout as delay } from 'node:timers/promises';
import { pathToFileURL } from 'node:url';
import { resolve } from 'node:path';
import { afterEach, expect, it } from 'vitest';

const watcher = pathToFileURL(resolve('src/cli/parent-watch.ts')).href;
const started: number[] = [];

const alive = (pid: number) => {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
};

/** A parent process whose child runs `childCode`; resolves with both pids once the child runs. */
async function family(childCode: string): Promise<{ parent: number; child: number }> {
  // The child says "watching" once it watches; the parent passes that on with the child's pid.
  const parentCode = `
    const { spawn } = require('node:child_process');
    const child = spawn(process.execPath, ['--input-type=module', '-e', ${JSON.stringify(childCode)}], { stdio: ['ignore', 'pipe', 'inherit'] });
    child.stdout.once('data', () => process.stdout.write(child.pid + '\\n'));
    setInterval(() => {}, 1000);`;
  const parent = spawn(process.execPath, ['-e', parentCode], { stdio: ['ignore', 'pipe', 'inherit'] });
  started.push(parent.pid!);
  const child = await new Promise<number>((done) => parent.stdout!.once('data', (text: Buffer) => done(Number(text.toString().trim()))));
  started.push(child);
  return { parent: parent.pid!, child };
}

afterEach(() => {
  for (const pid of started.splice(0)) if (alive(pid)) process.kill(pid, 'SIGKILL');
});

async function endsWithin(pid: number, ms: number): Promise<boolean> {
  for (let waited = 0; waited < ms; waited += 50) {
    if (!alive(pid)) return true;
    await delay(50);
  }
  return !alive(pid);
}

it('stops a process once its parent is killed', async () => {
  const { parent, child } = await family(
    `import { whenParentEnds } from ${JSON.stringify(watcher)}; whenParentEnds(() => process.exit(0), 50); process.stdout.write('watching\\n'); setInterval(() => {}, 1000);`,
  );
  expect(alive(child)).toBe(true);
  process.kill(parent, 'SIGKILL');
  expect(await endsWithin(child, 5000)).toBe(true);
});

it('leaves it running while the parent runs', async () => {
  const { parent, child } = await family(
    `import { whenParentEnds } from ${JSON.stringify(watcher)}; whenParentEnds(() => process.exit(0), 50); process.stdout.write('watching\\n'); setInterval(() => {}, 1000);`,
  );
  await delay(400);
  expect(alive(parent)).toBe(true);
  expect(alive(child)).toBe(true);
});

it('stops a process whose parent ended before the watch began (npm stopped during the build of `start`)', async () => {
  const { parent, child } = await family(
    `import { whenParentEnds } from ${JSON.stringify(watcher)}; const under = process.ppid; await new Promise((done) => { const t = setInterval(() => { if (process.ppid !== under) { clearInterval(t); done(); } }, 20); process.stdout.write('watching\\n'); }); whenParentEnds(() => process.exit(0), 50); setInterval(() => {}, 1000);`,
  );
  process.kill(parent, 'SIGKILL');
  expect(await endsWithin(child, 5000)).toBe(true);
});
