import { basename, extname } from 'node:path';
import { findingAt } from '../finding-at.ts';
import type { BookCheck } from './check.ts';
import { policySchema } from '../schemas.ts';

// What an id may be: the schema's pattern.
const ID = new RegExp(policySchema.properties.id.pattern, 'u');

export const idMatchesFile: BookCheck = {
  name: 'id-matches-file',
  perRule: true,
  run({ rules }) {
    return rules.flatMap((rule) => {
      const expected = basename(rule.file, extname(rule.file));
      if (rule.data.id === expected) return [];
      return [
        findingAt(
          rule.source,
          'id-mismatch',
          ['id'],
          'value',
          `must equal the file name "${expected}" (got "${rule.data.id}")`,
          // A file name that is no id ("Quiet-Floor.yml") cannot be copied into the id: only the rename fixes it.
          ID.test(expected)
            ? `Change the id to \`${expected}\`, or rename the file to \`${rule.data.id}${extname(rule.file)}\`.`
            : `Rename the file to \`${rule.data.id}${extname(rule.file)}\` (an id, and so its file name, is lowercase-kebab-case).`,
        ),
      ];
    });
  },
};
