import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    testTimeout: 30_000,
    hookTimeout: 300_000,
    reporters: ['default', './tests/setup/plain-summary-reporter.ts'],
    projects: [
      { extends: true, test: { name: 'unit', include: ['tests/unit/**/*.test.ts'] } },
      {
        extends: true,
        test: {
          name: 'site',
          include: ['tests/site/**/*.test.ts'],
          globalSetup: ['tests/setup/built-site.ts'],
          // One Chromium at a time is plenty on a 2-core machine.
          fileParallelism: false,
        },
      },
    ],
  },
});
