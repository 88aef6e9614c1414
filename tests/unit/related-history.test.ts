// A `related` entry that names no rule, when git knows where the rule went: its new id, or that it
// was removed (found by a new-user trial: after a rename the check only said the id was unknown).
import { describe, expect, it } from 'vitest';
import type { Finding } from '../../src/lib/finding.ts';
import { TempRepo, ruleYaml } from '../helpers/git-repo.ts';
import { runCli } from '../helpers/run-cli.ts';

describe('a related rule that git knows went', () => {
  it('names its new id after a rename, says when it was removed, and guesses a near id otherwise', () => {
    const repo = new TempRepo();
    try {
      const sameText = { title: 'Sleeping', rule: 'The rule on sleeping.', intent: 'Why sleeping.', public_wording: 'Rest a while.' };
      repo.write('policies/_site.yaml', 'organisation: Test Library\ncategories: [Spaces]\n');
      repo.write('policies/sleeping.yaml', ruleYaml('sleeping', 'green', sameText));
      repo.write('policies/snacks.yaml', ruleYaml('snacks', 'green'));
      repo.write('policies/quiet.yaml', ruleYaml('quiet', 'green', { related: ['sleeping', 'snacks'] }));
      repo.commitAt('Adopt', '2026-01-05T10:00:00+00:00');
      repo.write('policies/resting.yaml', ruleYaml('resting', 'green', sameText));
      repo.remove('policies/sleeping.yaml');
      repo.remove('policies/snacks.yaml');
      repo.write('policies/quiet.yaml', ruleYaml('quiet', 'green', { related: ['sleeping', 'snacks', 'restng'] }));
      repo.commitAt('Rename sleeping, retire snacks', '2026-02-10T10:00:00+00:00');

      const result = runCli(['check', '--dir', `${repo.dir}/policies`, '--format', 'json', '--no-cache']);
      const hints = (JSON.parse(result.stdout) as { findings: Finding[] }).findings
        .filter((finding) => finding.code === 'unknown-related')
        .map((finding) => `${finding.field}: ${finding.hint}`);
      expect(hints).toEqual([
        'related[0]: Write `resting`: the rule\'s id changed from `sleeping` on 2026-02-10 ("Rename sleeping, retire snacks").',
        'related[1]: Remove the entry: the rule `snacks` was removed on 2026-02-10 ("Rename sleeping, retire snacks").',
        'related[2]: Did you mean `resting`?',
      ]);
    } finally {
      repo.dispose();
    }
  });
});
