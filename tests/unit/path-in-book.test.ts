// The staff rule page names a rule's file as the book's own repository does, wherever the build
// runs from (found by a new-user trial: a book built with --dir showed "../oak/policies/…").
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { afterAll, expect, it } from 'vitest';
import { pathInBook } from '../../src/lib/path-in-book.ts';
import { TempRepo } from '../helpers/git-repo.ts';

const repo = new TempRepo();
const loose = mkdtempSync(join(tmpdir(), 'rules-clarity-loose-book-'));
afterAll(() => {
  repo.dispose();
  rmSync(loose, { recursive: true, force: true });
});

it('gives the path from the top of the book’s repository, as a build from the project folder reads it', () => {
  repo.write('policies/_site.yaml', 'organisation: Oakdale Library\ncategories: [Spaces]\n');
  process.env.RULES_DIR = join(repo.dir, 'policies');
  try {
    // The build names files from where it runs (the project folder): a path that leaves it.
    const file = relative(process.cwd(), join(repo.dir, 'policies', 'spaces', 'quiet.yaml'));
    expect(file.startsWith('..')).toBe(true);
    expect(pathInBook(file)).toBe('policies/spaces/quiet.yaml');
  } finally {
    delete process.env.RULES_DIR;
  }
});
