// Every staff page says which build it is, so a page shown from the offline copy says how old
// it is. The page is written before the build's version is known (the version is a hash of the
// built files), so the layout leaves this marker and the build replaces it (write.ts).

/** An HTML comment: without a build (`astro dev`) it shows nothing. */
export const BUILD_STAMP_MARKER = '<!--rules-clarity:build-stamp-->';

/** How many hex digits of the build's version a stamp shows. */
export const VERSION_LENGTH = 10;

/**
 * What the layout writes: the marker, padded to the length of a stamp, so that the build writes
 * the stamp over it in place. Rewriting 10,414 pages whole took 2.6-5 s here, most of it the file
 * system freeing the old blocks; writing 160 bytes into each, 0.3 s.
 */
export const BUILD_STAMP_PLACE = padded(BUILD_STAMP_MARKER, buildStamp('0'.repeat(VERSION_LENGTH), new Date(0)).length);

function padded(marker: string, length: number): string {
  const end = '-->';
  const start = marker.slice(0, -end.length);
  return `${start}${'.'.repeat(Math.max(0, length - marker.length))}${end}`;
}

/**
 * A stamp an earlier build wrote: a page the next build keeps from the site it replaced
 * (src/cli/spare-site.ts) carries it where the marker was. Its quotes cannot come from a rule's
 * text, which the page escapes.
 */
export const EARLIER_BUILD_STAMP =
  /<p class="build-stamp"><span id="build-label">Build<\/span> <code>[0-9a-f]+<\/code> from <time datetime="[0-9TZ:.+-]+">[0-9 :-]+ UTC<\/time><\/p>/;

/** `Build 3f9a2c1d0e from 2026-11-27 11:55 UTC`; the page's script says "Offline copy of build" when the network is down. */
export function buildStamp(version: string, built: Date): string {
  const iso = built.toISOString();
  const shown = `${iso.slice(0, 10)} ${iso.slice(11, 16)} UTC`;
  return `<p class="build-stamp"><span id="build-label">Build</span> <code>${version}</code> from <time datetime="${iso}">${shown}</time></p>`;
}
