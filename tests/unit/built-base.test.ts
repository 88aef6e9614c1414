// `serve` serves a folder under the path it was built for: the build notes it beside the caches.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, expect, it } from 'vitest';
import { builtBase, recordBuiltBase } from '../../src/lib/built-base.ts';

const dir = mkdtempSync(join(tmpdir(), 'rules-clarity-built-base-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

it('gives back the path each folder was last built for, and nothing for a folder never noted', () => {
  const file = join(dir, 'built-base.bin');
  expect(builtBase('dist-public', file)).toBeUndefined();
  recordBuiltBase('dist-public', '/rules/', file);
  recordBuiltBase('dist', undefined, file);
  expect(builtBase('dist-public', file)).toBe('/rules/');
  expect(builtBase(join(process.cwd(), 'dist-public'), file)).toBe('/rules/');
  expect(builtBase('dist', file)).toBe('/');
  // Built again for the root of its host: the new path wins.
  recordBuiltBase('dist-public', undefined, file);
  expect(builtBase('dist-public', file)).toBe('/');
  // A damaged note is no note: serve falls back to the settings.
  writeFileSync(file, 'not json');
  expect(builtBase('dist-public', file)).toBeUndefined();
});
