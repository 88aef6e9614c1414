// Every staff page: registers the offline worker (sw.js, at the edition's root so it covers every
// page), and says in the footer when the page is the offline copy and when this device has it.
const BASE = import.meta.env.BASE_URL.endsWith('/') ? import.meta.env.BASE_URL : `${import.meta.env.BASE_URL}/`;

export function startOffline(): void {
  const label = document.getElementById('build-label');
  const status = document.getElementById('offline-status');
  // The browser's own idea of the network, then a request it cannot answer from the offline copy
  // (the worker leaves HEAD requests to the network): a network that is up but not reaching the
  // site counts as down too.
  const show = async () => {
    let online = navigator.onLine;
    if (online)
      online = await fetch(location.href, { method: 'HEAD', cache: 'no-store' }).then(
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
  void navigator.serviceWorker.ready.then(() => {
    if (status) status.textContent = 'Saved on this device: search and the rules open without a network.';
  });
}
