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
    writeFileSync(join(dir, 'lost-umbrellas.yaml '), ruleYaml('lost-umbrellas', 'green'));
    writeFileSync(join(dir, 'notes.txt'), 'Not a rule, and not named like one.');
    const result = runCli(['check', '--dir', dir, '--format', 'json', '--no-cache']);
    // The rule it holds would be missing from the site: the check fails, so the build does not publish without it.
    expect(result.status).toBe(1);
    const report = JSON.parse(result.stdout) as {
      findings: { file: string; code: string; severity: string; hint: string }[];
    };
    const misnamed = report.findings.filter((finding) => finding.code === 'not-read-as-rule');
    expect(misnamed.map(({ file, severity, hint }) => [file.split('/').at(-1), severity, hint])).toEqual([
      ['food.yaml.txt', 'error', 'Rename it to `food.yaml` (your editor may hide the .txt).'],
      ['lost-umbrellas.yaml ', 'error', 'Rename it to `lost-umbrellas.yaml`.'],
      ['upper-ext.YAML', 'error', 'Rename it to `upper-ext.yaml`.'],
    ]);
  });
});

describe('a document in the policy folder', () => {
  it("is named, as a warning, with the command to write it as a rule; a text file is left alone (found by an administrator's trial)", () => {
    const book = mkdtempSync(join(tmpdir(), 'rules-clarity-document-'));
    try {
      cpSync('tests/fixtures/yaml-mistakes/_site.yaml', join(book, '_site.yaml'));
      writeFileSync(join(book, 'noise.yaml'), ruleYaml('noise', 'green'));
      // A .docx is a zip file: binary, with no lines to show.
      writeFileSync(join(book, 'Lost umbrellas.docx'), Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x14, 0x00, 0x06, 0x00]));
      writeFileSync(join(book, 'notes.txt'), 'Not a rule, and not named like one.');
      const result = runCli(['check', '--dir', book, '--no-cache']);
      expect(result.status).toBe(0);
      expect(result.stdout).toContain(
        'Lost umbrellas.docx:1:1 is a document, not a rule file: it is not read, and no page is made from it\n  warning (document-in-book). Fix: To publish it, write it as a rule: `npm run new -- lost-umbrellas` makes a rule file to fill in from it. To keep it as notes, move it into a folder whose name starts with `_` (`_notes/`), which is not read.',
      );
      expect(result.stdout).not.toContain('notes.txt');
    } finally {
      rmSync(book, { recursive: true, force: true });
    }
  });
});

describe('a rule file with old Mac line endings (a carriage return alone)', () => {
  it('reads as the rule it is, not as a file with no rule in it (found by a new-user trial)', () => {
    const book = mkdtempSync(join(tmpdir(), 'rules-clarity-cr-'));
    try {
      cpSync('tests/fixtures/yaml-mistakes/_site.yaml', join(book, '_site.yaml'));
      writeFileSync(join(book, 'cr-only.yaml'), ruleYaml('cr-only', 'green').replaceAll('\n', '\r'));
      const result = runCli(['check', '--dir', book, '--format', 'json', '--no-cache']);
      expect((JSON.parse(result.stdout) as { findings: unknown[] }).findings).toEqual([]);
      expect(result.status).toBe(0);
    } finally {
      rmSync(book, { recursive: true, force: true });
    }
  });
});
