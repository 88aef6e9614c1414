// What the generated validators (schema-validators.generated.ts) call at run time, in place of
// the `require(…)` calls ajv's standalone code would contain: our modules are ES modules.
import { fullFormats } from 'ajv-formats/dist/formats.js';

/** The formats the schemas use, as ajv-formats defines them (`date`: a real calendar day). */
export const formats = fullFormats;

/** For minLength and maxLength. */
export { codePointLength } from './code-points.ts';
