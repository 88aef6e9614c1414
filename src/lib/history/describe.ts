// What a commit changed in a rule, as HTML: the same words on the rule pages, the recent-changes
// pages and in the feeds. Every text is escaped here.
import type { FieldChange } from '../changes/diff.ts';
import { redlineOf } from '../changes/redline.ts';
import { colorInfo } from '../colors.ts';
import { directionOf } from '../i18n/languages.ts';
import type { Color } from '../schemas.ts';
import { escapeHtml } from './atom.ts';
import type { HistoryEntry, PublicChange } from './history.ts';

/** A rule a page links to: its title and its page's address. */
export interface LinkedRule {
  title: string;
  href: string;
}

/**
 * Color first (a loosening marked), then each field with its word-by-word redline. A removed
 * rule names the rules that took its place (`replacedBy`), if any.
 */
export function staffChangeHtml(entry: HistoryEntry, replacedBy: readonly LinkedRule[] = []): string {
  const parts: string[] = [];
  if (entry.added) parts.push('<p>Rule added.</p>');
  if (entry.removed)
    parts.push(
      replacedBy.length > 0
        ? `<p><strong>Rule removed.</strong> Replaced by ${new Intl.ListFormat('en', { type: 'conjunction' }).format(
            replacedBy.map((rule) => `<a href="${escapeHtml(rule.href)}">${escapeHtml(rule.title)}</a>`),
          )}.</p>`
        : '<p><strong>Rule removed.</strong> It no longer applies.</p>',
    );
  if (entry.idBefore) parts.push(`<p>Id changed from <code>${escapeHtml(entry.idBefore)}</code>.</p>`);
  if (entry.color) {
    const { from, to, loosened } = entry.color;
    parts.push(
      `<p class="history-color">Color: ${colorLabel(from)} → ${colorLabel(to)}${
        loosened ? ` <strong class="loosened">Loosened: ${escapeHtml(loosenedHow(from))}</strong>` : ''
      }</p>`,
    );
  }
  if (entry.fields.length > 0)
    parts.push(
      `<ul class="history-fields">${entry.fields
        .map((field) => fieldHtml(`<code>${escapeHtml(field.field)}</code>`, field, translationLanguage(field.field)))
        .join('')}</ul>`,
    );
  return parts.join('');
}

/**
 * What a loosening lets staff do. A yellow rule could already be bent, after checking: "what they
 * could not before" had misread yellow to green (found by a policy clerk's trial).
 */
export function loosenedHow(from: string): string {
  return from === 'yellow' ? 'staff may now bend it without checking first' : 'staff may now bend what they could not before';
}

/** The language of a translation's field (`translations.ar.title`): its text is marked so, and read right to left in Arabic. */
function translationLanguage(field: string): string | undefined {
  return /^translations\.([A-Za-z]{2,3}(?:-[A-Za-z0-9]{2,8})*)\./.exec(field)?.[1];
}

const PUBLIC_LABELS: Record<string, string> = {
  title: 'Title',
  category: 'Topic',
  public_wording: 'What we say',
  why: 'Why we ask',
};

/** Only the public fields, with labels as visitors read them. */
export function publicChangeHtml(change: PublicChange): string {
  const parts: string[] = [];
  if (change.published) parts.push('<p>Published.</p>');
  if (change.fields.length > 0)
    parts.push(
      `<ul class="history-fields">${change.fields.map((field) => fieldHtml(escapeHtml(PUBLIC_LABELS[field.field] ?? field.field), field)).join('')}</ul>`,
    );
  return parts.join('');
}

function fieldHtml(label: string, field: FieldChange, lang?: string): string {
  const del = (text: string) => `<del>${escapeHtml(text)}</del>`;
  const ins = (text: string) => `<ins>${escapeHtml(text)}</ins>`;
  let body: string;
  // Redlined here, for the changes a page shows, not for every change of every rule.
  const words = field.redline ?? redlineOf(field);
  if (words)
    body = words
      .map((part) => (part.op === 'same' ? escapeHtml(part.text) : part.op === 'removed' ? del(part.text) : ins(part.text)))
      .join('');
  else if (field.before !== undefined && field.after !== undefined) body = `${del(field.before)} ${ins(field.after)}`;
  else if (field.after !== undefined) body = `${ins(field.after)} (new)`;
  else body = `${del(field.before ?? '')} (removed)`;
  // Spanish or Arabic text in an English page says its language, so screen readers switch voice
  // and Arabic keeps its word order (found by an accessibility audit).
  const marked = lang ? ` lang="${escapeHtml(lang)}" dir="${directionOf(lang)}"` : '';
  return `<li>${label}: <span class="redline"${marked}>${body}</span></li>`;
}

function colorLabel(color: string): string {
  return escapeHtml(colorInfo[color as Color]?.label ?? color);
}

/** A one-line summary for lists: "Color Red → Green; title, intent". */
export function staffChangeSummary(entry: HistoryEntry): string {
  const parts: string[] = [];
  if (entry.added) parts.push('added');
  if (entry.removed) parts.push('removed');
  if (entry.color) parts.push(`color ${entry.color.from} → ${entry.color.to}`);
  if (entry.fields.length > 0) parts.push(entry.fields.map((field) => field.field).join(', '));
  return parts.join('; ');
}
