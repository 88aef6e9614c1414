// Every staff page says which build it is, so a page shown from the offline copy says how old
// it is. The page is written before the build's version is known (the version is a hash of the
// built files), so the layout leaves this marker and the build replaces it (write.ts).

/** An HTML comment: without a build (`astro dev`) it shows nothing. */
export const BUILD_STAMP_MARKER = '<!--rules-clarity:build-stamp-->';

/** `Build 3f9a2c1d0e from 2026-11-27 11:55 UTC`; the page's script says "Offline copy of build" when the network is down. */
export function buildStamp(version: string, built: Date): string {
  const iso = built.toISOString();
  const shown = `${iso.slice(0, 10)} ${iso.slice(11, 16)} UTC`;
  return `<p class="build-stamp"><span id="build-label">Build</span> <code>${version}</code> from <time datetime="${iso}">${shown}</time></p>`;
}
