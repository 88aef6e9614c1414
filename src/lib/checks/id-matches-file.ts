import { basename, extname } from 'node:path';
import { findingAt } from '../finding-at.ts';
import type { BookCheck } from './check.ts';

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
          `Change the id to \`${expected}\`, or rename the file to \`${rule.data.id}${extname(rule.file)}\`.`,
        ),
      ];
    });
  },
};
