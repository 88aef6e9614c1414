// A translation's change headed by its language and field, "Spanish: public wording", where the
// bare path `translations.es.public_wording` had been the heading (found by a reviewer's trial).
import { expect, it } from 'vitest';
import { diffBooks } from '../../src/lib/changes/diff.ts';
import { formatChangesMarkdown } from '../../src/lib/changes/markdown.ts';
import { snapshotOf } from '../../src/lib/changes/snapshot.ts';
import { ruleYaml } from '../helpers/git-repo.ts';

const book = (text: string) => snapshotOf([{ file: 'policies/wifi.yaml', bytes: Buffer.from(text) }]);
const wifi = (es: Record<string, string>, ar: Record<string, string>) =>
  ruleYaml('wifi', 'green', { title: 'Wi-Fi', translations: { es: { title: 'Wifi', ...es }, ar: { title: 'واي فاي', ...ar } } });

it('heads a translated field with the language name and the field as the report names it', () => {
  const markdown = formatChangesMarkdown(
    diffBooks(
      book(wifi({ public_wording: 'Gratis.' }, { public_wording: 'مجاني.' })),
      book(wifi({ public_wording: 'Gratis para todos.', public_why: 'Para todos.' }, { public_wording: 'مجاني للجميع.' })),
    ),
    'main',
  );
  expect(markdown.match(/^\*\*.*$/gm)).toEqual([
    '**Arabic: public wording** (<code>translations.ar.public\\_wording</code>)',
    // Each language's fields in the order of the rule's own: by name they had come reversed (found by a reviewer's trial).
    '**Spanish: public wording** (<code>translations.es.public\\_wording</code>)',
    '**Spanish: why we ask (public)** (<code>translations.es.public\\_why</code>)',
  ]);
});
