// @ts-check
import mdx from '@astrojs/mdx';
import { defineConfig } from 'astro/config';
import { astroCacheDir, KEEP_OUT_DIR_ENV } from './src/lib/astro-cache-dir.ts';
import { bookFolder } from './src/lib/book-folder.ts';
import { locationOf } from './src/lib/edition-location.ts';
import { editionFrom, editionRoutes } from './src/integrations/edition-routes.ts';
import { siteFiles } from './src/integrations/site-files.ts';

// One project, two sites: RULES_EDITION=staff (default) builds the staff edition into dist/,
// RULES_EDITION=public the public edition into dist-public/. `npm run build:all` builds both.
const edition = editionFrom(process.env.RULES_EDITION);
// Where the edition is published (`public_url` / `staff_url`, or RULES_PUBLIC_URL / RULES_STAFF_URL):
// its path prefixes every link (`base`), its origin makes canonical and sitemap URLs (`site`).
const location = locationOf(edition, bookFolder(process.env), process.env);

export default defineConfig({
  output: 'static',
  site: location?.site,
  base: location?.base ?? '/',
  // The build command points RULES_OUT_DIR at a temporary folder and swaps it in when complete.
  outDir: process.env.RULES_OUT_DIR ?? (edition === 'public' ? './dist-public' : './dist'),
  cacheDir: astroCacheDir(edition, process.env),
  trailingSlash: 'always',
  // Scripts and styles as files, never inline: the Content-Security-Policy allows only 'self'.
  // Sixteen pages at a time: while pages are written (or, in a rebuild, restored from the cache)
  // others render. Measured on 2 cores, in alternating runs: restoring 20,617 pages at 10,000
  // rules took 22-24 s against 33-37 s with 2 at a time; a first build of 1,000 rules rendered in
  // 9.2-11.8 s against 9.3-14.7 s; peak memory the same (961-979 MB at 10,000 rules).
  build: { format: 'directory', inlineStylesheets: 'never', concurrency: 16 },
  // A rebuild re-renders only the pages whose code or `cacheKey` (a digest of what they show,
  // src/data/page-key.ts) changed, and restores the others from the cache folder.
  experimental: { incrementalBuild: true },
  devToolbar: { enabled: false },
  markdown: { syntaxHighlight: false },
  server: { host: '127.0.0.1', port: 4321 },
  integrations: [mdx(), editionRoutes(edition), siteFiles(edition)],
  // In a rebuild the output folder already holds the unchanged pages (src/cli/spare-site.ts):
  // Astro must not empty it first, as it otherwise does.
  vite: {
    build: { assetsInlineLimit: 0, ...(process.env[KEEP_OUT_DIR_ENV] === '1' ? { emptyOutDir: false } : {}) },
    // The dev server watches the project: not its built sites, benchmark books and test sites,
    // tens of thousands of files that used up the system's file watchers (ENOSPC) and then
    // missed the saves it is there for.
    server: { watch: { ignored: ['**/dist/**', '**/dist-public/**', '**/bench/out/**', '**/tests/.tmp/**', '**/.git/**'] } },
  },
});
