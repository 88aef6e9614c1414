// Writes a synthetic rule book of any size, shaped like the sample (all colors, every category,
// examples, tags, related links), for the benchmarks.
import { mkdir, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

const categories = ['Borrowing', 'Spaces', 'Computers', 'Conduct', 'Children', 'Privacy', 'Fees'];
const topics = [
  'laptops',
  'printing',
  'study rooms',
  'music',
  'late returns',
  'parking',
  'umbrellas',
  'chess sets',
  'scanners',
  'board games',
  'seed library',
  'microfilm',
  'bicycles',
  'pets',
  'photography',
];
const words = [
  'quiet',
  'guest',
  'family',
  'visit',
  'renew',
  'card',
  'desk',
  'table',
  'hours',
  'window',
  'reading',
  'community',
  'class',
  'group',
  'screen',
  'account',
];

// The topics in the other languages a generated book may have (bench:languages), same order.
const translatedTopics: Record<string, readonly string[]> = {
  es: [
    'portátiles',
    'impresión',
    'salas de estudio',
    'música',
    'devoluciones tardías',
    'estacionamiento',
    'paraguas',
    'ajedrez',
    'escáneres',
    'juegos de mesa',
    'semillas',
    'microfilmes',
    'bicicletas',
    'mascotas',
    'fotografía',
  ],
  ar: [
    'الحواسيب المحمولة',
    'الطباعة',
    'غرف الدراسة',
    'الموسيقى',
    'الإرجاع المتأخر',
    'موقف السيارات',
    'المظلات',
    'الشطرنج',
    'الماسحات الضوئية',
    'ألعاب الطاولة',
    'مكتبة البذور',
    'الميكروفيلم',
    'الدراجات',
    'الحيوانات الأليفة',
    'التصوير',
  ],
};
const translatedText: Record<string, (topic: string, n: number) => { title: string; wording: string }> = {
  es: (topic, n) => ({
    title: `Sobre ${topic}, norma ${n}`,
    wording: `Puede preguntar por ${topic} en cualquier mostrador. Con gusto le ayudamos.`,
  }),
  ar: (topic, n) => ({ title: `عن ${topic}، القاعدة ${n}`, wording: `يمكنك السؤال عن ${topic} في أي مكتب. يسعدنا أن نساعدك.` }),
};

function pick<T>(list: readonly T[], n: number): T {
  return list[n % list.length]!;
}

export function ruleYaml(n: number, total: number, languages: readonly string[] = []): string {
  const id = `rule-${String(n).padStart(5, '0')}`;
  const color = n % 10 < 1 ? 'red' : n % 10 < 4 ? 'yellow' : 'green';
  const topic = pick(topics, n);
  const word = pick(words, n * 7);
  const lines = [
    '# yaml-language-server: $schema=../../schemas/policy.schema.json',
    `id: ${id}`,
    `title: ${topic[0]!.toUpperCase()}${topic.slice(1)} and the ${word} rule ${n}`,
    `color: ${color}`,
    `category: ${pick(categories, n)}`,
    'rule: >-',
    `  Staff handle ${topic} requests at the ${word} desk only during opening hours, rule ${n}.`,
    'intent: >-',
    `  Everyone gets a fair share of ${topic}, and the ${word} area stays pleasant for all.`,
    'public_wording: >-',
    `  You are welcome to ask about ${topic} at any desk. We are happy to help.`,
  ];
  if (color === 'green') lines.push('bend:', `  how: Use your judgment with ${topic}.`, '  limit: Up to $20 or 30 minutes.');
  if (color === 'yellow') lines.push('bend:', '  how: Bend it after a quick check.', '  ask: Supervisor on duty');
  lines.push(`instead: Offer another ${word} option.`);
  if (n % 3 === 0)
    lines.push(
      'examples:',
      `  - situation: A visitor asks about ${topic} near closing time.`,
      '    response: Help them if it takes five minutes or less.',
    );
  lines.push(`tags: [${topic}, ${word}, ${pick(words, n + 3)}]`);
  if (n > 1) lines.push(`related: [rule-${String(((n * 31) % (total - 1)) + 1).padStart(5, '0')}]`);
  lines.push('owner: Public services manager', 'reviewed: 2026-06-01', 'review_by: 2099-06-01');
  const translated = languages.filter((language) => translatedText[language]);
  if (translated.length > 0) lines.push('translations:');
  for (const language of translated) {
    const text = translatedText[language]!(pick(translatedTopics[language]!, n), n);
    lines.push(`  ${language}:`, `    title: ${JSON.stringify(text.title)}`, `    public_wording: ${JSON.stringify(text.wording)}`);
  }
  return `${lines.join('\n')}\n`;
}

/**
 * Writes `count` rules into `dir/policies` (100 per sub-folder) and returns that folder. With
 * `languages` (e.g. [en, es, ar]) the book has them in _site.yaml and every rule is translated
 * into each language after the first that the generator knows (es, ar).
 */
export async function generateBook(dir: string, count: number, options: { languages?: readonly string[] } = {}): Promise<string> {
  const policies = join(dir, 'policies');
  await rm(dir, { recursive: true, force: true });
  await mkdir(policies, { recursive: true });
  const languages = options.languages ?? [];
  const site = [`organisation: Benchmark Public Library`, `categories: [${categories.join(', ')}]`];
  if (languages.length > 0) site.push(`languages: [${languages.join(', ')}]`);
  await writeFile(join(policies, '_site.yaml'), `${site.join('\n')}\n`);
  for (let start = 1; start <= count; start += 100) {
    const folder = join(policies, `part-${String(start).padStart(5, '0')}`);
    await mkdir(folder);
    const writes = [];
    for (let n = start; n < start + 100 && n <= count; n++)
      writes.push(writeFile(join(folder, `rule-${String(n).padStart(5, '0')}.yaml`), ruleYaml(n, count, languages.slice(1))));
    await Promise.all(writes);
  }
  return policies;
}
