// Interface messages per language: the built-in catalogues, with a book's own wording
// (`translations.<lang>.messages` in _site.yaml) on top. A language with no catalogue of its own
// reads English interface words, marked as English so screen readers say them in English.
import { ar } from './messages/ar.ts';
import { en, type MessageKey } from './messages/en.ts';
import { es } from './messages/es.ts';
import { fr } from './messages/fr.ts';
import { countMessage, fill, placesOf } from './format.ts';
import { baseLanguage } from '../languages.ts';

export type { MessageKey } from './messages/en.ts';

/** Every key of the English catalogue, plus other plural forms of a counted message. */
export type Catalogue = Readonly<Record<MessageKey, string> & Record<string, string>>;

export const BUILT_IN: Readonly<Record<string, Catalogue>> = { en, es, fr, ar };

/** Plural categories of Intl.PluralRules: the endings a counted message's keys may have. */
export const PLURAL_FORMS = ['zero', 'one', 'two', 'few', 'many', 'other'] as const;

export interface Messages {
  /** The language the messages are in: the page's, or `en` when there is no catalogue for it. */
  readonly language: string;
  /** A message with its `{name}` places filled in. */
  t(key: MessageKey, values?: Readonly<Record<string, string | number>>): string;
  /** A counted message (`search.found`): the form Intl.PluralRules picks, else `.other`. */
  count(base: string, count: number, values?: Readonly<Record<string, string | number>>): string;
  /** Every message, for the search script. */
  readonly all: Readonly<Record<string, string>>;
}

/**
 * The messages of `language`: its built-in catalogue (`pt-BR` falls back to `pt`), then the
 * book's overrides for it. A key no catalogue has is ignored: it could not be shown anywhere.
 */
export function messagesFor(language: string, overrides: Readonly<Record<string, string>> = {}): Messages {
  const builtIn = BUILT_IN[language] ?? BUILT_IN[baseLanguage(language)];
  const all: Record<string, string> = { ...(builtIn ?? en) };
  for (const [key, text] of Object.entries(overrides)) if (isMessageKey(key)) all[key] = text;
  // A language without a catalogue whose book gives every message is fully in that language.
  const complete = builtIn !== undefined || (Object.keys(en) as MessageKey[]).every((key) => key in overrides);
  const resolved = complete ? language : 'en';
  return {
    language: resolved,
    all,
    t: (key, values) => fill(all[key] ?? en[key], values),
    count: (base, count, values) => countMessage(all, resolved, base, count, values),
  };
}

/** Whether a key names a message: a key of the English catalogue, or a plural form of one. */
export function isMessageKey(key: string): key is MessageKey {
  if (key in en) return true;
  const dot = key.lastIndexOf('.');
  return (PLURAL_FORMS as readonly string[]).includes(key.slice(dot + 1)) && `${key.slice(0, dot)}.other` in en;
}

/**
 * The places a message must write, as the English one does (a plural form, as its `.other`); and
 * those it may leave out: a form for one number (`.one`, `.two`, `.zero`) may say it in words
 * ("قاعدة واحدة").
 */
export function placesOfMessage(key: MessageKey | string): { needed: string[]; optional: string[] } {
  const dot = key.lastIndexOf('.');
  const form = key.slice(dot + 1);
  const english = (en as Record<string, string>)[key] ?? (en as Record<string, string>)[`${key.slice(0, dot)}.other`] ?? '';
  const places = placesOf(english);
  const inWords = (PLURAL_FORMS as readonly string[]).includes(form) && form !== 'other' && places.includes('count');
  return inWords ? { needed: places.filter((place) => place !== 'count'), optional: ['count'] } : { needed: places, optional: [] };
}
