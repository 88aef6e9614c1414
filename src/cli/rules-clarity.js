#!/usr/bin/env node
// The `rules-clarity` command as npm runs it: rules-clarity.ts, with Node's compile cache on
// before it loads (see lib/ts-entry.js). `node src/cli/rules-clarity.ts` works the same, slower.
// A namespace import, and the version asked first: under an older Node (20, the system's on many
// machines) a named import of enableCompileCache had failed with a SyntaxError and a stack trace
// (found by a new-user trial).
import * as nodeModule from 'node:module';

const [major = 0, minor = 0] = process.versions.node.split('.').map(Number);
if (major < 22 || (major === 22 && minor < 12)) {
  process.stderr.write(
    `rules-clarity needs Node.js 22.12 or newer, and this is ${process.version}. Run it through npm (npm run check, npm run build…): after npm ci, npm uses the Node.js the project installs. Or install Node.js 22.12 or newer.\n`,
  );
  process.exit(1);
}
nodeModule.enableCompileCache();
await import('./rules-clarity.ts');
