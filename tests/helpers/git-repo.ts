import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';

/** A throwaway git repository with a policies/ folder, for tests that compare commits. */
export class TempRepo {
  readonly dir = mkdtempSync(join(tmpdir(), 'rules-clarity-repo-'));

  constructor() {
    this.git('init', '-q', '-b', 'main');
    this.git('config', 'user.email', 'test@example.org');
    this.git('config', 'user.name', 'Test');
    this.git('config', 'commit.gpgsign', 'false');
  }

  git(...args: string[]): string {
    return execFileSync('git', args, { cwd: this.dir, encoding: 'utf8' }).trim();
  }

  write(path: string, text: string): void {
    mkdirSync(dirname(join(this.dir, path)), { recursive: true });
    writeFileSync(join(this.dir, path), text);
  }

  remove(path: string): void {
    rmSync(join(this.dir, path));
  }

  commit(message: string): string {
    this.git('add', '-A');
    this.git('commit', '-q', '-m', message);
    return this.git('rev-parse', 'HEAD');
  }

  dispose(): void {
    rmSync(this.dir, { recursive: true, force: true });
  }
}

export function ruleYaml(id: string, color: 'red' | 'yellow' | 'green', extra: Record<string, string> = {}): string {
  const fields: Record<string, string> = {
    id,
    title: `Rule ${id}`,
    color,
    category: 'Spaces',
    rule: `The rule ${id}.`,
    intent: `Why ${id} exists.`,
    public_wording: `You are welcome, ${id}.`,
    ...extra,
  };
  const bend = color === 'green' ? '\nbend:\n  how: Use judgment.\n  limit: Up to $5.' : color === 'yellow' ? '\nbend:\n  ask: Supervisor on duty' : '\ninstead: Offer help.';
  return `${Object.entries(fields).map(([key, value]) => `${key}: ${JSON.stringify(value)}`).join('\n')}${bend}\n`;
}
