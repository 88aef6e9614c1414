// Accents garbled by a wrong encoding, as a French translation saved twice over reads: the check
// says which word, that the file was saved in the wrong encoding, and what the word should read.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { garbledIn } from '../../src/lib/checks/garbled.ts';
import type { Finding } from '../../src/lib/finding.ts';
import { loadBook } from '../../src/lib/load-book.ts';
import { ruleYaml } from '../helpers/git-repo.ts';

const fixes = (text: string) => garbledIn(text).map((spot) => `${spot.match} → ${spot.fixed}`);

async function findingsOfBook(files: Record<string, string>): Promise<Finding[]> {
  const folder = mkdtempSync(join(tmpdir(), 'rules-clarity-garbled-'));
  try {
    for (const [name, text] of Object.entries(files)) writeFileSync(join(folder, name), text);
    return (await loadBook(folder, { today: '2026-11-25' })).findings;
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}

describe('garbled accents', () => {
  it.each([
    ['Au rez-de-chaussÃ©e, à côté du deuxiÃ¨me escalier.', ['rez-de-chaussÃ©e → rez-de-chaussée', 'deuxiÃ¨me → deuxième']],
    ['Câ€™est gratuit : demandez â€œdes Ã©couteursâ€\u009d.', ['Câ€™est → C’est', 'â€œdes → “des', 'Ã©couteursâ€\u009d → écouteurs”']],
    ['Una multa de 5Â\u00A0€ por día; niÃ±os gratis.', ['5Â\u00A0€ → 5\u00A0€', 'niÃ±os → niños']],
    // The no-break space after the lead byte turned into a plain space.
    ['Rendez-vous Ã  la banque, 5Â € la page.', ['Ã → à', '5Â → 5']],
  ])('finds %j', (text, expected) => {
    expect(fixes(text)).toEqual(expected);
  });

  it.each([
    'Jusqu’à… la fin du mois, déjà vu, ÂGE, Âge.',
    'São Tomé, Ñandú, über, Ôtez, garçon, « guillemets »',
    'يمكنك استعارة الكتب من المكتبة.',
    'Wi-Fi gratuit, café, crème brûlée.',
    // Capitals before French typography's no-break spaces, quotes and dashes; Portuguese capitals (found by a review).
    '«\u00A0RÉSERVÉ\u00A0» Mot de passe\u00A0: CAFÉ\u00A0!',
    'The “CAFÉ” is open. CAFÉ’S hours: ÉTÉ–HIVER.',
    'A IRMÃ DA BIBLIOTECÁRIA',
  ])('leaves real accents alone: %j', (text) => {
    expect(garbledIn(text)).toEqual([]);
  });

  it('warns at each garbled word of a rule and of _site.yaml, with the word it should be (found by a French volunteer)', async () => {
    const findings = await findingsOfBook({
      '_site.yaml':
        'organisation: Test Library\ncategories: [Spaces]\nlanguages: [en, fr]\ntranslations:\n  fr:\n    organisation: BibliothÃ¨que de Riverside\n',
      'headphones.yaml': ruleYaml('headphones', 'green').concat(
        [
          'translations:',
          '  fr:',
          '    title: Ã‰couteurs à l’accueil',
          '    public_wording: >-',
          '      Au rez-de-chaussÃ©e, nous prêtons des',
          '      Ã©couteurs.',
          '',
        ].join('\n'),
      ),
    });
    const garbled = findings
      .filter((finding) => finding.code === 'garbled-text')
      .map(({ file, line, column, severity, field, message, hint }) => [
        `${file.split('/').pop()}:${line}:${column} ${severity} ${field}: ${message}`,
        hint,
      ]);
    const saved =
      'has garbled characters: the file was saved in the wrong encoding at some point (UTF-8 read as Latin-1), and pages would show them as written';
    const rest = 'Look through the rest of the file for more, and save it as UTF-8.';
    expect(garbled).toEqual([
      [`_site.yaml:6:19 warning translations.fr.organisation: \`BibliothÃ¨que\` ${saved}`, `Write \`Bibliothèque\` in its place. ${rest}`],
      [`headphones.yaml:11:12 warning translations.fr.title: \`Ã‰couteurs\` ${saved}`, `Write \`Écouteurs\` in its place. ${rest}`],
      [
        `headphones.yaml:13:10 warning translations.fr.public_wording: \`rez-de-chaussÃ©e\` ${saved}`,
        `Write \`rez-de-chaussée\` in its place. ${rest}`,
      ],
      [`headphones.yaml:14:7 warning translations.fr.public_wording: \`Ã©couteurs\` ${saved}`, `Write \`écouteurs\` in its place. ${rest}`],
    ]);
  });
});
