import { isDeepStrictEqual } from 'node:util';
import type { SiteSettingChange, SiteSide, UnreadableSite } from './site-settings.ts';
import { bareLanguageName, languageName } from '../languages.ts';
import { plural } from '../summary.ts';
import {
  noRuleChanged,
  type BookChanges,
  type ChangedRule,
  type ColorChange,
  type FieldChange,
  type RuleRef,
  type RuleSide,
  type SignOff,
  type UnreadableChange,
} from './diff.ts';
import type { TranslationsOutdated } from './translations.ts';
import type { AmountLeft } from './amounts.ts';
import { onlyReviewDates } from './review-dates.ts';
import { onlyRecordKeeping, recordGroups, type RecordGroup } from './record-keeping.ts';
import type { RedlinePart } from './redline.ts';

const COLOR_LABEL: Record<string, string> = { red: '⛔ Red', yellow: '⚠️ Yellow', green: '🟢 Green' };
const FIELD_LABEL: Record<string, string> = {
  title: 'Title',
  category: 'Category',
  rule: 'Rule as staff know it',
  intent: 'Intent',
  public_wording: 'Public wording',
  public_why: 'Why we ask (public)',
  public: 'In the public edition',
  'bend.how': 'How staff may bend it',
  'bend.limit': 'Limit',
  'bend.ask': 'Whom to ask first',
  instead: 'What staff can offer instead',
  tags: 'Search words',
  related: 'Related rules',
  owner: 'Owner',
  reviewed: 'Last reviewed',
  review_by: 'Review by',
  adopted: 'Adopted',
  approved_by: 'Approved by',
};

/** What a field left out means, where that is not nothing: a rule is public unless it says not. */
const FIELD_DEFAULT: Record<string, string> = { public: 'true' };

export interface ReportOptions {
  /** The short hash of where this branch left the ref, when that is not the ref's tip (the ref moved on since). */
  leftAt?: string;
}

/**
 * A pull-request comment: what needs a person first (files that cannot be read, loosened
 * colors, with who signs off), then the rest. Every value from the rule book goes through
 * `inline` or `code`, so nothing typed in a rule can become markup.
 */
export function formatChangesMarkdown(changes: BookChanges, ref: string, options: ReportOptions = {}): string {
  const { unreadable, added, removed, renamed, colors, changed, approvalNotUpdated, translationsOutdated } = changes;
  // `a..b` names the changes between two commits; a ref alone, since it.
  const out: string[] = [`## Rule book changes ${ref.includes('..') ? 'in' : 'since'} ${code(ref)}`, ''];
  if (options.leftAt !== undefined)
    out.push(
      `Compared with where this branch left ${code(ref)}, ${code(options.leftAt)}: what ${code(ref)} changed since then is not this branch's and is not shown.`,
      '',
    );
  const site = changes.site ?? [];
  const siteReview = siteReviewLine(site);
  const siteBroken = changes.siteUnreadable;
  if (noRuleChanged(changes)) {
    if (site.length === 0 && !siteBroken) return `${out.join('\n')}\nNo rule changed.\n`;
    const attention = [siteBroken && SITE_UNREADABLE, siteReview].filter(Boolean).join(' · ');
    return `${[
      ...out,
      ...(attention ? [attention, ''] : []),
      'No rule changed.',
      '',
      ...(siteBroken ? ['### Cannot be read: needs attention', '', ...unreadableSiteLines(siteBroken)] : []),
      ...(site.length > 0 ? siteSection(site) : []),
    ]
      .join('\n')
      .trimEnd()}\n`;
  }
  const loosened = colors.filter((change) => change.loosened).length;
  const removedLoosening = removed.filter((rule) => rule.loosened).length;
  const limitLoosened = changed.filter((rule) => rule.discretion?.loosened).length;
  const discretion = changed.filter((rule) => rule.discretion && !rule.discretion.loosened).length;
  const staffOnly = changed.filter((rule) => rule.visibility?.staffOnly === true).length;
  const examplesRemoved = changed.filter((rule) => rule.examplesRemoved).length;
  const published = changed.filter((rule) => rule.visibility?.staffOnly === false).length;
  const amountsLeft = changed.filter((rule) => rule.amountsLeft).length;
  const allowing = changed.filter((rule) => rule.allowed).length;
  // Vouched for in a commit message: a price change can pass as a typo fixed (found by a reviewer's trial).
  const vouched = new Set((changes.translationsVouched ?? []).map((rule) => rule.id)).size;
  // Rules only reviewed (their review dates moved) are listed apart, in a line each: a yearly
  // review of every rule had put the few real changes among dozens of date changes.
  const reviewed = changed.filter((rule) => onlyReviewDates(rule.fields) && !colors.some((change) => change.id === rule.id));
  // Likewise rules whose record alone changed (an owner renamed across the book): a line per change.
  const records = changed.filter(
    (rule) => !reviewed.includes(rule) && onlyRecordKeeping(rule) && !colors.some((change) => change.id === rule.id),
  );
  const edited = changed.filter((rule) => !reviewed.includes(rule) && !records.includes(rule));
  out.push(
    [
      siteBroken && SITE_UNREADABLE,
      unreadable.length > 0 &&
        `**${plural(unreadable.length, 'rule file')} cannot be read: ${unreadable.length === 1 ? 'needs' : 'need'} attention**`,
      colors.length > 0 && `**${plural(colors.length, 'color change')}${loosened > 0 ? `, ${loosened} loosened: needs sign-off` : ''}**`,
      removedLoosening > 0 && `**${plural(removedLoosening, 'red or yellow rule')} removed: needs sign-off**`,
      limitLoosened > 0 && `**${plural(limitLoosened, 'rule')} with a limit raised or taken out: needs sign-off**`,
      discretion > 0 && `**${plural(discretion, 'rule')} with what staff may do changed: needs review**`,
      staffOnly > 0 && `**${plural(staffOnly, 'rule')} made staff-only: needs sign-off**`,
      examplesRemoved > 0 && `**${plural(examplesRemoved, 'red or yellow rule')} with an example taken out: needs review**`,
      approvalNotUpdated.length > 0 && `**${plural(approvalNotUpdated.length, 'red rule')} changed without updating \`approved_by\`**`,
      translationsOutdated.length > 0 &&
        `**${plural(new Set(translationsOutdated.map((rule) => rule.id)).size, 'rule')} with translations this change makes out of date**`,
      vouched > 0 && `**${plural(vouched, 'rule')} with translations kept as current (${code('[translations ok]')}): check**`,
      amountsLeft > 0 && `**${plural(amountsLeft, 'rule')} with an old amount left in another text: check**`,
      allowing > 0 && `**${plural(allowing, 'rule')} with welcoming-language findings newly allowed (${code('wording_ok')}): check**`,
      siteReview,
      added.length > 0 && `${added.length} added`,
      removed.length > removedLoosening && `${removed.length - removedLoosening} removed`,
      renamed.length > 0 && `${renamed.length} renamed`,
      published > 0 && `${published} made public`,
      edited.length > 0 && `${edited.length} changed`,
      reviewed.length > 0 && `${reviewed.length} with new review dates only`,
      records.length > 0 && `${records.length} with record keeping only`,
      site.length > 0 && `site settings changed (${site.map((change) => code(change.setting)).join(', ')})`,
    ]
      .filter(Boolean)
      .join(' · '),
    '',
  );

  if (unreadable.length > 0 || siteBroken) out.push('### Cannot be read: needs attention', '');
  if (siteBroken) out.push(...unreadableSiteLines(siteBroken));
  if (unreadable.length > 0) {
    out.push(
      'The report cannot show what changed in these files until they read as rules; `npm run check` shows where and how to fix them.',
      '',
    );
    for (const rule of unreadable) out.push(...unreadableRule(rule));
  }
  if (colors.length > 0) {
    out.push('### Color changes', '', '| Rule | Before | After | |', '|---|---|---|---|');
    for (const change of colors) {
      out.push(`| ${inline(change.title)} (${code(change.id)}) | ${label(change.from)} | ${label(change.to)} | ${colorNote(change)} |`);
    }
    out.push('');
  }
  if (approvalNotUpdated.length > 0) {
    out.push(
      '### Red rules changed without a new approval',
      '',
      'Red rules are approved (by a board or a manager); write who approved this change in `approved_by`.',
      '',
      ...approvalNotUpdated.map(
        (rule) =>
          `- ${inline(rule.title)} (${code(rule.id)}): ${rule.approvedBy === undefined ? 'names no approval' : `still says ${inline(rule.approvedBy)}`}`,
      ),
      '',
    );
  }
  if (translationsOutdated.length > 0) {
    out.push(
      '### Translations this change makes out of date',
      '',
      'The text visitors read changed, and these translations still say what it said before: update them in this change or the next (`npm run check` keeps listing them until then).',
      '',
      ...translationsOutdated.map(outdatedLine),
      '',
    );
  }
  if (changes.translationsVouched && changes.translationsVouched.length > 0) {
    out.push(
      `### Translations kept as they are (${code('[translations ok]')})`,
      '',
      `Each commit of these says ${code('[translations ok]')}, so their translations are not marked out of date: check that the change needs no new translation (a typo fixed), not a new rule in other words.`,
      '',
      ...changes.translationsVouched.map(outdatedLine),
      '',
    );
  }
  if (added.length > 0) {
    out.push(
      '### Added',
      '',
      ...added.flatMap((rule) => [
        `- ${inline(rule.title)} (${code(rule.id)}): ${label(rule.color)}, ${inline(rule.category)}`,
        ...ruleTexts(rule),
      ]),
      '',
    );
  }
  if (removed.length > 0) {
    out.push(
      '### Removed',
      '',
      ...removed.flatMap((rule) => [
        `- ${inline(rule.title)} (${code(rule.id)}): was ${label(rule.color)}${rule.loosened ? `. **Removing it lets staff do what the rule ${rule.color === 'red' ? 'forbade' : 'had them ask about first'}: needs sign-off**${signOffText(rule.signOff)}` : ''}`,
        ...ruleTexts(rule),
        ...(rule.replacedBy
          ? [`  - Replaced by: ${rule.replacedBy.map((other) => `${inline(other.title)} (${code(other.id)})`).join(', ')}`]
          : []),
        ...(rule.pointedAtBy
          ? [
              `  - Still listed in \`related\` by: ${rule.pointedAtBy.map((other) => `${inline(other.title)} (${code(other.id)})`).join(', ')}`,
            ]
          : []),
      ]),
      '',
    );
  }
  if (renamed.length > 0) {
    out.push('### Renamed', '', ...renamed.map((rule) => `- ${code(rule.from)} → ${code(rule.to)} (${inline(rule.title)})`), '');
  }
  if (edited.length > 0) {
    out.push('### Changed', '');
    for (const rule of edited)
      out.push(
        ...changedRule(
          rule,
          colors.find((change) => change.id === rule.id),
        ),
      );
  }
  if (reviewed.length > 0)
    out.push(
      '### Review dates only',
      '',
      'Reviewed: nothing these rules say changed.',
      '',
      ...reviewed.map((rule) => `- ${inline(rule.title)} (${code(rule.id)}): ${rule.fields.map(dateChange).join(', ')}`),
      '',
    );
  if (records.length > 0)
    out.push(
      '### Record keeping',
      '',
      "Only these rules' records changed (owner, search words, related rules, approval…), not what they say.",
      '',
      ...recordGroups(records).map(recordLine),
      '',
    );
  if (site.length > 0) out.push(...siteSection(site));
  return `${out.join('\n').trimEnd()}\n`;
}

/** The attention line for settings that weaken the checks or change the public edition, or undefined when none do. */
function siteReviewLine(site: readonly SiteSettingChange[]): string | undefined {
  const count = site.filter((change) => change.review !== undefined).length;
  return count === 0 ? undefined : `**${plural(count, 'site setting')} changed: ${count === 1 ? 'needs' : 'need'} review**`;
}

/** The settings of `_site.yaml` a change touched: a list gives the items added and removed, anything else before and after. */
function siteSection(changes: readonly SiteSettingChange[]): string[] {
  const line = (change: SiteSettingChange) => {
    const review = change.review === undefined ? '' : `. **Needs review**: ${inline(change.review)}`;
    return `${valueLine(change)}${review}`;
  };
  const valueLine = ({ setting, before, after }: SiteSettingChange) => {
    if (Array.isArray(before) && Array.isArray(after)) {
      const added = after.filter((item) => !before.some((other) => isDeepStrictEqual(item, other)));
      const removed = before.filter((item) => !after.some((other) => isDeepStrictEqual(item, other)));
      const parts = [
        added.length > 0 && `added ${added.map(shownSetting).join(', ')}`,
        removed.length > 0 && `removed ${removed.map(shownSetting).join(', ')}`,
      ];
      if (parts.some(Boolean)) return `- ${code(setting)}: ${parts.filter(Boolean).join('; ')}`;
    }
    const was = before === undefined ? '(none)' : shownSetting(before);
    const is = after === undefined ? '(removed)' : shownSetting(after);
    return `- ${code(setting)}: ${was} → ${is}`;
  };
  return [
    '### Site settings',
    '',
    'Changed in `_site.yaml`: they apply to every page, the search and the checks.',
    '',
    ...changes.map(line),
    '',
  ];
}

/** A setting's value on one line, as YAML's flow style writes it: `[kid, child]`, `{es: Espacios}`. */
function shownSetting(value: unknown): string {
  const flow = (item: unknown): string =>
    Array.isArray(item)
      ? `[${item.map(flow).join(', ')}]`
      : typeof item === 'object' && item !== null
        ? `{${Object.entries(item)
            .map(([key, inner]) => `${key}: ${flow(inner)}`)
            .join(', ')}}`
        : String(item);
  const text = flow(value);
  return code(text.length > 300 ? `${text.slice(0, 297)}…` : text);
}

/** A date each rule of a group has its own of: moved, added or taken out. */
function ownDates(change: FieldChange): string {
  if (change.after === undefined) return "taken out (each rule's own date)";
  return change.before === undefined ? "added, each rule's own date" : "moved, to each rule's own date";
}

/** One change made alike to rules' records: each field before → after, then the rules. */
function recordLine(group: RecordGroup): string {
  const fields = group.fields
    .map((change) =>
      group.varying?.includes(change.field)
        ? `${code(change.field)} ${ownDates(change)}`
        : `${code(change.field)} ${shownValue(change.field, change.before)} → ${shownValue(change.field, change.after)}`,
    )
    .join('; ');
  const rules = group.rules.map((rule) => `${inline(rule.title)} (${code(rule.id)})`).join(', ');
  return `- ${fields}, in ${plural(group.rules.length, 'rule')}: ${rules}`;
}

function dateChange(change: FieldChange): string {
  const name = FIELD_LABEL[change.field]?.toLowerCase() ?? code(change.field);
  if (change.after === undefined) return `${name} removed`;
  return `${name} ${inline(change.after)}${change.before !== undefined ? ` (was ${inline(change.before)})` : ''}`;
}

/** A rule that comes or goes, as the reviewer needs to read it: each text under its label. */
function ruleTexts(rule: RuleRef): string[] {
  return (rule.texts ?? []).map(({ field, text }) => `  - ${FIELD_LABEL[field] ?? code(field)}: ${inline(text)}`);
}

const SITE_UNREADABLE = '**The site settings cannot be read: need attention**';

/** `_site.yaml` that cannot be read, as a rule file is shown: each side, with the YAML error's line. */
function unreadableSiteLines(site: UnreadableSite): string[] {
  const sideText = (side: SiteSide | undefined, absent: string) => {
    if (side === undefined) return absent;
    return side.problem === undefined ? `${code(site.file)} reads fine` : `${code(site.file)} cannot be read: ${inline(side.problem)}`;
  };
  return [
    `#### Site settings (${code(site.file)})`,
    '',
    `- Now: ${sideText(site.after, 'the change deletes the file')}`,
    `- At base: ${sideText(site.before, 'no such file (the file is new)')}`,
    '- The report cannot show which settings changed until the file reads; `npm run check` shows where and how to fix it.',
    '',
  ];
}

function unreadableRule(rule: UnreadableChange): string[] {
  return [
    `#### ${inline(rule.title)} (${code(rule.id)})`,
    '',
    `- Now: ${sideText(rule.after, 'the change deletes the file')}`,
    `- At base: ${sideText(rule.before, 'no such file (the file is new)')}`,
    `- Last known color: ${lastKnown(rule)}`,
    ...(rule.loosened ? [`- **Loosened: needs sign-off**${signOffText(rule.signOff)}`] : []),
    '',
  ];
}

function sideText(side: RuleSide | undefined, absent: string): string {
  if (side === undefined) return absent;
  if (side.problem === undefined) return `${code(side.file)} reads fine: ${label(side.color ?? '')}`;
  return `${code(side.file)} cannot be read: ${inline(side.problem)}`;
}

function lastKnown(rule: UnreadableChange): string {
  if (rule.lastKnownColor === undefined) return 'unknown (no `color:` line can be read at either side)';
  const fromNow = rule.after?.color !== undefined;
  const guessed = fromNow ? rule.after!.colorGuessed : rule.before!.colorGuessed;
  return `${label(rule.lastKnownColor)} (${fromNow ? 'now' : 'at base'}${guessed ? ', read from its `color:` line past the error' : ''})`;
}

function colorNote(change: ColorChange, loosened = 'Loosened', tightened = 'Tightened'): string {
  return change.loosened ? `**${loosened}: needs sign-off**${signOffText(change.signOff)}` : tightened;
}

function signOffText(signOff: SignOff | undefined): string {
  if (signOff?.owner === undefined) return '; no owner is named';
  const also = signOff.ownerNow === undefined ? '' : ` (owner before this change; it names ${inline(signOff.ownerNow)})`;
  return ` by ${inline(signOff.owner)}${also}`;
}

function changedRule(rule: ChangedRule, color: ColorChange | undefined): string[] {
  const lines = [`#### ${inline(rule.title)} (${code(rule.id)})`, ''];
  if (color) lines.push(`Color: ${label(color.from)} → ${label(color.to)}, ${colorNote(color, 'loosened', 'tightened')}`, '');
  const limit = rule.discretion?.loosened ? rule.fields.find((field) => field.field === 'bend.limit') : undefined;
  if (limit)
    lines.push(`**${limitLoosening(limit)}: loosens what staff may do, needs sign-off**${signOffText(rule.discretion!.signOff)}`, '');
  const others = rule.discretion?.fields.filter((field) => !limit || field !== 'bend.limit') ?? [];
  if (rule.discretion && others.length > 0)
    lines.push(
      `**What staff may do changed (${others.map((field) => code(field)).join(', ')}): needs review**${signOffText(rule.discretion.signOff)}`,
      '',
    );
  if (rule.visibility) lines.push(visibilityNote(rule.visibility), '');
  if (rule.examplesRemoved)
    lines.push(
      `**${rule.examplesRemoved.situations.length === 1 ? 'An example' : `${rule.examplesRemoved.situations.length} examples`} taken out: needs review**${signOffText(rule.examplesRemoved.signOff)}. What staff were told to do in ${rule.examplesRemoved.situations.length === 1 ? 'that situation' : 'those situations'} is no longer written down.`,
      '',
    );
  for (const left of rule.amountsLeft ?? []) lines.push(amountLeftNote(left), '');
  if (rule.allowed)
    lines.push(
      `**Welcoming-language findings newly allowed (${code('wording_ok')}): check** that each reason holds for visitors.`,
      '',
      ...rule.allowed.map(
        (entry) =>
          `- ${inline(entry.check)}${entry.word === undefined ? ' (the whole check)' : ` ${inline(`"${entry.word}"`)}`}: ${inline(entry.why)}`,
      ),
      '',
    );
  for (const field of rule.fields) lines.push(...beforeAfter(field));
  return lines;
}

/** "$5 is still in the public wording, where this change took it out of the rule as staff know it." */
function amountLeftNote(left: AmountLeft): string {
  const names = (fields: readonly string[]) =>
    new Intl.ListFormat('en', { type: 'conjunction' }).format(fields.map((field) => `${fieldName(field)} (${code(field)})`));
  return `**${inline(left.amount)} is still in ${names(left.stillIn)}**, where this change took it out of ${names(left.goneFrom)}: check that they agree.`;
}

/** A field as the report names it: "the public wording", "the Spanish public wording". */
function fieldName(field: string): string {
  const translation = /^translations\.([^.]+)\.(.+)$/.exec(field);
  const label = FIELD_LABEL[translation ? translation[2]! : field] ?? field;
  const lowered = `${label.charAt(0).toLowerCase()}${label.slice(1)}`;
  return translation ? `the ${inline(bareLanguageName(translation[1]!))} ${lowered}` : `the ${lowered}`;
}

/**
 * What leaving or joining the public edition does. A rule made staff-only leaves no public trace
 * (README): no page at its address, so a printed sign's QR code leads to a missing page.
 */
function visibilityNote(visibility: NonNullable<ChangedRule['visibility']>): string {
  if (!visibility.staffOnly)
    return '**Made public**: its title, public wording and reason go into the public edition, its search and the printable signs.';
  return `**Made staff-only: needs sign-off**${signOffText(visibility.signOff)}. Its public page, its place in the public search and its printable sign go, and no page is left at its address: a printed sign's QR code will lead to a missing page, so take its signs down.`;
}

/** "Limit raised from $20 to $200", or "Limit taken out". */
function limitLoosening(limit: FieldChange): string {
  const amount = limit.amount;
  if (limit.after === undefined || !amount) return 'Limit taken out';
  if (amount.direction === 'taken out')
    return amount.from === undefined ? "Limit's amounts taken out" : `Limit's amount (${inline(amount.from)}) taken out`;
  return `Limit raised from ${inline(amount.from)} to ${inline(amount.to)}${amount.direction === 'raised' && amount.reworded ? ', its words changed too' : ''}`;
}

/** The line under a limit's redline: which way its amount went. */
function amountLine(amount: NonNullable<FieldChange['amount']>): string {
  if (amount.direction === 'taken out')
    return amount.from === undefined ? '- Amounts taken out' : `- Amount taken out: it was ${inline(amount.from)}`;
  const reworded = amount.reworded ? ' (its words changed too)' : '';
  return `- ${amount.direction === 'raised' ? 'Raised' : 'Lowered'} from ${inline(amount.from)} to ${inline(amount.to)}${reworded}`;
}

function outdatedLine(rule: TranslationsOutdated): string {
  const languages = rule.languages.map((language) => `${inline(languageName(language))}`).join(', ');
  const fields = rule.fields.map((field) => code(field)).join(', ');
  if (rule.from !== undefined)
    return `- ${inline(rule.title)} (${code(rule.id)}): ${languages} copied from ${code(rule.from)}, translating its ${fields}, which this rule words otherwise`;
  return `- ${inline(rule.title)} (${code(rule.id)}): ${fields} changed; ${languages} not updated`;
}

/** A field's label; an example taken out is named by the place it had, and said to be taken out. */
function fieldLabel(change: FieldChange): string | undefined {
  const translation = /^translations\.([^.]+)\.(.+)$/.exec(change.field);
  if (translation) return translationLabel(translation[1]!, translation[2]!);
  const example = /^examples\[(\d+)\]\.(situation|response)$/.exec(change.field);
  if (!example) return FIELD_LABEL[change.field];
  const removed = change.after === undefined ? ' (taken out)' : '';
  return `Example ${Number(example[1]) + 1}${removed}, ${example[2]}`;
}

/**
 * "Spanish: public wording" for `translations.es.public_wording`: the bare path had been the
 * heading of a translation's change (found by a reviewer's trial). The code is beside it.
 */
function translationLabel(language: string, field: string): string {
  const label = FIELD_LABEL[field];
  const name = label === undefined ? inline(field) : `${label.charAt(0).toLowerCase()}${label.slice(1)}`;
  return `${inline(bareLanguageName(language))}: ${name}`;
}

function beforeAfter(change: FieldChange): string[] {
  const name = fieldLabel(change);
  return [
    name === undefined ? `**${code(change.field)}**` : `**${name}** (${code(change.field)})`,
    '',
    `- Before: ${shownValue(change.field, change.before)}`,
    `- After: ${shownValue(change.field, change.after)}`,
    ...(change.redline ? [`- Redline: ${redlined(change.redline)}`] : []),
    ...(change.amount ? [amountLine(change.amount)] : []),
    '',
  ];
}

/** A value as the report shows it: a field left out is "(none)", or its default ("Before: true (not written: the default)"). */
function shownValue(field: string, value: string | undefined): string {
  if (value !== undefined) return inline(value);
  const fallback = FIELD_DEFAULT[field];
  return fallback === undefined ? '_(none)_' : `${inline(fallback)} _(not written: the default)_`;
}

/** Struck-out words in `<del>`, new ones in `<ins>`: GitHub shows both, and neither needs flanking spaces. */
function redlined(parts: readonly RedlinePart[]): string {
  const tag = { same: '', removed: 'del', added: 'ins' } as const;
  return parts.map(({ op, text }) => (op === 'same' ? inline(text) : `<${tag[op]}>${inline(text)}</${tag[op]}>`)).join('');
}

function label(color: string): string {
  return COLOR_LABEL[color] ?? inline(color);
}

/**
 * Text from a rule, made inert: no HTML, links, emphasis, math, table breaks, @mentions or web
 * addresses GitHub would turn into links, from what someone typed. Line breaks become `<br>`, so
 * a value cannot start a Markdown line of its own (a heading, a list, a fence, a table row).
 */
export function inline(text: string): string {
  return text
    .split(/\r\n|\r|\n/)
    .map((line) =>
      line
        .replace(/\s+/g, ' ')
        .replace(/[\\`*_{}[\]()#+!|~>$]/g, '\\$&')
        .replace(/&/g, '&amp;')
        .replace(/</g, '&lt;')
        .replace(/@/g, '&#64;')
        .replace(/:\/\//g, '&#58;//')
        .replace(/\bwww\./gi, (found) => `${found.slice(0, 3)}&#46;`),
    )
    .join('<br>');
}

/** An id, file name or git ref, in code style; its text made inert like any other. */
export function code(text: string): string {
  return `<code>${inline(text)}</code>`;
}
