// The benchmark's baseline: a bare Astro site with one minimal page per rule and nothing else,
// built in the same run as the real site, so the ratio shows what our pages and loader add.
import { defineConfig } from 'astro/config';

export default defineConfig({
  output: 'static',
  outDir: process.env.RULES_OUT_DIR ?? './dist',
  devToolbar: { enabled: false },
});
