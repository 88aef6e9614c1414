import { compile, type JSONSchema } from 'json-schema-to-typescript';
import policySchema from '../../schemas/policy.schema.json' with { type: 'json' };
import siteSchema from '../../schemas/site.schema.json' with { type: 'json' };

const banner = '// Generated from schemas/*.schema.json by `npm run generate:types`. Do not edit by hand.\n';

/** The TypeScript types of a rule and of the site settings, derived from the JSON Schemas. */
export async function renderSchemaTypes(): Promise<string> {
  const options = { bannerComment: '', additionalProperties: false, format: true } as const;
  const rule = await compile(policySchema as JSONSchema, 'Rule', options);
  const site = await compile(siteSchema as JSONSchema, 'SiteSettings', options);
  return `${banner}\n${rule}\n${site}`;
}
