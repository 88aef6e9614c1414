import { COLORS } from '../schemas.ts';

/** What can still be told about a rule file that cannot be read: enough to name it and its color. */
export interface Guess {
  id?: string;
  title?: string;
  color?: string;
  owner?: string;
}

const WANTED = ['id', 'title', 'color', 'owner'] as const;

/**
 * Reads `id:`, `title:`, `color:` and `owner:` from the start of their own lines, as a person
 * would, without the YAML parser that has already refused the file. The first of each counts.
 */
export function guessFromText(text: string): Guess {
  const guess: Guess = {};
  for (const [, key, raw] of text.matchAll(/^(id|title|color|owner)[ \t]*:[ \t]*(.*)$/gm)) {
    const name = key as (typeof WANTED)[number];
    const value = plainValue(raw ?? '');
    if (guess[name] === undefined && value !== undefined) guess[name] = value;
  }
  return withKnownColor(guess);
}

/** The same, from data that parsed but failed the schema: whatever of it has the right shape. */
export function guessFromData(data: unknown): Guess {
  if (typeof data !== 'object' || data === null || Array.isArray(data)) return {};
  const record = data as Record<string, unknown>;
  const guess: Guess = {};
  for (const name of WANTED) if (typeof record[name] === 'string' && record[name] !== '') guess[name] = record[name];
  return withKnownColor(guess);
}

/** A one-line value without its quotes or a trailing comment; block scalars (`>-`, `|`) are not guessed. */
function plainValue(raw: string): string | undefined {
  const value = raw.trim();
  // A quote is often what broke the file: take the text inside whatever quotes there are.
  const text = /^["']/.test(value) ? value.replace(/^["']|["']$/g, '').trim() : value.replace(/\s+#.*$/, '').trim();
  return text === '' || /^[|>]/.test(text) ? undefined : text;
}

function withKnownColor(guess: Guess): Guess {
  const color = guess.color?.toLowerCase();
  if (color !== undefined && (COLORS as readonly string[]).includes(color)) return { ...guess, color };
  const { color: _unknown, ...rest } = guess;
  return rest;
}
