import { findingAt } from '../finding-at.ts';
import type { BookCheck } from './check.ts';

export const duplicateIds: BookCheck = {
  name: 'duplicate-ids',
  run({ rules }) {
    const firstFile = new Map<string, string>();
    return rules.flatMap((rule) => {
      const earlier = firstFile.get(rule.data.id);
      if (earlier === undefined) {
        firstFile.set(rule.data.id, rule.file);
        return [];
      }
      return [findingAt(rule.source, 'duplicate-id', ['id'], 'value', `"${rule.data.id}" is also the id of ${earlier}`)];
    });
  },
};
