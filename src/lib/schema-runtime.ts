// What the generated validators (schema-validators.generated.ts) call at run time, in place of
// the `require(…)` calls ajv's standalone code would contain: our modules are ES modules.
import { fullFormats } from 'ajv-formats/dist/formats.js';

/** The formats the schemas use, as ajv-formats defines them (`date`: a real calendar day). */
export const formats = fullFormats;

/** A string's length in characters as JSON Schema counts them (code points), for minLength and maxLength. */
export function codePointLength(text: string): number {
  let length = 0;
  for (const _ of text) length++;
  return length;
}
