import { _, Ajv2020 } from 'ajv/dist/2020.js';
import standaloneCode from 'ajv/dist/standalone/index.js';
import addFormats from 'ajv-formats';
import policySchema from '../../schemas/policy.schema.json' with { type: 'json' };
import siteSchema from '../../schemas/site.schema.json' with { type: 'json' };

const banner = `// Generated from schemas/*.schema.json by \`npm run generate:types\`. Do not edit by hand.
// ajv's standalone code: the validators compiled ahead of time, so no run compiles a schema.
// @ts-nocheck
import { codePointLength, formats } from './schema-runtime.ts';
`;

/**
 * The rule and site validators as one ES module's source. The options are the ones every finding
 * relies on: all errors at once, and `verbose` for the schema text the messages quote.
 */
export function renderSchemaValidators(): string {
  const ajv = new Ajv2020({
    allErrors: true,
    verbose: true,
    // strictTypes is off because the color branches (allOf/if/then) sit under a root already
    // typed "object"; everything else about the schema is checked strictly.
    strict: true,
    strictTypes: false,
    strictRequired: false,
    code: { source: true, esm: true, formats: _`formats` },
  });
  addFormats(ajv, ['date']);
  ajv.addSchema(policySchema, 'rule');
  ajv.addSchema(siteSchema, 'site');
  const source = standaloneCode(ajv, { validateRule: 'rule', validateSite: 'site' });
  const runtime = 'require("ajv/dist/runtime/ucs2length").default';
  const code = source.replace(/^"use strict";/, '').replaceAll(runtime, 'codePointLength');
  const leftover = /require\([^)]*\)/.exec(code);
  if (leftover) throw new Error(`the generated validators still call ${leftover[0]}: give schema-runtime.ts what it needs`);
  return `${banner}${code}\n`;
}
