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

  /** Commits everything with the given author and committer date, e.g. `2026-03-02T10:00:00+01:00`. */
  commitAt(message: string, date: string): string {
    this.git('add', '-A');
    execFileSync('git', ['commit', '-q', '-m', message], {
      cwd: this.dir,
      env: { ...process.env, GIT_AUTHOR_DATE: date, GIT_COMMITTER_DATE: date },
    });
    return this.git('rev-parse', 'HEAD');
  }

  dispose(): void {
    rmSync(this.dir, { recursive: true, force: true });
  }
}

/**
 * A valid rule of the given color as YAML. `extra` adds or replaces fields (any JSON value; JSON
 * is YAML), including the color's own `bend` or `instead`; `undefined` leaves a field out.
 */
export function ruleYaml(id: string, color: 'red' | 'yellow' | 'green', extra: Record<string, unknown> = {}): string {
  const byColor =
    color === 'green'
      ? { bend: { how: 'Use judgment.', limit: 'Up to $5.' } }
      : color === 'yellow'
        ? { bend: { ask: 'Supervisor on duty' } }
        : { instead: 'Offer help.' };
  const fields: Record<string, unknown> = {
    id,
    title: `Rule ${id}`,
    color,
    category: 'Spaces',
    rule: `The rule ${id}.`,
    intent: `Why ${id} exists.`,
    public_wording: `You are welcome, ${id}.`,
    ...byColor,
    ...extra,
  };
  return Object.entries(fields)
    .filter(([, value]) => value !== undefined)
    .map(([key, value]) => `${key}: ${JSON.stringify(value)}\n`)
    .join('');
}
