// Looks for staff-only text in a built public edition: in every HTML, script, JSON and text file,
// and inside Pagefind's index and fragments (gzip, then a `pagefind_dcd` signature, then JSON or
// CBOR whose strings are plain UTF-8).
import { readFile, readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { gunzipSync, gzipSync } from 'node:zlib';
import type { Rule } from '../../src/lib/schemas.ts';

export interface OutputText {
  file: string;
  text: string;
}

const PAGEFIND_SIGNATURE = 'pagefind_dcd';
const TEXT_FILES = /\.(html|js|mjs|json|xml|txt|css|webmanifest)$/;
const PAGEFIND_FILES = /\.(pf_fragment|pf_index|pf_filter|pf_meta)$/;

/** Every readable text of a built site, decoded, with HTML entities resolved and white space folded. */
export async function readOutput(site: string): Promise<OutputText[]> {
  const out: OutputText[] = [];
  for (const name of (await readdir(site, { recursive: true })) as string[]) {
    const path = join(site, name);
    if (TEXT_FILES.test(name)) out.push({ file: name, text: normalize(decodeEntities(await readFile(path, 'utf8'))) });
    else if (PAGEFIND_FILES.test(name)) out.push({ file: name, text: normalize(decodePagefind(await readFile(path))) });
  }
  return out;
}

export function decodePagefind(bytes: Buffer): string {
  const data = gunzipSync(bytes);
  const signature = data.subarray(0, PAGEFIND_SIGNATURE.length).toString('latin1');
  if (signature !== PAGEFIND_SIGNATURE) throw new Error(`not a Pagefind file (signature ${JSON.stringify(signature)})`);
  // JSON escapes some characters (\" and \u…); unescape them so a leaked sentence reads as written.
  const text = data.subarray(PAGEFIND_SIGNATURE.length).toString('utf8');
  return text.replace(/\\u([0-9a-fA-F]{4})/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16))).replace(/\\(["\\/])/g, '$1');
}

export function encodePagefind(text: string): Buffer {
  return Buffer.from(gzipSync(Buffer.concat([Buffer.from(PAGEFIND_SIGNATURE, 'latin1'), Buffer.from(text, 'utf8')])));
}

function decodeEntities(html: string): string {
  return html
    .replace(/&#x([0-9a-f]+);/gi, (_, hex: string) => String.fromCodePoint(parseInt(hex, 16)))
    .replace(/&#(\d+);/g, (_, decimal: string) => String.fromCodePoint(Number(decimal)))
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&nbsp;/g, ' ')
    .replace(/&amp;/g, '&');
}

function normalize(text: string): string {
  return text.replace(/\s+/g, ' ');
}

export interface StaffValue {
  rule: string;
  field: string;
  value: string;
}

/**
 * Every staff-only value of the book: of public rules, all fields but title, public wording,
 * their translations,
 * the reason visitors are told (public_why, or the intent when there is none: with a public_why
 * the intent is staff-only) and category (tags only as the list staff see, since single tag
 * words are ordinary words); of rules with `public: false`, everything. A value that also stands in public text
 * (say an `ask` that a public wording mentions) cannot be a leak and is left out.
 */
export function staffValues(rules: readonly Rule[], organisation: string): StaffValue[] {
  const publicText = [
    organisation,
    ...rules
      .filter((rule) => rule.public !== false)
      .flatMap((rule) => [
        rule.title,
        rule.public_wording ?? '',
        rule.public_why ?? rule.intent,
        rule.category,
        ...Object.values(rule.translations ?? {}).flatMap((text) => [text.title, text.public_wording, text.public_why ?? '']),
      ]),
  ].map(normalize);
  const values: StaffValue[] = [];
  const add = (rule: Rule, field: string, value: string | undefined) => {
    if (value === undefined) return;
    const folded = normalize(value).trim();
    if (folded.length < 4 || publicText.some((text) => text.includes(folded))) return;
    values.push({ rule: rule.id, field, value: folded });
  };
  // A topic that only staff-only rules use is staff business too.
  const publicCategories = new Set(rules.filter((rule) => rule.public !== false).map((rule) => rule.category));
  for (const rule of rules) {
    if (!publicCategories.has(rule.category)) add(rule, 'category', rule.category);
    add(rule, 'rule', rule.rule);
    add(rule, 'bend.how', rule.bend?.how);
    add(rule, 'bend.limit', rule.bend?.limit);
    add(rule, 'bend.ask', rule.bend?.ask);
    add(rule, 'instead', rule.instead);
    rule.examples?.forEach((example, index) => {
      add(rule, `examples[${index}].situation`, example.situation);
      add(rule, `examples[${index}].response`, example.response);
    });
    add(rule, 'tags', rule.tags?.join(', '));
    add(rule, 'owner', rule.owner);
    add(rule, 'reviewed', rule.reviewed);
    add(rule, 'review_by', rule.review_by);
    add(rule, 'adopted', rule.adopted);
    add(rule, 'approved_by', rule.approved_by);
    if (rule.public_why !== undefined) add(rule, 'intent', rule.intent);
    if (rule.public === false) {
      add(rule, 'title', rule.title);
      add(rule, 'intent', rule.intent);
      add(rule, 'public_wording', rule.public_wording);
      add(rule, 'public_why', rule.public_why);
      add(rule, 'id', `/rules/${rule.id}/`);
      // Its translations are as staff-only as its source text, in every language.
      for (const [language, text] of Object.entries(rule.translations ?? {})) {
        add(rule, `translations.${language}.title`, text.title);
        add(rule, `translations.${language}.public_wording`, text.public_wording);
        add(rule, `translations.${language}.public_why`, text.public_why);
      }
    }
  }
  return values;
}

export interface Leak extends StaffValue {
  file: string;
}

export function findLeaks(output: readonly OutputText[], values: readonly StaffValue[]): Leak[] {
  return values.flatMap((value) => output.filter((file) => file.text.includes(value.value)).map((file) => ({ ...value, file: file.file })));
}
