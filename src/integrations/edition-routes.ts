import { readdirSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';

import type { Edition } from '../lib/editions.ts';

export { EDITIONS, editionFrom, type Edition } from '../lib/editions.ts';

/**
 * Each edition is its own folder of pages under src/editions/<edition>/, routed like src/pages:
 * `index.astro` is `/`, `rules/[id].astro` is `/rules/<id>/`. Building one edition injects only its
 * own routes, so no staff page can end up in the public site.
 */
export function editionRoutes(edition: Edition): AstroIntegration {
  return {
    name: 'rules-clarity-edition-routes',
    hooks: {
      'astro:config:setup'({ config, injectRoute }) {
        const folder = fileURLToPath(new URL(`./src/editions/${edition}/`, config.root));
        for (const file of pageFiles(folder)) {
          injectRoute({ pattern: routePattern(relative(folder, file)), entrypoint: file, prerender: true });
        }
      },
    },
  };
}

function pageFiles(folder: string): string[] {
  return readdirSync(folder, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && /\.(astro|mdx|ts)$/.test(entry.name) && !entry.name.startsWith('_'))
    .map((entry) => join(entry.parentPath, entry.name))
    .sort();
}

/** `rules/[id].astro` → `/rules/[id]`; `index.astro` → `/`; `search/index.astro` → `/search`. */
export function routePattern(file: string): string {
  const parts = file
    .split(sep)
    .join('/')
    .replace(/\.(astro|mdx|ts)$/, '')
    .split('/');
  if (parts.at(-1) === 'index') parts.pop();
  return `/${parts.join('/')}`;
}
