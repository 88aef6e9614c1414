// The benchmark's baseline: a bare Astro site of minimal pages and nothing else, as many as the
// real build writes, built in the same run as the real site, so the ratio shows what our pages
// and loader add.
import { defineConfig } from 'astro/config';

export default defineConfig({
  output: 'static',
  outDir: process.env.RULES_OUT_DIR ?? './dist',
  // Each benchmark run its own cache, so a cold build is cold and a rebuild finds the last one's.
  cacheDir: process.env.RULES_CACHE_DIR ?? './node_modules/.astro',
  // As many pages at a time as the real build (astro.config.mjs), so the floor is as fast as it can be.
  build: { concurrency: 16 },
  devToolbar: { enabled: false },
});
