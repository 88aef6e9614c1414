import { defineCollection } from 'astro:content';
import { z } from 'astro/zod';
import type { Rule, SiteSettings } from './lib/schemas.ts';
import { bookFolder } from './lib/book-folder.ts';
import { bookLoaders } from './loaders/rules-loader.ts';

// The JSON Schema validates (inside the loader); Zod only passes the typed data through.
const dir = bookFolder();
const maxFileBytes = process.env.RULES_MAX_FILE_BYTES ? Number(process.env.RULES_MAX_FILE_BYTES) : undefined;
const loaders = bookLoaders({ dir, maxFileBytes });

export const collections = {
  rules: defineCollection({ loader: loaders.rules, schema: z.custom<Rule>() }),
  site: defineCollection({ loader: loaders.site, schema: z.custom<SiteSettings>() }),
};
