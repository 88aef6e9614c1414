// A rule's public text in one language: its translation where it has one, else the source text,
// field by field, each with the language it is really in, so a page never passes English off as
// Spanish (screen readers switch voice on `lang`) and can say a translation is missing.
import { publicWhy } from '../public-text.ts';
import type { Rule } from '../schemas.ts';

export interface LocalText {
  text: string;
  /** The language `text` is written in. */
  lang: string;
}

export interface LocalRule {
  title: LocalText;
  wording: LocalText;
  why: LocalText;
  /** Every text is in the language asked for. */
  complete: boolean;
}

type PublicFields = Pick<Rule, 'title' | 'public_wording' | 'intent' | 'public_why' | 'translations'>;

export function localRule(rule: PublicFields, language: string, source: string): LocalRule {
  const own = (text: string): LocalText => ({ text, lang: source });
  const why = own(publicWhy(rule).text);
  if (language === source) return { title: own(rule.title), wording: own(rule.public_wording ?? ''), why, complete: true };
  const translation = rule.translations?.[language];
  const local = (text: string | undefined, fallback: LocalText): LocalText => (text ? { text, lang: language } : fallback);
  const result = {
    title: local(translation?.title, own(rule.title)),
    wording: local(translation?.public_wording, own(rule.public_wording ?? '')),
    // A translated reason stands for either source (public_why, or the intent when there is none).
    why: local(translation?.public_why, why),
  };
  return { ...result, complete: Object.values(result).every((text) => text.lang === language) };
}
