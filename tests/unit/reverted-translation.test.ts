// A policy clerk's year of commits: the English wording changed, then `git revert` brought it
// back. The Spanish, translated from the first wording, says what the English says again. It
// had stayed out of date in `check` (naming no field), on the pages, and in `npm run changes`.
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { readHistory } from '../../src/lib/history/history.ts';
import { loadBook } from '../../src/lib/load-book.ts';
import { translationStatus, type TranslationStatus } from '../../src/lib/translations/status.ts';
import { TempRepo, ruleYaml } from '../helpers/git-repo.ts';
import { runCli } from '../helpers/run-cli.ts';

const SITE = 'organisation: Test Library\ncategories: [Spaces]\nlanguages: [en, es]\n';
const LOBBY = 'You are welcome to take calls in the lobby.';
const CAFE = 'You are welcome to take calls in the lobby or the café.';
const ES_LOBBY = { title: 'Llamadas', public_wording: 'Puede hablar por teléfono en el vestíbulo.' };
const ES_CAFE = { title: 'Llamadas', public_wording: 'Puede hablar por teléfono en el vestíbulo o en la cafetería.' };
const phone = (public_wording: string, es = ES_LOBBY, extra: Record<string, unknown> = {}) =>
  ruleYaml('phone', 'green', { title: 'Phone calls', public_wording, translations: { es }, ...extra });

const repos: TempRepo[] = [];
afterAll(() => repos.forEach((repo) => repo.dispose()));

function newRepo(): TempRepo {
  const repo = new TempRepo();
  repos.push(repo);
  repo.write('policies/_site.yaml', SITE);
  repo.write('policies/phone.yaml', phone(LOBBY));
  repo.commitAt('Add the phone rule', '2026-01-05T09:00:00+01:00');
  return repo;
}

async function spanish(repo: TempRepo): Promise<TranslationStatus> {
  const policies = join(repo.dir, 'policies');
  const book = await loadBook(policies, { today: '2026-06-01' });
  const report = translationStatus(
    book.rules.map((rule) => rule.data),
    book.site,
    readHistory(policies),
  );
  return report.statuses.find((status) => status.language === 'es')!;
}

function checkCodes(repo: TempRepo): string[] {
  const result = runCli(['check', '--dir', join(repo.dir, 'policies'), '--format', 'json', '--no-cache']);
  return (JSON.parse(result.stdout) as { findings: { code: string }[] }).findings.map((finding) => finding.code);
}

const outdated = (repo: TempRepo, ref: string) =>
  JSON.parse(runCli(['changes', ref, '--format', 'json'], { cwd: repo.dir }).stdout).translationsOutdated as unknown[];

describe('a source text changed and reverted', () => {
  it('leaves the translation current on the pages, in `check` and in `npm run changes`', async () => {
    const repo = newRepo();
    repo.write('policies/phone.yaml', phone(CAFE));
    const cafe = repo.commitAt('Calls in the café too', '2026-02-10T09:00:00+01:00');
    expect((await spanish(repo)).state).toBe('out-of-date');
    repo.git('checkout', '-q', '-b', 'undo');
    repo.git('revert', '--no-edit', cafe);
    expect(await spanish(repo)).toMatchObject({ state: 'current' });
    expect(checkCodes(repo)).not.toContain('translation-out-of-date');
    // What the revert itself changed, and the branch against where it started.
    expect(outdated(repo, 'HEAD^..HEAD')).toEqual([]);
    expect(outdated(repo, 'main')).toEqual([]);
    expect(runCli(['changes', 'main'], { cwd: repo.dir }).stdout).not.toContain('Spanish (es) not updated');
  });

  it('is out of date when the translator had followed the change that was reverted', async () => {
    const repo = newRepo();
    repo.write('policies/phone.yaml', phone(CAFE, ES_CAFE));
    const cafe = repo.commitAt('Calls in the café too, in Spanish too', '2026-02-10T09:00:00+01:00');
    repo.write('policies/phone.yaml', phone(CAFE, ES_CAFE, { owner: 'Branch manager' }));
    repo.commitAt('Name the owner', '2026-02-11T09:00:00+01:00');
    // Only the English goes back: the Spanish still speaks of the café.
    repo.write('policies/phone.yaml', phone(LOBBY, ES_CAFE, { owner: 'Branch manager' }));
    repo.commitAt(`Revert "Calls in the café too" (English only), after ${cafe.slice(0, 7)}`, '2026-02-12T09:00:00+01:00');
    const status = await spanish(repo);
    expect(status.state).toBe('out-of-date');
    expect(status.changed?.map((change) => [change.field, change.before, change.after])).toEqual([['public_wording', CAFE, LOBBY]]);
    expect(checkCodes(repo)).toContain('translation-out-of-date');
    expect(outdated(repo, 'HEAD^..HEAD')).toEqual([{ id: 'phone', title: 'Phone calls', fields: ['public_wording'], languages: ['es'] }]);
  });

  it('not committed yet, back to the text translated, is current too', async () => {
    const repo = newRepo();
    repo.write('policies/phone.yaml', phone(CAFE));
    repo.commitAt('Calls in the café too', '2026-02-10T09:00:00+01:00');
    repo.write('policies/phone.yaml', phone(`${LOBBY} `));
    expect((await spanish(repo)).state).toBe('current');
    expect(outdated(repo, 'HEAD')).toEqual([]);
  });
});
