// `astro build` of the project in the working folder, logging only warnings and errors. Astro
// logs two lines per page at its default level: at 10,000 rules (20,617 pages) 41,000 writes to a
// pipe that the build command read and searched, about 1.5 s of a rebuild's page phase (profile).
// The build command shows Astro's warnings and errors only, so it asks for nothing else. For its
// timings each phase is marked on stderr as it starts (PHASE_MARK, site-steps.ts reads them).
// Plain JavaScript, as the child process starts from it (see ts-entry.js).
import { enableCompileCache } from 'node:module';

enableCompileCache();
const { build } = await import('astro');

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
    'astro:build:done': ({ pages }) => mark('done', String(pages.length)),
  },
};

try {
  await build({ root: process.cwd(), logLevel: 'warn', integrations: [phases] });
} catch (error) {
  // What Astro's own command prints of an error: its message and, when it has one, its hint.
  const { name, message, hint } = /** @type {{ name?: string, message?: string, hint?: string }} */ (error ?? {});
  process.stderr.write(`[ERROR] ${name ?? 'Error'}: ${message ?? String(error)}${hint ? `\n  Hint: ${hint}` : ''}\n`);
  process.exitCode = 1;
}
