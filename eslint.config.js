// Lint in the Astro/TypeScript style: ESLint's and typescript-eslint's recommended rules, and
// eslint-plugin-astro's for the pages. Formatting is Prettier's job.
import js from '@eslint/js';
import astro from 'eslint-plugin-astro';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  {
    ignores: [
      'dist/',
      'dist-public/',
      'dist.*/',
      'dist-public.*/',
      'bench/out/',
      'tests/.tmp/',
      '**/.astro/',
      'node_modules/',
      'bench/_*',
      'src/lib/*.generated.ts',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  ...astro.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
    rules: {
      // `_` marks an argument or binding kept for its position only.
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none' }],
    },
  },
);
