import { policySchema } from './schemas.ts';

interface FieldSchema {
  description?: string;
  examples?: unknown[];
  properties?: Record<string, FieldSchema>;
  items?: FieldSchema;
  required?: string[];
}

export interface SchemaField {
  /** `bend.how`, `examples[].situation`. */
  name: string;
  required: boolean;
  description: string;
}

/** Every field of a schema, nested groups and list items included, in the schema's order. */
export function schemaFields(schema: object = policySchema): SchemaField[] {
  const walk = (fields: Record<string, FieldSchema>, required: readonly string[], prefix: string, top: boolean): SchemaField[] =>
    Object.entries(fields).flatMap(([name, field]) => [
      { name: `${prefix}${name}`, required: top && required.includes(name), description: field.description ?? '' },
      ...walk(field.properties ?? {}, field.required ?? [], `${prefix}${name}.`, false),
      ...walk(field.items?.properties ?? {}, field.items?.required ?? [], `${prefix}${name}[].`, false),
    ]);
  const root = schema as FieldSchema;
  return walk(root.properties ?? {}, root.required ?? [], '', true);
}

/** One field's description, by its dotted name. */
export function fieldDescription(name: string): string | undefined {
  return schemaFields().find((field) => field.name === name)?.description;
}
