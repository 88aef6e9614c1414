import { readFile } from 'node:fs/promises';
import { expect, it } from 'vitest';
import { renderSchemaTypes } from '../../src/lib/schema-types.ts';
import { renderSchemaValidators } from '../../src/lib/schema-validators.ts';

it('the committed TypeScript types match the JSON Schemas (run `npm run generate:types` after a schema change)', async () => {
  const committed = await readFile('src/lib/schema-types.generated.ts', 'utf8');
  expect(committed).toBe(await renderSchemaTypes());
});

it('the committed validators are compiled from the current JSON Schemas (run `npm run generate:types` after a schema change)', async () => {
  const committed = await readFile('src/lib/schema-validators.generated.ts', 'utf8');
  expect(committed).toBe(renderSchemaValidators());
});
