// Every staff page: registers the offline worker (sw.js, at the edition's root so it covers every
// page), and says in the footer when the page is the offline copy and when this device has it.
import { NETWORK_TIMEOUT_MS } from '../lib/offline/network-timeout.ts';

const BASE = import.meta.env.BASE_URL.endsWith('/') ? import.meta.env.BASE_URL : `${import.meta.env.BASE_URL}/`;

export function startOffline(): void {
  const label = document.getElementById('build-label');
  const status = document.getElementById('offline-status');
  // The browser's own idea of the network, then a request it cannot answer from the offline copy
  // (the worker leaves HEAD requests to the network): a network that is up but not reaching the
  // site counts as down too, and so does one that hangs (Wi-Fi up, the server out of reach) once
  // the worker would stop waiting for it: the footer had said "Build" for ever (found by a desk trial).
  const show = async () => {
    let online = navigator.onLine;
    if (online)
      online = await fetch(location.href, { method: 'HEAD', cache: 'no-store', signal: AbortSignal.timeout(NETWORK_TIMEOUT_MS) }).then(
        () => true,
        () => false,
      );
    if (label) label.textContent = online ? 'Build' : 'Offline copy of build';
  };
  addEventListener('online', () => void show());
  addEventListener('offline', () => void show());
  void show();
  if (!('serviceWorker' in navigator)) return;
  navigator.serviceWorker.register(`${BASE}sw.js`, { scope: BASE }).catch(() => {
    // No sw.js under `astro dev` (the build writes it); private windows and some managed
    // browsers refuse workers. The site works as before, online.
  });
  // A worker is ready once one is active, maybe an older build's while this one is saved behind
  // it: the page had said "Saved" of a build the device did not have yet (found by a desk trial).
  // Asked again every 2 s for five minutes: a site half-way through an upload is not saved until
  // a later visit (service-worker.ts), and the page does not ask for ever.
  const tell = async (tries = 150): Promise<void> => {
    if (!status) return;
    if (await savedHere(build())) {
      status.textContent = 'Saved on this device: search and the rules open without a network.';
      return;
    }
    status.textContent =
      tries > 0 ? 'Saving this build on this device…' : 'This build is not saved on this device yet: it is tried again at the next visit.';
    if (tries > 0) setTimeout(() => void tell(tries - 1), 2000);
  };
  void navigator.serviceWorker.ready.then(() => tell());
}

/** The build this page is of, as its footer says. */
function build(): string {
  return document.querySelector('.build-stamp code')?.textContent ?? '';
}

/** Whether this device holds the whole offline copy of `version` (its manifest is written last). */
async function savedHere(version: string): Promise<boolean> {
  if (!('caches' in window)) return false;
  const name = `rules-clarity offline ${new URL(BASE, location.href).href} ${version}`;
  if (!(await caches.has(name))) return false;
  return (await (await caches.open(name)).match(new URL(`${BASE}offline.json`, location.href).href)) !== undefined;
}
