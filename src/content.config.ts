import { defineCollection } from 'astro:content';
import { z } from 'astro/zod';
import type { Rule, SiteSettings } from './lib/schemas.ts';
import { rulesLoader, siteLoader } from './loaders/rules-loader.ts';

// The JSON Schema validates (inside the loader); Zod only passes the typed data through.
const dir = process.env.RULES_DIR ?? 'policies';
const maxFileBytes = process.env.RULES_MAX_FILE_BYTES ? Number(process.env.RULES_MAX_FILE_BYTES) : undefined;

export const collections = {
  rules: defineCollection({ loader: rulesLoader({ dir, maxFileBytes }), schema: z.custom<Rule>() }),
  site: defineCollection({ loader: siteLoader({ dir, maxFileBytes }), schema: z.custom<SiteSettings>() }),
};
