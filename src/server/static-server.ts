import { createReadStream } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import { createServer, type Server, type ServerResponse } from 'node:http';
import { pipeline } from 'node:stream';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { headersFor, parseHeadersFile } from '../lib/security-headers.ts';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json',
  '.xml': 'application/xml',
  '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.wasm': 'application/wasm',
  '.pagefind': 'application/octet-stream',
  '.pf_meta': 'application/octet-stream',
  '.pf_index': 'application/octet-stream',
  '.pf_fragment': 'application/octet-stream',
  '.pf_filter': 'application/octet-stream',
};

/** Streams a file; a file removed mid-way (a rebuild swapping the site) ends the response, not the server. */
function send(file: string, response: ServerResponse): void {
  pipeline(createReadStream(file), response, () => {});
}

export interface StaticServer {
  url: string;
  server: Server;
  close(): Promise<void>;
}

/**
 * Serves a built site folder the way a static host does: `/a/` → `/a/index.html`, 404.html for
 * unknown paths, and the headers of the site's `_headers` file (its CSP and security headers).
 * Listens on 127.0.0.1 only. With `basePath` (`/rules/`), the site answers under that path only, as
 * on a GitHub Pages project site, and `/` leads there.
 */
export async function serveStatic(root: string, options: { port?: number; basePath?: string } = {}): Promise<StaticServer> {
  const base = resolve(root);
  // Compared with the decoded path asked for: a folder given as an address has it ("/gu%C3%ADa/").
  const prefix = decodedPath(options.basePath ?? '/').replace(/\/*$/, '/');
  if (!prefix.startsWith('/')) throw new Error(`basePath starts with "/" (got "${options.basePath}")`);
  // The site's own `_headers` file (written by the build), applied as Netlify or Cloudflare would.
  const rules = parseHeadersFile(await readFile(join(base, '_headers'), 'utf8').catch(() => ''));
  const server = createServer(async (request, response) => {
    let headers: Record<string, string> = {};
    try {
      // Prefixed, not resolved: '//x' is a path here, not another host.
      const requested = decodeURIComponent(new URL(`http://localhost${request.url ?? '/'}`).pathname);
      if (!`${requested}/`.startsWith(prefix)) {
        if (requested === '/') response.writeHead(302, { location: encodeURI(prefix) }).end();
        else response.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' }).end(`Not found: the site is at ${prefix}`);
        return;
      }
      if (requested.length < prefix.length) {
        response.writeHead(301, { location: encodeURI(prefix) }).end();
        return;
      }
      const path = `/${requested.slice(prefix.length)}`;
      headers = headersFor(rules, path);
      let file = normalize(join(base, path));
      if (file !== base && !file.startsWith(base + sep)) throw new Error('outside the site');
      let info = await stat(file).catch(() => undefined);
      if (info?.isDirectory()) {
        if (!path.endsWith('/')) {
          // One leading slash only: `//host/` would send the browser to another site.
          response.writeHead(301, { ...headers, location: `${prefix}${path.replace(/^\/+/, '')}/` }).end();
          return;
        }
        file = join(file, 'index.html');
        info = await stat(file).catch(() => undefined);
      }
      if (!info?.isFile() || file === join(base, '_headers')) {
        file = join(base, '404.html');
        info = await stat(file).catch(() => undefined);
        response.writeHead(404, { ...headers, 'content-type': TYPES['.html']! });
        if (info?.isFile()) send(file, response);
        else response.end('Not found');
        return;
      }
      response.writeHead(200, {
        ...headers,
        'content-type': TYPES[extname(file)] ?? 'application/octet-stream',
        'content-length': info.size,
      });
      if (request.method === 'HEAD') response.end();
      else send(file, response);
    } catch {
      // Once the answer has begun, a failure (the browser gone: piping into a closed response
      // throws) ends that answer; thrown from here it would stop the whole server.
      if (response.headersSent) response.destroy();
      else response.writeHead(400, headers).end('Bad request');
    }
  });
  await new Promise<void>((done, fail) => {
    server.once('error', fail);
    server.listen(options.port ?? 0, '127.0.0.1', () => done());
  });
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return {
    url: `http://127.0.0.1:${port}${prefix}`,
    server,
    close: () =>
      new Promise((done) => {
        server.closeAllConnections();
        server.close(() => done());
      }),
  };
}

function decodedPath(path: string): string {
  try {
    return decodeURI(path);
  } catch {
    return path;
  }
}
