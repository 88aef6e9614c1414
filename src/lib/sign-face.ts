// What a sign says in one language, and what it prints as the sign's size measures it: shared by
// the sign pages and `check`, which warns of a sign too long for its sheet.
import { firstSentence } from './answer.ts';
import { messagesFor, type Messages } from './i18n/catalogue.ts';
import { siteLanguages } from './i18n/languages.ts';
import { localRule } from './i18n/local-rule.ts';
import type { Rule, SiteSettings } from './schemas.ts';
import { shortAddress } from './short-address.ts';
import type { SignText } from './sign-size.ts';

/** What one language's half of a sign says. */
export interface SignFace {
  organisation: string;
  title: string;
  wording: string;
  why: string;
  /** "Why we ask:" in that language. */
  whyLabel: string;
  /** "Read more on your phone: scan the code, or go to" in that language, beside a QR code. */
  qrText: string;
  /** "QR code that opens {address}" in that language: the code's name for screen readers. */
  qrLabel: string;
  /** The language of this face; absent on the staff edition's own (English) page language. */
  lang?: string;
}

/** The sign's text in `lang`, with the book's own words for that language. */
export function signFace(rule: Rule, site: SiteSettings, lang: string): SignFace {
  const { source } = siteLanguages(site);
  const own = lang === source ? undefined : site.translations?.[lang];
  const local = localRule(rule, lang, source);
  const messages = messagesOf(site, lang, own?.messages);
  return {
    organisation: own?.organisation ?? site.organisation,
    title: local.title.text,
    wording: local.wording.text,
    // A reason not yet translated is left off: a Spanish sign said "Por qué lo pedimos: Child
    // safety." with no word that it was English (found by a new-user trial). A bilingual sign
    // still says it once, in the source language's half.
    why: local.why.lang === lang ? local.why.text : '',
    whyLabel: messages.t('sign.why'),
    qrText: messages.t('sign.qr'),
    qrLabel: messages.t('sign.qrCode'),
    lang,
  };
}

// Each language's messages made once per book: `check` makes every rule's sign, and a catalogue
// copied for each of 10,000 rules had cost it a tenth of a second.
const catalogues = new WeakMap<SiteSettings, Map<string, Messages>>();

function messagesOf(site: SiteSettings, lang: string, overrides: Readonly<Record<string, string>> | undefined): Messages {
  let byLanguage = catalogues.get(site);
  if (!byLanguage) catalogues.set(site, (byLanguage = new Map()));
  let messages = byLanguage.get(lang);
  if (!messages) byLanguage.set(lang, (messages = messagesFor(lang, overrides)));
  return messages;
}

/**
 * The text a sign prints, as signSize measures it: each face's reason after its label, cut to its
 * first sentence as the sign shows it, and the words beside each QR code (`pages`: each face's
 * public page, undefined without `public_url`).
 */
export function printedSign(faces: readonly SignFace[], pages: readonly (string | undefined)[]): SignText {
  return {
    faces: faces.map((face) => ({ ...face, why: face.why ? `${face.whyLabel} ${firstSentence(face.why)}` : undefined })),
    codes: faces.flatMap((face, index) => {
      const page = pages[index];
      return page ? [`${face.qrText} ${shortAddress(page)}`] : [];
    }),
  };
}
