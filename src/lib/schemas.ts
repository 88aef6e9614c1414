import { Ajv2020, type ErrorObject, type ValidateFunction } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import policySchema from '../../schemas/policy.schema.json' with { type: 'json' };
import siteSchema from '../../schemas/site.schema.json' with { type: 'json' };
import type { Rule, SiteSettings } from './schema-types.generated.ts';

export type { Rule, SiteSettings };
export { policySchema, siteSchema };
export type Color = Rule['color'];
export const COLORS = ['red', 'yellow', 'green'] as const satisfies readonly Color[];

// strictTypes is off because the color branches (allOf/if/then) sit under a root already typed
// "object"; everything else about the schema is checked strictly.
// One Ajv instance and one compiled validator per schema for the whole run: compiling is the
// expensive part, validating 10,000 rules with it takes milliseconds.
const ajv = new Ajv2020({ allErrors: true, verbose: true, strict: true, strictTypes: false, strictRequired: false });
addFormats(ajv, ['date']);

export type SchemaError = ErrorObject;

/** A validator called like ajv's, with the errors of its last call. */
export interface Validator<T> {
  (data: unknown): data is T;
  errors?: ErrorObject[] | null;
}

/**
 * Compiled on first use, not at start-up: a check whose rule files all come from the cache never
 * validates a rule, and compiling the rule schema is most of its start-up time.
 */
function compiledOnUse<T>(schema: object): Validator<T> {
  let compiled: ValidateFunction<T> | undefined;
  const validate: Validator<T> = (data: unknown): data is T => {
    compiled ??= ajv.compile<T>(schema);
    const valid = compiled(data);
    validate.errors = compiled.errors;
    return valid;
  };
  return validate;
}

export const validateRule: Validator<Rule> = compiledOnUse<Rule>(policySchema);
export const validateSite: Validator<SiteSettings> = compiledOnUse<SiteSettings>(siteSchema);

export { schemaDigest } from './schema-digest.ts';
