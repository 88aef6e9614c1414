// The links of a staff rule page into the book's repository, from `repository` in _site.yaml:
// "Edit this rule", "Suggest a change", and each change's commit and the file's whole history.
// Pure: the branch and the file's path in the repository are found by the caller.

export type RepositoryHost = 'github' | 'gitlab';

export interface RuleInRepository {
  /** `repository` as written in _site.yaml: `https://github.com/<owner>/<repo>`, `.git` and `/` allowed. */
  repository: string;
  /** The branch edits go to (the repository's default branch). */
  branch: string;
  /** The rule's file from the top of the repository, `/`-separated: `policies/spaces/phone-calls.yaml`. */
  path: string;
  id: string;
  title: string;
}

export interface RepositoryLinks {
  host: RepositoryHost;
  /** Opens the file in the host's web editor (which offers a fork to people who cannot push). */
  edit: string;
  /** Opens a new issue with the rule's id and title filled in. */
  suggest: string;
  /** Every commit that changed the rule's file, on the host (its history past what the page lists). */
  history: string;
  /** A commit on the host is this followed by its full hash. */
  commit: string;
}

/**
 * GitHub for github.com and GitHub Enterprise hosts named `github.<domain>`; GitLab for every
 * other host, since GitLab is the one that is commonly self-hosted under any name.
 */
export function hostOf(url: URL): RepositoryHost {
  const host = url.hostname.toLowerCase();
  return host === 'github.com' || host === 'www.github.com' || host.startsWith('github.') ? 'github' : 'gitlab';
}

/** The host's name, as a link to it says it ("Edit this rule on GitHub"). */
export function hostName(host: RepositoryHost): string {
  return host === 'github' ? 'GitHub' : 'GitLab';
}

/** The repository's web address without `.git`, a trailing `/`, or a `/-/…` or `/tree/…` tail pasted from the browser. */
export function repositoryBase(repository: string): URL | undefined {
  let url: URL;
  try {
    url = new URL(repository.trim());
  } catch {
    return undefined;
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return undefined;
  let path = url.pathname.replace(/\/+$/, '').replace(/\.git$/, '');
  path = path.replace(/\/-(\/.*)?$/, '');
  if (hostOf(url) === 'github') path = path.split('/').slice(0, 3).join('/');
  // GitHub is always owner/repo; GitLab allows groups and sub-groups: at least two parts either way.
  if (path.split('/').filter(Boolean).length < 2) return undefined;
  return new URL(`${url.origin}${path}`);
}

/** Each segment of a path encoded on its own, so folders stay folders and spaces or `#` survive. */
function encodePath(path: string): string {
  return path
    .replace(/\\/g, '/')
    .split('/')
    .filter((segment) => segment !== '' && segment !== '.')
    .map(encodeURIComponent)
    .join('/');
}

/** `a=b&c=d` with every reserved character percent-encoded (a space as %20, never `+`). */
function queryString(values: Record<string, string>): string {
  return Object.entries(values)
    .map(([key, value]) => `${encodeURIComponent(key)}=${encodeURIComponent(value)}`)
    .join('&');
}

function issueText(rule: RuleInRepository): { title: string; body: string } {
  return {
    title: `Suggestion for "${rule.title}" (${rule.id})`,
    body: [
      `Rule: ${rule.title}`,
      `Id: ${rule.id}`,
      `File: ${rule.path}`,
      '',
      'What should change, and why? (A situation at the desk helps.)',
      '',
    ].join('\n'),
  };
}

/** The links, or undefined when `repository` is not an address the links can be made from. */
export function repositoryLinks(rule: RuleInRepository): RepositoryLinks | undefined {
  const base = repositoryBase(rule.repository);
  if (!base) return undefined;
  const host = hostOf(base);
  const branch = encodePath(rule.branch);
  const path = encodePath(rule.path);
  const { title, body } = issueText(rule);
  if (host === 'github') {
    const query = queryString({ title, body });
    return {
      host,
      edit: `${base.href}/edit/${branch}/${path}`,
      suggest: `${base.href}/issues/new?${query}`,
      history: `${base.href}/commits/${branch}/${path}`,
      commit: `${base.href}/commit/`,
    };
  }
  const query = queryString({ 'issue[title]': title, 'issue[description]': body });
  return {
    host,
    edit: `${base.href}/-/edit/${branch}/${path}`,
    suggest: `${base.href}/-/issues/new?${query}`,
    history: `${base.href}/-/commits/${branch}/${path}`,
    commit: `${base.href}/-/commit/`,
  };
}
