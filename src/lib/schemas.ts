import type { ErrorObject } from 'ajv/dist/2020.js';
import policySchema from '../../schemas/policy.schema.json' with { type: 'json' };
import siteSchema from '../../schemas/site.schema.json' with { type: 'json' };
import type { Rule, SiteSettings } from './schema-types.generated.ts';
import * as generated from './schema-validators.generated.ts';

export type { Rule, SiteSettings };
export { policySchema, siteSchema };
export type Color = Rule['color'];
export const COLORS = ['red', 'yellow', 'green'] as const satisfies readonly Color[];

export type SchemaError = ErrorObject;

/** A validator called like ajv's, with the errors of its last call. */
export interface Validator<T> {
  (data: unknown): data is T;
  errors?: ErrorObject[] | null;
}

// Compiled ahead of time from the schemas (schema-validators.ts, `npm run generate:types`): a
// check starts without ajv and without compiling anything. That module is untyped JavaScript, so
// its functions are given the types ajv's compile() would have.
export const validateRule = generated.validateRule as unknown as Validator<Rule>;
export const validateSite = generated.validateSite as unknown as Validator<SiteSettings>;

export { schemaDigest } from './schema-digest.ts';
