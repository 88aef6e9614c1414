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
          // Unless that name is taken: "phone-calls copy.yaml" is a copy, and renaming it over
          // phone-calls.yaml would lose the rule (found by a new-user trial).
          ID.test(expected)
            ? `Change the id to \`${expected}\`, or rename the file to \`${rule.data.id}${extname(rule.file)}\` if no file has that name yet.`
            : `Rename the file to \`${rule.data.id}${extname(rule.file)}\` (an id, and so its file name, is lowercase-kebab-case). If a file of that name is there already, this one is a copy: give it an id of its own, and name the file after it.`,
        ),
      ];
    });
  },
};
