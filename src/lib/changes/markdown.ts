import { plural } from '../summary.ts';
import type { BookChanges, FieldChange } from './diff.ts';

const COLOR_LABEL: Record<string, string> = { red: '⛔ Red', yellow: '⚠️ Yellow', green: '🟢 Green' };
const FIELD_LABEL: Record<string, string> = { intent: 'Intent', 'bend.limit': 'Limit', public_wording: 'Public wording' };

/** A pull-request comment: color changes first (loosening needs sign-off), then the rest. */
export function formatChangesMarkdown(changes: BookChanges, ref: string): string {
  const { added, removed, renamed, colors, changed } = changes;
  const out: string[] = [`## Rule book changes since \`${code(ref)}\``, ''];
  if (added.length + removed.length + renamed.length + colors.length + changed.length === 0) {
    return `${out.join('\n')}\nNo rule changed.\n`;
  }
  const loosened = colors.filter((change) => change.loosened).length;
  out.push([
    colors.length > 0 && `**${plural(colors.length, 'color change')}${loosened > 0 ? `, ${loosened} loosened: needs sign-off` : ''}**`,
    added.length > 0 && `${added.length} added`,
    removed.length > 0 && `${removed.length} removed`,
    renamed.length > 0 && `${renamed.length} renamed`,
    changed.length > 0 && `${changed.length} changed`,
  ].filter(Boolean).join(' · '), '');

  if (colors.length > 0) {
    out.push('### Color changes', '', '| Rule | Before | After | |', '|---|---|---|---|');
    for (const change of colors) {
      const note = change.loosened ? '**Loosened: needs sign-off**' : 'Tightened';
      out.push(`| ${inline(change.title)} (\`${code(change.id)}\`) | ${label(change.from)} | ${label(change.to)} | ${note} |`);
    }
    out.push('');
  }
  if (added.length > 0) {
    out.push('### Added', '', ...added.map((rule) => `- ${inline(rule.title)} (\`${code(rule.id)}\`): ${label(rule.color)}, ${inline(rule.category)}`), '');
  }
  if (removed.length > 0) {
    out.push('### Removed', '', ...removed.map((rule) => `- ${inline(rule.title)} (\`${code(rule.id)}\`): was ${label(rule.color)}`), '');
  }
  if (renamed.length > 0) {
    out.push('### Renamed', '', ...renamed.map((rule) => `- \`${code(rule.from)}\` → \`${code(rule.to)}\` (${inline(rule.title)})`), '');
  }
  if (changed.length > 0) {
    out.push('### Changed', '');
    for (const rule of changed) {
      out.push(`#### ${inline(rule.title)} (\`${code(rule.id)}\`)`, '');
      for (const field of rule.shown) out.push(...beforeAfter(field));
      if (rule.others.length > 0) out.push(`Also changed: ${rule.others.map((name) => `\`${code(name)}\``).join(', ')}`, '');
    }
  }
  return `${out.join('\n').trimEnd()}\n`;
}

function beforeAfter(change: FieldChange): string[] {
  return [
    `**${FIELD_LABEL[change.field] ?? change.field}**`,
    '',
    `- Before: ${change.before === undefined ? '_(none)_' : inline(change.before)}`,
    `- After: ${change.after === undefined ? '_(none)_' : inline(change.after)}`,
    '',
  ];
}

function label(color: string): string {
  return COLOR_LABEL[color] ?? inline(color);
}

/**
 * Text from a rule, made inert: no HTML, links, emphasis, table breaks, @mentions or web
 * addresses GitHub would turn into links, from what someone typed.
 */
export function inline(text: string): string {
  return text
    .replace(/\s+/g, ' ')
    .replace(/[\\`*_{}[\]()#+!|~>]/g, '\\$&')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/@/g, '&#64;')
    .replace(/:\/\//g, '&#58;//')
    .replace(/\bwww\./gi, (found) => `${found.slice(0, 3)}&#46;`);
}

function code(text: string): string {
  return text.replace(/`/g, 'ˋ');
}
