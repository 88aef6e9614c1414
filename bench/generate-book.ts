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

function pick<T>(list: readonly T[], n: number): T {
  return list[n % list.length]!;
}

export function ruleYaml(n: number, total: number): string {
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
  return `${lines.join('\n')}\n`;
}

/** Writes `count` rules into `dir/policies` (100 per sub-folder) and returns that folder. */
export async function generateBook(dir: string, count: number): Promise<string> {
  const policies = join(dir, 'policies');
  await rm(dir, { recursive: true, force: true });
  await mkdir(policies, { recursive: true });
  await writeFile(join(policies, '_site.yaml'), `organisation: Benchmark Public Library\ncategories: [${categories.join(', ')}]\n`);
  for (let start = 1; start <= count; start += 100) {
    const folder = join(policies, `part-${String(start).padStart(5, '0')}`);
    await mkdir(folder);
    const writes = [];
    for (let n = start; n < start + 100 && n <= count; n++)
      writes.push(writeFile(join(folder, `rule-${String(n).padStart(5, '0')}.yaml`), ruleYaml(n, count)));
    await Promise.all(writes);
  }
  return policies;
}
