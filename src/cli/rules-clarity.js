#!/usr/bin/env node
// The `rules-clarity` command as npm runs it: rules-clarity.ts, with Node's compile cache on
// before it loads (see lib/ts-entry.js). `node src/cli/rules-clarity.ts` works the same, slower.
import { enableCompileCache } from 'node:module';

enableCompileCache();
await import('./rules-clarity.ts');
