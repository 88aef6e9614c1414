// The binder's order: topics as _site.yaml lists them, each rule numbered within its topic
// ("3.4"), since a browser cannot print the page a link points to (no CSS target-counter).
import type { Rule } from './schemas.ts';

export interface BinderTopic {
  category: string;
  /** 1, 2, 3… in the order of `categories`, counting only topics that have rules. */
  number: number;
  rules: { rule: Rule; number: string }[];
}

/** Topics in `categories` order, empty ones left out; rules within a topic by title. */
export function binderTopics(categories: readonly string[], rules: readonly Rule[]): BinderTopic[] {
  const byTitle = [...rules].sort((a, b) => a.title.localeCompare(b.title, 'en'));
  return categories
    .map((category) => ({ category, rules: byTitle.filter((rule) => rule.category === category) }))
    .filter((topic) => topic.rules.length > 0)
    .map((topic, index) => ({
      category: topic.category,
      number: index + 1,
      rules: topic.rules.map((rule, at) => ({ rule, number: `${index + 1}.${at + 1}` })),
    }));
}
