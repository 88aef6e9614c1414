// Which built files the offline worker keeps, and which of them it fetches as soon as it
// installs. Pure: the build (write.ts) reads the folder and hands its files here.

/** Above this, the worker fetches only the shell and search when it installs, and keeps the
 *  other pages once visited: the whole of a 10,000-rule book is about 80 MB, too much to fetch
 *  behind a staff member's back on every new build. */
export const PRECACHE_BUDGET_BYTES = 30_000_000;

/** The page shown offline for a page that was not kept. */
export const OFFLINE_FALLBACK = 'offline/';

export interface BuiltFile {
  /** Path in the built folder, with `/` (`rules/x/index.html`). */
  file: string;
  bytes: number;
}

export type Group = 'shell' | 'search' | 'pages';

export interface OfflinePlan {
  /** Every file the worker may keep: its address from the edition's root (`rules/x/`), its file and group. */
  kept: { path: string; file: string; group: Group; bytes: number }[];
  /** Addresses fetched when the worker installs. */
  precache: string[];
  /** Whether every kept file is fetched at install (else pages are kept once visited). */
  whole: boolean;
  bytes: { all: number; precache: number };
}

// Not for the desk: host and crawler files, feeds, the worker itself, and Pagefind's own UI
// bundles (the search page uses its own script on Pagefind's API).
const LEFT_OUT = [
  /^_headers$/,
  // Tells GitHub Pages' Jekyll to publish the site as it is (`_astro/` too); many hosts serve no
  // dotfile, and one missing would stop the offline copy installing.
  /^\.nojekyll$/,
  /^robots\.txt$/,
  /^sw\.js$/,
  /^offline\.json$/,
  /\.xml$/,
  /^pagefind\/pagefind-(?:ui|modular-ui|component-ui|highlight)\.(?:js|css)$/,
];

// What a search needs with no network, and the pages around it: home, search, the colors guide,
// the fallback page, the 404 page, styles and scripts.
const SHELL = [
  /^index\.html$/,
  /^search\/index\.html$/,
  /^guide\/colors\/index\.html$/,
  /^offline\/index\.html$/,
  /^404\.html$/,
  /^_astro\//,
  /^favicon\.svg$/,
];
const SEARCH = [/^pagefind\//, /^search\/words\.txt$/, /^search\/everyday-words\.txt$/];

/** `rules/x/index.html` is served as `rules/x/`, as every link writes it. */
export function addressOf(file: string): string {
  return file === 'index.html' ? '' : file.endsWith('/index.html') ? file.slice(0, -'index.html'.length) : file;
}

export function groupOf(file: string): Group {
  if (SHELL.some((pattern) => pattern.test(file))) return 'shell';
  if (SEARCH.some((pattern) => pattern.test(file))) return 'search';
  return 'pages';
}

export function planOffline(files: readonly BuiltFile[], budget = PRECACHE_BUDGET_BYTES): OfflinePlan {
  const kept = files
    .filter(({ file }) => !LEFT_OUT.some((pattern) => pattern.test(file)))
    .map(({ file, bytes }) => ({ path: addressOf(file), file, group: groupOf(file), bytes }))
    .sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  const all = kept.reduce((sum, entry) => sum + entry.bytes, 0);
  const whole = all <= budget;
  const fetched = kept.filter((entry) => whole || entry.group !== 'pages');
  return {
    kept,
    precache: fetched.map((entry) => entry.path),
    whole,
    bytes: { all, precache: fetched.reduce((sum, entry) => sum + entry.bytes, 0) },
  };
}
