// The staff edition's offline worker. The build writes it out as sw.js (src/lib/offline/write.ts)
// from these functions' own source text, so `offlineWorker` may use nothing from outside itself
// but `inScope` and `pathIn`, which are written out beside it. It runs in the browser's service
// worker scope; the types below describe the little of that scope it uses.

/** What the build tells the worker (written into sw.js). */
export interface WorkerConfig {
  /** The build's version: a hash of every file the worker may keep. */
  version: string;
  /** The manifest's path from the edition's root. */
  manifest: string;
  /** How long a request waits for the network before a kept copy answers (network-timeout.ts). */
  networkTimeoutMs: number;
}

/** offline.json: written by the build next to sw.js, fetched by the worker when it installs. */
export interface OfflineManifest {
  version: string;
  /** When the build ran (ISO 8601). */
  built: string;
  /** Every file the worker may keep, by its path from the edition's root (`` is the home page,
   *  `rules/x/` a rule page), with a hash of its contents. */
  files: Record<string, string>;
  /** The paths fetched when the worker installs; the others are kept once visited. */
  precache: string[];
  /** The page shown for a page that is not kept, when the network is down. */
  fallback: string;
}

interface ExtendableEvent extends Event {
  waitUntil(promise: Promise<unknown>): void;
}
interface FetchEvent extends ExtendableEvent {
  request: Request;
  respondWith(response: Promise<Response>): void;
}
interface WorkerScope {
  registration: { scope: string };
  location: { href: string };
  clients: { claim(): Promise<void> };
  skipWaiting(): Promise<void>;
  addEventListener(type: 'install' | 'activate', listener: (event: ExtendableEvent) => void): void;
  addEventListener(type: 'fetch', listener: (event: FetchEvent) => void): void;
}

/**
 * Whether the worker answers (and may keep) a request: a GET of this origin, inside the edition's
 * folder. Anything else, another origin above all, goes to the network untouched and is never kept.
 */
export function inScope(url: string, method: string, scope: string): boolean {
  if (method !== 'GET') return false;
  let target: URL;
  try {
    target = new URL(url);
  } catch {
    return false;
  }
  const root = new URL(scope);
  return target.origin === root.origin && target.pathname.startsWith(root.pathname);
}

/** A request's path from the edition's root, without query or fragment: the manifest's key. */
export function pathIn(url: string, scope: string): string {
  return new URL(url).pathname.slice(new URL(scope).pathname.length);
}

export function offlineWorker(config: WorkerConfig): void {
  const worker = self as unknown as WorkerScope;
  const scope = worker.registration.scope;
  // Several sites may share an origin (an intranet with two rule guides): each keeps its own caches.
  const prefix = `rules-clarity offline ${scope} `;
  const current = `${prefix}${config.version}`;
  const manifestUrl = new URL(config.manifest, scope).href;
  const TOO_SLOW = 'network too slow';
  // Files whose name holds a hash of their contents never change: kept copies answer at once.
  const IMMUTABLE = /^(?:_astro\/|pagefind\/(?:fragment|index|filter)\/|pagefind\/pagefind\.[^/]+\.pf_meta$)/;
  // How many files are fetched at a time while installing.
  const PARALLEL = 6;
  // A network that kept a file waiting too long once likely still does (Wi-Fi up, the server out
  // of reach): for this long kept copies of the files a page loads answer at once, and the
  // network is only asked behind them. A search's half-dozen files had each waited 4 s in turn, 20 s in all (found by a desk trial).
  const SLOW_NETWORK_MS = 30_000;
  let slowUntil = 0;
  let manifest: Promise<OfflineManifest | undefined> | undefined;

  const urlOf = (path: string) => new URL(path, scope).href;

  async function readManifest(cache: Cache): Promise<OfflineManifest | undefined> {
    const response = await cache.match(manifestUrl);
    return response ? ((await response.json()) as OfflineManifest) : undefined;
  }

  function currentManifest(): Promise<OfflineManifest | undefined> {
    manifest ??= caches.open(current).then(readManifest);
    return manifest;
  }

  /** Copies what an older build kept and this one did not change, so an update fetches only what changed. */
  async function carryOver(cache: Cache, files: Record<string, string>): Promise<void> {
    for (const name of await caches.keys()) {
      if (!name.startsWith(prefix) || name === current) continue;
      const old = await caches.open(name);
      const before = await readManifest(old);
      if (!before) continue;
      for (const request of await old.keys()) {
        const path = pathIn(request.url, scope);
        if (request.url === manifestUrl || files[path] === undefined || files[path] !== before.files[path]) continue;
        const response = await old.match(request);
        if (response && !(await cache.match(request))) await cache.put(request, response);
      }
    }
  }

  async function install(): Promise<void> {
    const response = await fetch(manifestUrl, { cache: 'no-cache' });
    if (!response.ok) throw new Error(`offline manifest: HTTP ${response.status}`);
    const next = (await response.clone().json()) as OfflineManifest;
    // A site half-way through being uploaded: try again at the next visit.
    if (next.version !== config.version) throw new Error(`offline manifest is of build ${next.version}, not ${config.version}`);
    const cache = await caches.open(current);
    await carryOver(cache, next.files);
    const missing: string[] = [];
    for (const path of next.precache) if (!(await cache.match(urlOf(path)))) missing.push(path);
    const fetchOne = async (): Promise<void> => {
      for (let path = missing.pop(); path !== undefined; path = missing.pop()) {
        const file = await fetch(urlOf(path), { cache: 'no-cache' });
        if (!file.ok) throw new Error(`${path}: HTTP ${file.status}`);
        await cache.put(urlOf(path), file);
      }
    };
    await Promise.all(Array.from({ length: PARALLEL }, fetchOne));
    // Written last: a cache with its manifest is complete.
    await cache.put(manifestUrl, response);
    await worker.skipWaiting();
  }

  async function activate(): Promise<void> {
    for (const name of await caches.keys()) if (name.startsWith(prefix) && name !== current) await caches.delete(name);
    await worker.clients.claim();
  }

  function withTimeout(response: Promise<Response>, milliseconds: number | undefined): Promise<Response> {
    if (milliseconds === undefined) return response;
    return Promise.race([response, new Promise<Response>((_, fail) => setTimeout(() => fail(new Error(TOO_SLOW)), milliseconds))]);
  }

  async function answer(request: Request): Promise<Response> {
    const path = pathIn(request.url, scope);
    const cache = await caches.open(current);
    // The query is the search page's (?q=…) or Pagefind's cache-buster: the file is the same.
    const kept = await cache.match(request, { ignoreSearch: true, ignoreVary: true });
    if (kept && IMMUTABLE.test(path)) return kept;
    const fromNetwork = async (): Promise<Response> => {
      const response = await fetch(request);
      slowUntil = 0;
      // Keep what this build lists (a page once visited stays available): nothing else, and
      // only whole answers of this origin.
      const files = (await currentManifest())?.files;
      if (response.ok && response.type === 'basic' && files?.[path] !== undefined) {
        await cache.put(urlOf(path), response.clone());
      }
      return response;
    };
    // Not a page itself: its footer asks the network on its own, and would say "Build" of a saved
    // copy answered at once while the network came back (found by a review).
    if (kept && request.mode !== 'navigate' && Date.now() < slowUntil) {
      fromNetwork().catch(() => {});
      return kept;
    }
    try {
      return await withTimeout(fromNetwork(), kept ? config.networkTimeoutMs : undefined);
    } catch (error) {
      if (error instanceof Error && error.message === TOO_SLOW) slowUntil = Date.now() + SLOW_NETWORK_MS;
      if (kept) return kept;
      if (request.mode === 'navigate') {
        const manifest = await currentManifest();
        // A page this build does not have is not one the network would give either: "not found",
        // not "not saved" (a mistyped address, with the network down).
        // Only a page address, and only by the manifest of the build this worker serves (a newer
        // build may have the page, and feeds and such are not kept at all).
        const isPage = path === '' || path.endsWith('/') || path.endsWith('.html');
        if (
          manifest?.version === config.version &&
          isPage &&
          ![path, path.replace(/index\.html$/, '')].some((form) => manifest.files[form] !== undefined)
        ) {
          const notFound = await cache.match(urlOf('404.html'));
          if (notFound) return new Response(notFound.body, { status: 404, statusText: 'Not Found', headers: notFound.headers });
        }
        const page = manifest === undefined ? undefined : await cache.match(urlOf(manifest.fallback));
        if (page) return page;
      }
      throw error;
    }
  }

  worker.addEventListener('install', (event) => event.waitUntil(install()));
  worker.addEventListener('activate', (event) => event.waitUntil(activate()));
  worker.addEventListener('fetch', (event) => {
    const { request } = event;
    if (!inScope(request.url, request.method, scope)) return;
    // The worker and its manifest are the browser's to update: always from the network.
    if (request.url.split('?')[0] === worker.location.href || request.url.split('?')[0] === manifestUrl) return;
    event.respondWith(answer(request));
  });
}
