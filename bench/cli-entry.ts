// The rules-clarity command of a tree as npm runs it: rules-clarity.js, which turns Node's compile
// cache on before any TypeScript loads. An older tree may have only rules-clarity.ts.
import { existsSync } from 'node:fs';
import { join } from 'node:path';

export function cliEntry(tree: string): string {
  return [join(tree, 'src/cli/rules-clarity.js'), join(tree, 'src/cli/rules-clarity.ts')].find((file) => existsSync(file))!;
}
