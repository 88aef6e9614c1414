// Speed work must not change a byte of what users get. This builds both editions and runs
// `check --format json` with the code of another commit (default: where this branch left main) and with this working
// tree, on the same book, and compares the results file by file, byte for byte.
// Run: npm run bench:same-output [-- --before <ref> --rules 10000]
// (--rules N uses a generated book of N rules instead of the sample book in policies/.)
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, readFileSync, readdirSync, rmSync, symlinkSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { projectRoot } from '../src/cli/site-steps.ts';
import { generateBook } from './generate-book.ts';

const { values } = parseArgs({ options: { before: { type: 'string' }, rules: { type: 'string', default: '0' } } });
const rules = Number(values.rules);
if (!Number.isInteger(rules) || rules < 0) throw new Error(`--rules takes a whole number (got "${values.rules}")`);

const git = (args: string[], cwd = projectRoot) => {
  const result = spawnSync('git', args, { cwd, encoding: 'utf8' });
  if (result.status !== 0) throw new Error(`git ${args.join(' ')}: ${result.stderr}`);
  return result.stdout.trim();
};

// By default, where this branch left main: what this branch changed, and nothing main did since.
const beforeRef = values.before ?? git(['merge-base', 'HEAD', 'main']);
// The other commit, checked out beside this tree as a git worktree of its own: the rules'
// history (from git) is then the same for both, and nothing of this tree is touched.
const commit = git(['rev-parse', '--verify', `${beforeRef}^{commit}`]);
const before = resolve(projectRoot, 'bench/out/same-output', `before-${commit.slice(0, 12)}`);
if (!existsSync(before)) {
  git(['worktree', 'add', '--detach', before, commit]);
  // The same dependencies when the lock file is the same; otherwise its own.
  if (git(['diff', commit, '--', 'package-lock.json']) === '') symlinkSync(join(projectRoot, 'node_modules'), join(before, 'node_modules'));
  else run('npm', ['ci'], before);
}

// The book, at the same path inside both trees, so files are named the same by both.
// (A generated book keeps its rules in the folder's policies/, beside nothing else.)
const generated = `bench/out/same-output-book-${rules}`;
const book = rules === 0 ? 'policies' : `${generated}/policies`;
if (rules > 0) {
  await generateBook(join(projectRoot, generated), rules);
  rmSync(join(before, generated), { recursive: true, force: true });
  cpSync(join(projectRoot, generated), join(before, generated), { recursive: true });
}

function run(command: string, args: string[], cwd: string, env: NodeJS.ProcessEnv = {}): { stdout: string; seconds: number } {
  const started = performance.now();
  const result = spawnSync(command, args, {
    cwd,
    encoding: 'utf8',
    env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', NO_COLOR: '1', ...env },
    maxBuffer: 256 * 1024 * 1024,
  });
  // `check` exits 1 on a book with warnings under --strict only; a failed build is a failure.
  if (result.status !== 0 && !(args.includes('check') && result.status === 1)) {
    throw new Error(`${command} ${args.join(' ')} in ${cwd} failed:\n${result.stdout}${result.stderr}`);
  }
  return { stdout: result.stdout, seconds: (performance.now() - started) / 1000 };
}

// Any fixed date: a commit older than SOURCE_DATE_EPOCH support stamps its own build's date instead.
const BUILD_EPOCH = '1795824000';
const differences: string[] = [];
const checks = new Map<string, string>();
try {
  compareBuilds();
} finally {
  // The symlinked node_modules goes with the worktree; the folder it points to stays.
  git(['worktree', 'remove', '--force', before]);
}

function compareBuilds(): void {
  const out = resolve(projectRoot, 'bench/out/same-output');
  for (const [name, root] of [
    ['before', before],
    ['after', projectRoot],
  ] as const) {
    const cli = join(root, 'src/cli/rules-clarity.ts');
    for (const edition of ['staff', 'public']) {
      const target = join(out, `${name}-${edition}`);
      rmSync(target, { recursive: true, force: true });
      // Each build its own Astro cache, so neither reuses what the other stored.
      // One build date for both (the staff pages are stamped with it): see src/lib/build-date.ts.
      const { seconds } = run(process.execPath, [cli, 'build', '--dir', book, '--edition', edition, '--out', target], root, {
        RULES_CACHE_DIR: join(out, `cache-${name}-${edition}`),
        SOURCE_DATE_EPOCH: BUILD_EPOCH,
      });
      rmSync(join(out, `cache-${name}-${edition}`), { recursive: true, force: true });
      console.log(`${name}: built the ${edition} edition in ${seconds.toFixed(1)} s`);
    }
    const check = run(process.execPath, [cli, 'check', '--dir', book, '--format', 'json', '--no-cache'], root);
    checks.set(name, check.stdout);
  }

  for (const edition of ['staff', 'public']) compareTrees(join(out, `before-${edition}`), join(out, `after-${edition}`));
  if (checks.get('before') !== checks.get('after')) differences.push('check --format json: the reports differ');

  const files = (folder: string) => readdirSync(folder, { recursive: true, encoding: 'utf8' }).length;
  console.log(
    `\n${rules === 0 ? 'sample book' : `${rules} generated rules`}: before ${commit.slice(0, 12)} (${values.before ?? 'where this branch left main'}), after this tree; ` +
      `staff ${files(join(out, 'after-staff'))} files, public ${files(join(out, 'after-public'))} files, check report ${checks.get('after')!.length} bytes`,
  );
  if (differences.length > 0) {
    console.log(
      `NOT the same output:\n${differences.slice(0, 20).join('\n')}${differences.length > 20 ? `\n… and ${differences.length - 20} more` : ''}`,
    );
    process.exitCode = 1;
  } else console.log('The same output, byte for byte: both editions and the check report.');
}

/** Every file of both folders, by relative path, compared byte for byte. */
function compareTrees(a: string, b: string): void {
  const list = (folder: string) =>
    new Set(
      readdirSync(folder, { recursive: true, withFileTypes: true })
        .filter((entry) => entry.isFile())
        .map((entry) => join(entry.parentPath, entry.name).slice(folder.length + 1)),
    );
  const left = list(a);
  const right = list(b);
  for (const path of left) if (!right.has(path)) differences.push(`${b}: ${path} is missing`);
  for (const path of right) if (!left.has(path)) differences.push(`${b}: ${path} is new`);
  for (const path of left) {
    if (right.has(path) && !readFileSync(join(a, path)).equals(readFileSync(join(b, path))))
      differences.push(`${path} differs (${a} / ${b})`);
  }
}
