// Where each edition is published (`public_url` / `staff_url` in _site.yaml, or the CI's
// environment), split the way Astro needs it: the origin is its `site`, the path its `base`.
import { catalogue } from './catalogue.ts';
import type { Edition } from './editions.ts';

/** An edition's published address: `url` = `site` + `base`, `base` starting and ending with `/`. */
export interface EditionLocation {
  url: string;
  site: string;
  base: string;
}

export const URL_FIELD = { public: 'public_url', staff: 'staff_url' } as const satisfies Record<Edition, string>;
/** The environment variables that override the settings file (CI passes the host's own URL). */
export const URL_ENV = { public: 'RULES_PUBLIC_URL', staff: 'RULES_STAFF_URL' } as const satisfies Record<Edition, string>;

export type UrlSettings = Partial<Record<(typeof URL_FIELD)[Edition], unknown>>;

/** Reads a full http(s) address; a string is what is wrong with it, in plain words. */
export function parseEditionUrl(text: string): EditionLocation | string {
  let url: URL;
  try {
    url = new URL(text.trim());
  } catch {
    return `is not a full web address (got "${text}")`;
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return `must start with https:// (got "${text}")`;
  if (url.username || url.password) return `must not hold a user name or password (got "${text}")`;
  if (url.search || url.hash) return `must be a plain address, without ? or # (got "${text}")`;
  // An address copied from the browser's bar on a page ("…/rules/index.html") would put every
  // page under "/rules/index.html/" (found by a new-user trial).
  const page = /\/([^/]+\.html?)$/i.exec(url.pathname)?.[1];
  if (page) return `must be the folder the site is served from, not a page in it: leave out "${page}" (got "${text}")`;
  const folder = url.pathname.endsWith('/') ? url.pathname : `${url.pathname}/`;
  // Astro is given the folder as written ("/normas-niños/"): given it as the address has it
  // ("/normas-ni%C3%B1os/"), its paginated pages matched none of their paths and the build
  // failed with screens of stack traces (found by a new-user trial).
  let base: string;
  try {
    base = decodeURI(folder);
  } catch {
    return `has a % that starts no character (got "${text}"): write the folder's name as it reads`;
  }
  return { url: `${url.origin}${folder}`, site: url.origin, base };
}

/**
 * Where `edition` is published: the environment variable when set (and not empty), else the
 * settings field, else undefined (served at the root of any host). Throws on a bad address.
 */
export function editionLocation(
  edition: Edition,
  settings: UrlSettings,
  env: Record<string, string | undefined>,
): EditionLocation | undefined {
  const fromEnv = env[URL_ENV[edition]]?.trim();
  const [source, value] = fromEnv ? [URL_ENV[edition], fromEnv] : [URL_FIELD[edition], settings[URL_FIELD[edition]]];
  if (value === undefined || value === null || value === '') return undefined;
  const location = typeof value === 'string' ? parseEditionUrl(value) : `must be text (got ${JSON.stringify(value)})`;
  if (typeof location === 'string') throw new Error(`${source} ${location}. ${URL_HINT}`);
  return location;
}

const URL_HINT = catalogue['bad-site-url'].hint;

/**
 * An internal link: `path` is written from the site's root (`/rules/phone-calls/`), `base` is
 * the edition's base path (`/` or `/rules/`). Query and fragment are kept.
 */
export function withBase(path: string, base: string): string {
  if (!path.startsWith('/') || path.startsWith('//')) throw new Error(`an internal link starts with one "/" (got "${path}")`);
  // The base is the folder as it reads (parseEditionUrl): a link has it as an address has it.
  return `${encodeURI(base.replace(/\/+$/, ''))}${path}`;
}

/** A rule's page in the public edition published at `url`: in the source language at its root, any other under its code. */
export function publicRuleUrl(url: string, id: string, lang: string, source: string): string {
  return `${url}${lang === source ? '' : `${lang}/`}rules/${encodeURIComponent(id)}/`;
}
