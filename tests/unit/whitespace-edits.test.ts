// A policy clerk's year of commits: a double space and a trailing space added to a wording are
// no change a reader can see. They had given a history entry with no marks, moved "Last changed"
// and "Last updated", filled the feeds, marked the Spanish and Arabic translations out of date
// and listed a field with the same before and after in `npm run changes`.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readHistory, textsDigest, type BookHistory } from '../../src/lib/history/history.ts';
import { loadBook } from '../../src/lib/load-book.ts';
import { translationStatus } from '../../src/lib/translations/status.ts';
import { TempRepo, ruleYaml } from '../helpers/git-repo.ts';
import { runCli } from '../helpers/run-cli.ts';

const repo = new TempRepo();
const policies = join(repo.dir, 'policies');
const translations = {
  es: { title: 'Llamadas', public_wording: 'Puede hablar por teléfono en el vestíbulo.' },
  ar: { title: 'المكالمات', public_wording: 'يمكنك إجراء المكالمات في الردهة.' },
};
const phone = (public_wording: string, extra: Record<string, unknown> = {}) =>
  ruleYaml('phone', 'green', { title: 'Phone calls', public_wording, translations, ...extra });

let history: BookHistory;

beforeAll(() => {
  repo.write('policies/_site.yaml', 'organisation: Test Library\ncategories: [Spaces]\nlanguages: [en, es, ar]\n');
  repo.write('policies/phone.yaml', phone('You are welcome to take calls in the lobby.'));
  repo.commitAt('Add the phone rule', '2026-01-05T09:00:00+01:00');
  repo.write('policies/phone.yaml', phone('You are welcome to take  calls in the lobby. '));
  repo.commitAt('Tidy the phone rule', '2026-03-02T10:00:00+01:00');
  history = readHistory(policies);
});

afterAll(() => repo.dispose());

describe('an edit of spaces only', () => {
  it('is no entry in the staff or public history: "Last changed" and "Last updated" stay, no feed entry', () => {
    if (!history.available) throw new Error(history.reason);
    const entries = history.rules.get('phone')!.entries;
    expect(entries.map((entry) => entry.subject)).toEqual(['Add the phone rule']);
  });

  it('leaves the Spanish and Arabic translations current', async () => {
    const book = await loadBook(policies, { today: '2026-06-01' });
    const report = translationStatus(
      book.rules.map((rule) => rule.data),
      book.site,
      history,
    );
    expect(report.statuses.map((status) => [status.language, status.state])).toEqual([
      ['es', 'current'],
      ['ar', 'current'],
    ]);
  });

  it('gives `check` no translation to warn of', () => {
    const result = runCli(['check', '--dir', policies, '--format', 'json', '--no-cache']);
    const codes = (JSON.parse(result.stdout) as { findings: { code: string }[] }).findings.map((finding) => finding.code);
    expect(codes).not.toContain('translation-out-of-date');
  });

  it('is no change in `npm run changes`', () => {
    const json = JSON.parse(runCli(['changes', 'HEAD^..HEAD', '--format', 'json'], { cwd: repo.dir }).stdout);
    expect(json.changed).toEqual([]);
    expect(json.translationsOutdated).toEqual([]);
    expect(runCli(['changes', 'HEAD^..HEAD'], { cwd: repo.dir }).stdout).toContain('No rule changed.');
  });

  it('beside a real change lists only the real one', () => {
    const base = repo.git('rev-parse', 'HEAD');
    repo.write('policies/phone.yaml', phone('You are welcome to take calls\n  in the lobby.', { owner: 'Branch manager' }));
    const json = JSON.parse(runCli(['changes', base, '--format', 'json'], { cwd: repo.dir }).stdout);
    expect(json.changed[0].fields.map((field: { field: string }) => field.field)).toEqual(['owner']);
    expect(json.translationsOutdated).toEqual([]);
    repo.git('checkout', '-q', '--', '.');
  });

  it('not committed yet, leaves the translations current', async () => {
    writeFileSync(join(policies, 'phone.yaml'), phone(' You are welcome to take calls in the lobby.'));
    const book = await loadBook(policies, { today: '2026-06-01' });
    const report = translationStatus(
      book.rules.map((rule) => rule.data),
      book.site,
      history,
    );
    expect(report.statuses.map((status) => status.state)).toEqual(['current', 'current']);
    repo.git('checkout', '-q', '--', '.');
  });
});

describe('textsDigest', () => {
  it('is the same for texts that differ only in spaces a page folds, not in a no-break space', () => {
    const digest = (wording: string) => textsDigest({ id: 'phone', public_wording: wording });
    expect(digest('Take calls  in the lobby. ')).toBe(digest('Take calls in the lobby.'));
    expect(digest('Take calls\u00a0in the lobby.')).not.toBe(digest('Take calls in the lobby.'));
  });
});
