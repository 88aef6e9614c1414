// One address in front of the test builds: the browser sees one site (one origin, so one service
// worker and one offline copy) while the test points it at one build, then the next, or cuts it
// off as a dropped network would.
import { createServer, request as forward } from 'node:http';

export interface SwitchableHost {
  /** The host's origin with the upstream's path: where the browser opens the site. */
  url: string;
  /** Paths the host was asked for, in order. */
  requests: string[];
  /**
   * Serve this upstream from now on; `undefined` cuts every connection, as a dropped network
   * does; `'hang'` takes every request and never answers, as a network up but not reaching the
   * server does.
   */
  point(upstream: string | undefined | 'hang'): void;
  close(): Promise<void>;
}

export async function switchableHost(upstream: string): Promise<SwitchableHost> {
  let target: URL | undefined | 'hang' = new URL(upstream);
  const requests: string[] = [];
  const server = createServer((request, response) => {
    requests.push(request.url ?? '');
    if (target === 'hang') return;
    if (!target) {
      request.socket.destroy();
      return;
    }
    const upstreamRequest = forward(
      new URL(request.url ?? '/', target.origin),
      { method: request.method, headers: { ...request.headers, host: target.host } },
      (answer) => {
        response.writeHead(answer.statusCode ?? 502, answer.headers);
        answer.pipe(response);
      },
    );
    upstreamRequest.on('error', () => request.socket.destroy());
    request.pipe(upstreamRequest);
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return {
    url: `http://127.0.0.1:${port}${new URL(upstream).pathname}`,
    requests,
    point(next) {
      target = next === undefined || next === 'hang' ? next : new URL(next);
    },
    close: () =>
      new Promise((done) => {
        server.closeAllConnections();
        server.close(() => done());
      }),
  };
}
