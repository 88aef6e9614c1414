// Writes src/lib/schema-types.generated.ts from the JSON Schemas, the one source of the types.
// `npm run generate:types` after changing a schema; a test fails while the two disagree.
import { writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { renderSchemaTypes } from '../lib/schema-types.ts';

const target = fileURLToPath(new URL('../lib/schema-types.generated.ts', import.meta.url));
await writeFile(target, await renderSchemaTypes());
console.log(`wrote ${target}`);
