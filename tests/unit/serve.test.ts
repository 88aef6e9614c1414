import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { runCli } from '../helpers/run-cli.ts';

it('says at once, before building, when the port is taken, and how to choose another', async () => {
  const blocker = createServer();
  await new Promise<void>((done) => blocker.listen(0, '127.0.0.1', () => done()));
  const port = (blocker.address() as { port: number }).port;
  try {
    const started = Date.now();
    const result = runCli(['start', '--port', String(port)]);
    expect(result.status).toBe(2);
    expect(result.stderr).toBe(
      `rules-clarity: port ${port} on 127.0.0.1 is already in use (another server, or an earlier \`npm start\`?). Stop it, or choose another port: npm start -- --port ${port + 100}\n`,
    );
    expect(result.stdout).toBe('');
    expect(Date.now() - started).toBeLessThan(15_000); // no build was run first
    // The hint repeats the command and its options: `npm start` would rebuild and serve the staff edition.
    const site = mkdtempSync(join(tmpdir(), 'rules-clarity-served-'));
    try {
      const serve = runCli(['serve', '--edition', 'public', '--out', site, '--port', String(port)]);
      expect(serve.stderr).toBe(
        `rules-clarity: port ${port} on 127.0.0.1 is already in use (another server, or an earlier \`npm start\`?). Stop it, or choose another port: npm run serve -- --out ${site} --edition public --port ${port + 100}\n`,
      );
    } finally {
      rmSync(site, { recursive: true, force: true });
    }
  } finally {
    blocker.close();
  }
});

it('serves a site built with --out, and says how to build one that is not there (found by a new-user trial)', async () => {
  const missing = runCli(['serve', '--out', '/tmp/rules-clarity-no-such-site', '--edition', 'public']);
  expect(missing.status).toBe(2);
  expect(missing.stderr).toBe(
    'rules-clarity: the public edition is not built yet in /tmp/rules-clarity-no-such-site: run `npm run build -- --out /tmp/rules-clarity-no-such-site --edition public` first, or `npm start -- --out /tmp/rules-clarity-no-such-site --edition public`\n',
  );

  const site = mkdtempSync(join(tmpdir(), 'rules-clarity-served-'));
  writeFileSync(join(site, 'index.html'), '<!DOCTYPE html><title>Oak Town Library</title>');
  const child = spawn(process.execPath, ['src/cli/rules-clarity.ts', 'serve', '--out', site, '--port', '0'], {
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  try {
    const url = await new Promise<string>((found, fail) => {
      let output = '';
      child.stdout.on('data', (chunk: Buffer) => {
        output += chunk.toString();
        const address = /http:\/\/127\.0\.0\.1:\d+\//.exec(output)?.[0];
        if (address) found(address);
      });
      child.once('exit', () => fail(new Error(`ended before serving: ${output}`)));
    });
    await expect((await fetch(url)).text()).resolves.toContain('Oak Town Library');
  } finally {
    child.kill();
    rmSync(site, { recursive: true, force: true });
  }
});

/** Starts `serve` with `args` and resolves with what it printed up to the address it serves. */
async function servedBanner(args: string[]): Promise<{ banner: string; stop: () => void }> {
  const child = spawn(process.execPath, ['src/cli/rules-clarity.ts', 'serve', ...args, '--port', '0'], {
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const banner = await new Promise<string>((found, fail) => {
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      if (/http:\/\/127\.0\.0\.1:\d+\//.test(output)) found(output);
    });
    child.once('exit', () => fail(new Error(`ended before serving: ${output}`)));
  });
  return { banner, stop: () => child.kill() };
}

it('names the edition the folder holds, not the default one (found by a translator trial: a public site was "the staff edition")', async () => {
  const site = mkdtempSync(join(tmpdir(), 'rules-clarity-served-'));
  writeFileSync(join(site, 'index.html'), '<!DOCTYPE html><title>Oak Town Library</title>');
  writeFileSync(join(site, 'updates.xml'), '<feed xmlns="http://www.w3.org/2005/Atom"></feed>');
  try {
    const plain = await servedBanner(['--out', site]);
    plain.stop();
    expect(plain.banner).toMatch(/^Serving the public edition at /);

    const misnamed = await servedBanner(['--out', site, '--edition', 'staff']);
    misnamed.stop();
    expect(misnamed.banner.startsWith(`${site} holds the public edition, not the staff one.\nServing the public edition at `)).toBe(true);
  } finally {
    rmSync(site, { recursive: true, force: true });
  }
});
