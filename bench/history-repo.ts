// A generated git repository for bench:history: a book of `count` rules in policies/ with
// `COMMITS` commits of history (each edits ten rules' text; every 25th also loosens a color, every
// 100th moves a rule to another folder), written with `git fast-import` in one process.
import { spawnSync } from 'node:child_process';
import { mkdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { ruleYaml } from './generate-book.ts';

export const COMMITS = 1_000;
const RULES_PER_COMMIT = 10;

const categories = '[Borrowing, Spaces, Computers, Conduct, Children, Privacy, Fees]';

/** A repository whose policies/ holds `count` rules and `COMMITS` commits of history. */
export function generateRepository(dir: string, count: number): string {
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  const git = (gitArgs: string[], input?: string) => {
    const result = spawnSync('git', gitArgs, { cwd: dir, input, maxBuffer: 1024 * 1024 * 1024 });
    if (result.status !== 0) throw new Error(result.stderr.toString());
  };
  git(['init', '-q', '-b', 'main']);
  const path = (n: number, moved: boolean) =>
    `policies/${moved ? 'moved' : `part-${String(Math.floor((n - 1) / 100) * 100 + 1).padStart(5, '0')}`}/rule-${String(n).padStart(5, '0')}.yaml`;
  const texts = new Map<number, string>();
  const moved = new Set<number>();
  const chunks: string[] = [];
  const start = Date.UTC(2024, 0, 1) / 1000;
  const file = (target: string, text: string) => `M 100644 inline ${target}\ndata ${Buffer.byteLength(text)}\n${text}\n`;
  for (let c = 0; c < COMMITS; c++) {
    const when = `${start + c * 3600 * 7} +0000`;
    const ops: string[] = [];
    let subject: string;
    if (c === 0) {
      subject = `Add ${count} rules`;
      ops.push(file('policies/_site.yaml', `organisation: Benchmark Public Library\ncategories: ${categories}\n`));
      for (let n = 1; n <= count; n++) {
        texts.set(n, ruleYaml(n, count));
        ops.push(file(path(n, false), texts.get(n)!));
      }
    } else {
      subject = `Edit ${RULES_PER_COMMIT} rules (commit ${c})`;
      for (let k = 0; k < RULES_PER_COMMIT; k++) {
        const n = ((c * 7919 + k * 104729) % count) + 1;
        let text = texts.get(n)!.replace(/opening hours( \(edit \d+\))?, rule/, `opening hours (edit ${c}), rule`);
        if (k === 0 && c % 25 === 0) text = text.replace(/^color: yellow$/m, 'color: green');
        texts.set(n, text);
        if (k === 0 && c % 100 === 0 && !moved.has(n)) {
          ops.push(`D ${path(n, false)}\n`);
          moved.add(n);
        }
        ops.push(file(path(n, moved.has(n)), text));
      }
    }
    chunks.push(
      `commit refs/heads/main\ncommitter Bench <bench@example.org> ${when}\ndata ${Buffer.byteLength(subject)}\n${subject}\n`,
      ...ops,
      '\n',
    );
  }
  git(['fast-import', '--quiet'], chunks.join(''));
  git(['checkout', '-q', '-f', 'main']);
  return join(dir, 'policies');
}
