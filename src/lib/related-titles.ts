import type { Finding } from './finding.ts';
import { latinSlug } from './slug.ts';

/** A rule as read from its file: its path, id, title and `related` as written. */
export interface WrittenRule {
  file: string;
  id: unknown;
  title: unknown;
  related: unknown;
}

/**
 * `related: [Noise and quiet, Booking a study room]`: rules named by their titles. The file alone
 * could only offer the title in id form (`noise-and-quiet`), which no rule has, and the check then
 * offered nothing (found by an administrator's trial). With the whole book read, the hint names
 * the id of the rule with that title, or whose title begins with it.
 */
export function relatedTitleHints(findings: readonly Finding[], read: () => readonly WrittenRule[]): Finding[] {
  const wrong = findings.filter((finding) => finding.code === 'bad-id' && /^related\[\d+\]$/.test(finding.field));
  if (wrong.length === 0) return [...findings];
  const rules = read();
  const titled = rules.flatMap((rule) =>
    typeof rule.id === 'string' && typeof rule.title === 'string' ? [{ id: rule.id, title: rule.title, slug: latinSlug(rule.title) }] : [],
  );
  const byFile = new Map(rules.map((rule) => [rule.file, rule]));
  return findings.map((finding) => {
    if (!wrong.includes(finding)) return finding;
    const related = byFile.get(finding.file)?.related;
    const written = Array.isArray(related) ? related[Number(/\d+/.exec(finding.field)![0])] : undefined;
    const meant = typeof written === 'string' ? ruleTitled(written, titled) : undefined;
    return meant
      ? {
          ...finding,
          hint: `Write \`${meant.id}\`, the id of "${meant.title}": a related rule is named by its id (the name of its file), not by its title.`,
        }
      : finding;
  });
}

function ruleTitled<T extends { slug: string }>(written: string, titled: readonly T[]): T | undefined {
  const slug = latinSlug(written);
  if (slug === '') return undefined;
  const same = titled.filter((rule) => rule.slug === slug);
  if (same.length === 1) return same[0];
  const starting = titled.filter((rule) => rule.slug.startsWith(`${slug}-`));
  return starting.length === 1 ? starting[0] : undefined;
}
