import { createServer } from 'node:net';
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
  } finally {
    blocker.close();
  }
});
