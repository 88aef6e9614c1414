// `astro build` of the project in RULES_ASTRO_ROOT (astro-working-folder.ts), or else in the
// working folder, logging only warnings and errors. Astro logs two lines per page at its default
// level: at 10,000 rules (20,617 pages) 41,000 writes to a pipe that the build command read and
// searched, about 1.5 s of a rebuild's page phase (profile).
// The build command shows Astro's warnings and errors only, so it asks for nothing else. For its
// timings each phase is marked on stderr as it starts (PHASE_MARK, site-steps.ts reads them).
// Plain JavaScript, as the child process starts from it (see ts-entry.js).
import { writeFileSync } from 'node:fs';
import { enableCompileCache } from 'node:module';
import { relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

enableCompileCache();
const { build } = await import('astro');
// Before Astro's build loads its cache: the build command keeps unchanged pages itself.
const { skipPageCopies } = await import('./astro-page-copies.ts');
await skipPageCopies();

const mark = (phase, detail = '') => process.stderr.write(`\n[rules-clarity:phase] ${phase}${detail ? ` ${detail}` : ''}\n`);

/** @type {import('astro').AstroIntegration} */
const phases = {
  name: 'rules-clarity:phases',
  hooks: {
    'astro:config:setup'({ updateConfig }) {
      // Astro renders the pages in a Vite `buildApp` hook of its own, added after every other
      // plugin's: this one runs just before it.
      updateConfig({
        vite: {
          plugins: [{ name: 'rules-clarity:pages-start', enforce: 'post', buildApp: { order: 'post', handler: () => mark('pages') } }],
        },
      });
    },
    'astro:config:done': () => mark('sync'),
    'astro:build:start': () => mark('synced'),
    'astro:build:done'({ pages, dir, assets }) {
      // Every file of every page, the ones Astro found already there included: the build keeps
      // no page of the replaced site that Astro did not make (spare-site.ts).
      const list = process.env.RULES_BUILT_FILES;
      if (list) {
        const root = fileURLToPath(dir);
        const files = [...assets.values()].flat().map((url) => relative(root, fileURLToPath(url)).split(sep).join('/'));
        writeFileSync(list, JSON.stringify(files));
      }
      mark('done', String(pages.length));
    },
  },
};

// Astro's content sync loads the content config in a Vite server of its own, stores every rule
// and writes its store to disk, for pages to read back from the bundle. With the book handed
// over, the pages read it from that file instead (src/data/book.ts), so the sync is skipped: at
// 10,000 rules content sync took 1.12-1.14 s and bundling 1.05-1.06 s with it, 0.01 and 0.69-0.79
// s without (alternating cold builds). The rest of the sync writes types for the editor, and
// for `astro:env` and fonts, which the site does not use. `sync` is not in build()'s typed
// options, but build() hands its options to Astro's builder: a later Astro that ignores it
// syncs as before, and the pages still read the handed-over book.
const { CHECKED_BOOK_ENV } = await import('../lib/checked-book-file.ts');
const handed = Boolean(process.env[CHECKED_BOOK_ENV]);

try {
  await build({ root: process.env.RULES_ASTRO_ROOT ?? process.cwd(), logLevel: 'warn', integrations: [phases] }, { sync: !handed });
} catch (error) {
  // What Astro's own command prints of an error: where, what, the hint, the cause and the stack.
  process.stderr.write(`[ERROR] ${describe(error)}\n`);
  // As Astro's command does: a failed build may leave handles open.
  process.exit(1);
}

/** @param {unknown} error */
function describe(error) {
  if (!(error instanceof Error)) return String(error);
  const { loc, hint } = /** @type {Error & { loc?: { file?: string, line?: number, column?: number }, hint?: string }} */ (error);
  const where = loc?.file ? `${loc.file}${loc.line ? `:${loc.line}:${loc.column ?? 0}` : ''}: ` : '';
  const lines = [`${where}${error.name}: ${error.message}`];
  if (hint) lines.push(`  Hint: ${hint}`);
  if (error.cause) lines.push(`  Caused by: ${describe(error.cause)}`);
  if (error.stack) lines.push(error.stack.split('\n').slice(1).join('\n'));
  return lines.join('\n');
}
