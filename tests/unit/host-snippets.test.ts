// The README's nginx and Apache snippets for hosts that do not read `_headers`: the headers they
// set are exactly the ones the build writes for the staff edition.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { securityHeaders } from '../../src/lib/security-headers.ts';

const readme = readFileSync(new URL('../../README.md', import.meta.url), 'utf8');

function block(language: string): string {
  const found = new RegExp(`\`\`\`${language}\\n([\\s\\S]*?)\`\`\``).exec(readme);
  if (!found) throw new Error(`README.md has no \`\`\`${language} block`);
  return found[1]!;
}

/** `Name: value` of every header the snippet sets, in order. */
function headersOf(snippet: string, line: RegExp): Record<string, string> {
  return Object.fromEntries([...snippet.matchAll(line)].map((match) => [match[1]!, match[2]!]));
}

describe('the host snippets in the README', () => {
  it('nginx sets every header of the staff edition, on error pages too, behind a login, under the prefix', () => {
    const nginx = block('nginx');
    expect(headersOf(nginx, /^\s*add_header (\S+) "([^"]*)" always;$/gm)).toEqual(securityHeaders('staff'));
    expect(nginx).toMatch(/^\s*auth_basic_user_file \S+;$/m);
    expect(nginx).toContain('location /rule-guide/ {');
    // A folder with no page (403 in nginx) gets the guide's 404 too; the address without its slash goes on to it.
    expect(nginx).toContain('error_page 403 404 /rule-guide/404.html;');
    expect(nginx).toContain('location = /rule-guide { return 301 /rule-guide/; }');
  });

  it('Apache sets every header of the staff edition, behind a login, under the prefix', () => {
    const apache = block('apache');
    expect(headersOf(apache, /^\s*Header always set (\S+) "([^"]*)"$/gm)).toEqual(securityHeaders('staff'));
    expect(apache).toContain('Require valid-user');
    expect(apache).toContain('ErrorDocument 404 /rule-guide/404.html');
    // No file listing of a folder with no page: the guide's 404 instead.
    expect(apache).toContain('Options -Indexes');
    expect(apache).toContain('ErrorDocument 403 /rule-guide/404.html');
  });
});

describe("Netlify's settings (netlify.toml)", () => {
  it('build the public edition into its folder, never the staff edition (found by a new-user trial)', async () => {
    const toml = readFileSync(new URL('../../netlify.toml', import.meta.url), 'utf8');
    const setting = (name: string) => new RegExp(`^\\s*${name} = "([^"]*)"$`, 'm').exec(toml)?.[1];
    const scripts = (
      JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { scripts: Record<string, string> }
    ).scripts;
    expect(setting('command')).toBe('npm run build:public');
    expect(scripts['build:public']).toContain('--edition public');
    const { OUTPUT } = await import('../../src/cli/build.ts');
    expect(resolve(setting('publish')!)).toBe(OUTPUT.public);
  });
});

describe('the workflow for a book in a repository of its own (found by a new-user trial: the README gave none)', () => {
  it("is a workflow whose commands are this project's, on the book beside it, publishing the public edition only", () => {
    const found = /```yaml\n(on: [\s\S]*?)```/.exec(readme);
    if (!found) throw new Error('README.md has no workflow for a book in its own repository');
    const workflow = parse(found[1]!) as {
      jobs: Record<string, { steps: { run?: string; uses?: string; with?: Record<string, string> }[] }>;
    };
    const scripts = (
      JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { scripts: Record<string, string> }
    ).scripts;
    const runs = Object.values(workflow.jobs).flatMap((job) => job.steps.flatMap((step) => (step.run ? [step.run] : [])));
    for (const run of runs.filter((line) => line.startsWith('npm run'))) {
      const script = /^npm run (?:-s )?(\S+)/.exec(run)![1]!;
      expect(scripts[script], run).toBeDefined();
      expect(run, run).toContain('--dir ../policies');
    }
    const uploads = Object.values(workflow.jobs).flatMap((job) =>
      job.steps.flatMap((step) => (step.uses?.startsWith('actions/upload-pages-artifact') ? [step.with?.path] : [])),
    );
    expect(uploads).toEqual(['rules-clarity/dist-public/']);
    expect(readFileSync(new URL('../../.nvmrc', import.meta.url), 'utf8').trim()).not.toBe('');
  });
});

describe('the GitLab Pages job (found by a new-user trial: the README gave none)', () => {
  it('builds the public edition with the whole history, for its Pages address, into the folder GitLab publishes', async () => {
    const found = /```yaml\n# \.gitlab-ci\.yml\n([\s\S]*?)```/.exec(readme);
    if (!found) throw new Error('README.md has no .gitlab-ci.yml');
    const job = (parse(found[1]!) as { pages: { variables: Record<string, unknown>; script: string[]; artifacts: { paths: string[] } } })
      .pages;
    // Without the history, retired rules' old addresses (printed QR codes) have no page.
    expect(job.variables.GIT_DEPTH).toBe(0);
    const scripts = (
      JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { scripts: Record<string, string> }
    ).scripts;
    const build = job.script.find((line) => line.includes('npm run'))!;
    expect(build).toMatch(/^RULES_PUBLIC_URL="\$CI_PAGES_URL\/" npm run build:public$/);
    expect(scripts['build:public']).toContain('--edition public');
    // GitLab publishes `public`: the built edition takes the place of the project's own static files.
    const { OUTPUT } = await import('../../src/cli/build.ts');
    expect(resolve(OUTPUT.public)).toBe(resolve('dist-public'));
    expect(job.script.at(-1)).toBe('rm -rf public && mv dist-public public');
    expect(job.artifacts.paths).toEqual(['public']);
  });
});
