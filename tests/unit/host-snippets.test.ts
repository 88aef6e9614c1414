// The README's nginx and Apache snippets for hosts that do not read `_headers`: the headers they
// set are exactly the ones the build writes for the staff edition.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
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
    expect(nginx).toContain('error_page 404 /rule-guide/404.html;');
  });

  it('Apache sets every header of the staff edition, behind a login, under the prefix', () => {
    const apache = block('apache');
    expect(headersOf(apache, /^\s*Header always set (\S+) "([^"]*)"$/gm)).toEqual(securityHeaders('staff'));
    expect(apache).toContain('Require valid-user');
    expect(apache).toContain('ErrorDocument 404 /rule-guide/404.html');
  });
});
