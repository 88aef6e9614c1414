import type { Rule } from './schemas.ts';

/** A field of a rule that visitors read, and its text. */
export interface PublicText {
  field: 'title' | 'public_wording' | 'public_why' | 'intent';
  text: string;
}

/**
 * The reason visitors are told ("Why we ask"): `public_why` when the rule has one, otherwise the
 * intent. The public edition, the signs and the wording check all ask here, so what is checked is
 * what is shown.
 */
export function publicWhy(rule: Pick<Rule, 'intent' | 'public_why'>): PublicText {
  return rule.public_why === undefined ? { field: 'intent', text: rule.intent } : { field: 'public_why', text: rule.public_why };
}

/**
 * Every text the public edition and the signs show of a public rule. The checks also see the
 * valid part of an invalid rule, so any field may be missing: only the texts present are given.
 */
export function publicTexts(rule: Partial<Pick<Rule, 'title' | 'public_wording' | 'intent' | 'public_why'>>): PublicText[] {
  const why: PublicText['field'] = rule.public_why === undefined ? 'intent' : 'public_why';
  const fields: PublicText['field'][] = ['title', 'public_wording', why];
  return fields.flatMap((field) => {
    const text = rule[field];
    return typeof text === 'string' ? [{ field, text }] : [];
  });
}
