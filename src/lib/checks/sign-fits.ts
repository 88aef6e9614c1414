import { findingAt } from '../finding-at.ts';
import type { Finding } from '../finding.ts';
import { siteLanguages } from '../i18n/languages.ts';
import { isPublic } from '../public-rule.ts';
import { publicWhy } from '../public-text.ts';
import { printedSign, signFace } from '../sign-face.ts';
import { signFits as fitsOneSheet, wordingWordsThatFit } from '../sign-size.ts';
import { parseEditionUrl, publicRuleUrl } from '../site-url.ts';
import type { BookCheck } from './check.ts';

/**
 * A public rule's printed sign, in each language it is written in, fits one sheet in its smallest
 * type. A wording of 150 words passed `check` and the build, and its sign was cut off
 * mid-sentence, "Why we ask" and all (found by an administrator's trial); it now runs onto a
 * second sheet, and this says so where the wording is written, with about how many words fit.
 */
export const signFits: BookCheck = {
  name: 'sign-fits',
  perRule: true,
  run({ rules, site }) {
    if (!site) return [];
    const { source, all } = siteLanguages(site);
    // With its QR code when the settings give the address, as the sign then has one; without one
    // otherwise, as the sign then has none (a review had found signs that fit flagged). A build
    // given RULES_PUBLIC_URL alone may add the code: its sign page then says when it no longer fits.
    const location = typeof site.public_url === 'string' ? parseEditionUrl(site.public_url) : undefined;
    const url = typeof location === 'object' ? location.url : undefined;
    const findings: Finding[] = [];
    for (const { data: rule, source: yaml } of rules) {
      // The check sees the valid part of an invalid rule too: a sign needs all its texts.
      const texts = [rule.title, rule.public_wording, rule.public_why ?? rule.intent, site.organisation];
      if (!isPublic(rule) || texts.some((text) => typeof text !== 'string')) continue;
      // Each language the wording is written in: a translation without its own wording prints the source's.
      const languages = [
        source,
        ...all.filter((lang) => {
          const translation = rule.translations?.[lang];
          return lang !== source && typeof translation?.public_wording === 'string' && typeof translation.title === 'string';
        }),
      ];
      for (const lang of languages) {
        const printed = printedSign([signFace(rule, site, lang)], [url && publicRuleUrl(url, rule.id, lang, source)]);
        if (fitsOneSheet(printed)) continue;
        const fit = wordingWordsThatFit(printed)[0]!;
        const translation = lang === source ? undefined : rule.translations?.[lang];
        // When the title and the reason alone fill the sheet, the reason is the text to shorten.
        const why = translation ? (translation.public_why === undefined ? 'title' : 'public_why') : publicWhy(rule).field;
        const field = fit === 0 ? why : 'public_wording';
        const words = printed.faces[0]!.wording.split(/\s+/u).filter(Boolean).length;
        findings.push(
          findingAt(
            yaml,
            'sign-too-long',
            lang === source ? [field] : ['translations', lang, field],
            'key',
            fit === 0
              ? `the printed sign cannot hold this rule: its title and "why" alone fill one sheet in the smallest type, so the sign prints on two sheets`
              : `the printed sign cannot hold this text: about ${fit} of its ${words} words fit on one sheet in the smallest type, so the sign prints on two sheets`,
            fit === 0
              ? 'Shorten the title and the reason (public_why, or the intent when there is none): a sign is read at a glance.'
              : `Shorten it to about ${fit} words: a sign is read at a glance. A shorter title or reason leaves a little more room.`,
          ),
        );
      }
    }
    return findings;
  },
};
