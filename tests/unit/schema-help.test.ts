// The JSON Schemas are the editor's help: every field, however deep, explains itself on hover and
// offers an example to complete from.
import { expect, it } from 'vitest';
import { policySchema, siteSchema } from '../../src/lib/schemas.ts';

interface Field {
  description?: string;
  examples?: unknown[];
  properties?: Record<string, Field>;
  items?: Field;
  oneOf?: { const?: unknown; description?: string }[];
}

function undocumented(fields: Record<string, Field>, prefix = ''): string[] {
  return Object.entries(fields).flatMap(([name, field]) => [
    ...(field.description && field.examples?.length ? [] : [`${prefix}${name}`]),
    ...(field.oneOf ?? []).filter((branch) => !branch.description).map((branch) => `${prefix}${name} = ${String(branch.const)}`),
    ...undocumented(field.properties ?? {}, `${prefix}${name}.`),
    ...undocumented(field.items?.properties ?? {}, `${prefix}${name}[].`),
  ]);
}

it.each([
  ['policy', policySchema],
  ['site', siteSchema],
])('every field of the %s schema has a description and an example', (_, schema) => {
  expect(undocumented((schema as { properties: Record<string, Field> }).properties)).toEqual([]);
});

it('each color explains itself', () => {
  const color = (policySchema as { properties: { color: Field } }).properties.color;
  expect(color.oneOf?.map((branch) => `${String(branch.const)}: ${branch.description?.split(':')[0]}`)).toEqual([
    'red: Red',
    'yellow: Yellow',
    'green: Green',
  ]);
});
