// The schemas' digest alone, without the validators: the content loader keys its entries on it
// and needs no ajv for that.
import { createHash } from 'node:crypto';
import policySchema from '../../schemas/policy.schema.json' with { type: 'json' };
import siteSchema from '../../schemas/site.schema.json' with { type: 'json' };

/** Changes whenever either schema changes, so cached validation results can be keyed on it. */
export const schemaDigest: string = createHash('sha256')
  .update(JSON.stringify(policySchema))
  .update(JSON.stringify(siteSchema))
  .digest('hex')
  .slice(0, 16);
