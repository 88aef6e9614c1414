// Writes what is generated from the JSON Schemas, the one source of the types and the validators:
// src/lib/schema-types.generated.ts and src/lib/schema-validators.generated.ts.
// `npm run generate:types` after changing a schema; a test fails while they disagree.
import { writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { renderSchemaTypes } from '../lib/schema-types.ts';
import { renderSchemaValidators } from '../lib/schema-validators.ts';

for (const [name, render] of [
  ['schema-types.generated.ts', renderSchemaTypes],
  ['schema-validators.generated.ts', renderSchemaValidators],
] as const) {
  const target = fileURLToPath(new URL(`../lib/${name}`, import.meta.url));
  await writeFile(target, await render());
  console.log(`wrote ${target}`);
}
