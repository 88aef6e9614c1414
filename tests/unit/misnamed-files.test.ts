// A rule file named almost as one is (`.YAML`, a `.txt` a Windows editor added) is not read: the
// check says so, so the rule does not silently go missing from the site (found by a new-user trial).
import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ruleYaml } from '../helpers/git-repo.ts';
import { runCli } from '../helpers/run-cli.ts';

const dir = mkdtempSync(join(tmpdir(), 'rules-clarity-misnamed-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('a file named almost as a rule file', () => {
  it('is named, with the name to give it, and the rules beside it are checked as usual', () => {
    cpSync('tests/fixtures/yaml-mistakes/_site.yaml', join(dir, '_site.yaml'));
    writeFileSync(join(dir, 'noise.yaml'), ruleYaml('noise', 'green'));
    writeFileSync(join(dir, 'upper-ext.YAML'), ruleYaml('upper-ext', 'green'));
    writeFileSync(join(dir, 'food.yaml.txt'), ruleYaml('food', 'green'));
    writeFileSync(join(dir, 'notes.txt'), 'Not a rule, and not named like one.');
    const report = JSON.parse(runCli(['check', '--dir', dir, '--format', 'json', '--no-cache']).stdout) as {
      findings: { file: string; code: string; severity: string; hint: string }[];
    };
    const misnamed = report.findings.filter((finding) => finding.code === 'not-read-as-rule');
    expect(misnamed.map(({ file, severity, hint }) => [file.split('/').at(-1), severity, hint])).toEqual([
      ['food.yaml.txt', 'warning', 'Rename it to `food.yaml` (your editor may hide the .txt).'],
      ['upper-ext.YAML', 'warning', 'Rename it to `upper-ext.yaml`.'],
    ]);
  });
});
