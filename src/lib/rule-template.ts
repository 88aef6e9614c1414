import { fieldDescription } from './schema-fields.ts';
import type { Color } from './schemas.ts';

function note(name: string, indent = ''): string {
  const description = fieldDescription(name);
  return description ? `${indent}# ${description}\n` : '';
}

/**
 * A new rule file: every field the color needs, left empty for the author, each with its
 * description from the JSON Schema as a note. `npm run check` then points at what is left to fill.
 */
export function ruleTemplate(options: {
  id: string;
  color: Color;
  category: string;
  schemaPath: string;
  /** The book's `languages` after the first: each gets a commented translation to fill in. */
  otherLanguages?: readonly string[];
  /** The check of the book the rule is in (`npm run check -- --dir …` for a book of its own). */
  check?: string;
}): string {
  const { id, color, category, schemaPath, otherLanguages = [], check = 'npm run check' } = options;
  const translations =
    otherLanguages.length === 0
      ? ''
      : `${note('translations')}# translations:\n${otherLanguages
          .map((language) => `#   ${language}:\n#     title: ""\n#     public_wording: ""\n#     public_why: ""\n`)
          .join('')}`;
  const bend =
    color === 'red'
      ? `${note('instead')}instead: ""\n`
      : `${note('bend')}bend:\n${color === 'yellow' ? `${note('bend.ask', '  ')}  ask: ""\n${note('bend.how', '  ')}  # how: ""\n` : `${note('bend.how', '  ')}  how: ""\n`}${note('bend.limit', '  ')}  # limit: ""\n`;
  return `# yaml-language-server: $schema=${schemaPath}
# A new rule. Fill in each empty field, then run \`${check}\`: it points at anything left to do.
# Lines starting with # are notes; a field after # is optional (remove the # to use it).

${note('id')}id: ${id}
${note('title')}title: ""
${note('color')}color: ${color}
${note('category')}category: ${JSON.stringify(category)}
${note('rule')}rule: ""
${note('intent')}intent: ""
${note('public_wording')}public_wording: ""
${note('public_why')}# public_why: ""
${translations}${bend}${note('examples')}# examples:
#   - situation: ""
#     response: ""
${note('tags')}# tags: []
${note('replaces')}# replaces: []
${note('owner')}# owner: ""
${note('review_by')}# review_by: YYYY-MM-DD
${note('adopted')}# adopted: YYYY-MM-DD
${note('approved_by')}# approved_by: ""
`;
}
