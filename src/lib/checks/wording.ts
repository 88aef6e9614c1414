import type { Finding } from '../finding.ts';
import { findingAt } from '../finding-at.ts';
import { forbiddingHits } from '../wording/forbidding.ts';
import { glossary } from '../wording/glossary.ts';
import type { Hit } from '../wording/hit.ts';
import { jargonHits } from '../wording/jargon.ts';
import { readingHits } from '../wording/reading-level.ts';
import type { BookCheck } from './check.ts';

export const DEFAULT_READING_GRADE = 8;
export const DEFAULT_LONG_SENTENCE = 25;

/**
 * The welcoming-language check of public text (title and public wording of public rules):
 * insider jargon, forbidding phrasing, reading level and long sentences. A rule may allow a
 * finding in `wording_ok`, with a reason; an allowance that matches nothing is reported, so
 * stale ones do not pile up.
 */
export const wording: BookCheck = {
  name: 'wording',
  run({ rules, site }) {
    const terms = glossary(site);
    const targets = {
      grade: site?.wording?.reading_grade ?? DEFAULT_READING_GRADE,
      longSentence: site?.wording?.long_sentence ?? DEFAULT_LONG_SENTENCE,
    };
    const findings: Finding[] = [];
    for (const rule of rules) {
      if (rule.data.public === false) continue;
      const allowances = rule.data.wording_ok ?? [];
      const used = new Set<number>();
      const texts = [
        { field: 'title', text: rule.data.title, hits: (text: string) => jargonHits(text, terms) },
        { field: 'public_wording', text: rule.data.public_wording, hits: (text: string) => [...jargonHits(text, terms), ...forbiddingHits(text), ...readingHits(text, targets)] },
      ];
      for (const { field, text, hits } of texts) {
        if (text === undefined) continue;
        const shown = hits(text).filter((hit) => {
          const allowed = allowances.findIndex((allowance) => allows(allowance, hit));
          if (allowed >= 0) used.add(allowed);
          return allowed < 0;
        });
        // All of a field's hits are placed at once: one pass over its text, however many there are.
        const places = rule.source.within([field], shown);
        shown.forEach((hit, index) => {
          findings.push({ ...findingAt(rule.source, hit.code, [field], 'value', hit.message, hit.hint), ...places[index] });
        });
      }
      allowances.forEach((allowance, index) => {
        if (used.has(index)) return;
        const what = allowance.word ? `"${allowance.word}" (${allowance.check})` : `the ${allowance.check} check`;
        findings.push(findingAt(rule.source, 'wording-ok-unused', ['wording_ok', index], 'value', `allows ${what}, but this rule's public text no longer needs it`));
      });
    }
    return findings;
  },
};

function allows(allowance: { check: string; word?: string }, hit: Hit): boolean {
  if (allowance.check !== hit.check) return false;
  return allowance.word === undefined || allowance.word.toLowerCase() === (hit.word ?? '').toLowerCase() || allowance.word.toLowerCase() === hit.match.toLowerCase();
}
