// The search page: runs Pagefind as the person types and shows each rule's color badge and its
// one-line answer, so most questions are answered without opening a page. The query and filters
// live in the URL (?q=…&color=…&category=…), so a search can be shared and the form works without
// this script.
import type { Pagefind, PagefindResultData } from './pagefind-types.ts';

// Each shown result fetches its own small fragment: ten keep the first answer quick on a phone.
const MAX_RESULTS = 10;

export function startSearch(): void {
  const form = document.getElementById('search') as HTMLFormElement;
  const input = form.elements.namedItem('q') as HTMLInputElement;
  const status = document.getElementById('search-status')!;
  const list = document.getElementById('results')!;
  let pagefind: Promise<Pagefind> | undefined;
  let generation = 0;
  let timer: ReturnType<typeof setTimeout> | undefined;

  readUrl(form);

  function load(): Promise<Pagefind> {
    pagefind ??= (async () => {
      const module = (await import(/* @vite-ignore */ new URL('/pagefind/pagefind.js', location.href).href)) as Pagefind;
      // Titles and search words carry more weight through data-pagefind-weight; these settings keep
      // short rules from outranking the one whose title matches.
      await module.options({ ranking: { pageLength: 0.3, termFrequency: 0.8 } });
      await module.init();
      // The first search needs the filter index too; fetch it now, while the person types.
      await module.filters();
      document.body.dataset.searchReady = 'true';
      return module;
    })().catch((error: unknown) => {
      pagefind = undefined; // try again on the next search
      throw error;
    });
    return pagefind;
  }

  async function run(): Promise<void> {
    const query = input.value.trim();
    const data = new FormData(form);
    const colors = data.getAll('color').map(String);
    const category = String(data.get('category') ?? '');
    writeUrl(query, colors, category);
    const current = ++generation;
    if (!query && colors.length === 0 && !category) {
      list.replaceChildren();
      status.textContent = '';
      document.body.dataset.search = 'idle';
      return;
    }
    document.body.dataset.search = 'busy';
    const filters: Record<string, unknown> = {};
    if (colors.length > 0) filters.color = { any: colors };
    if (category) filters.category = category;
    let search;
    let pending: Promise<PagefindResultData>[];
    let first: PagefindResultData | undefined;
    try {
      const engine = await load();
      search = await engine.search(query || null, { filters });
      if (current !== generation) return; // a newer search has started
      // Fetch every shown result's fragment at once, but show the best match as soon as it is in:
      // at the desk, the top result is usually the answer.
      pending = search.results.slice(0, MAX_RESULTS).map((result) => result.data());
      for (const fragment of pending) fragment.catch(() => {}); // failures are handled where awaited
      first = await pending[0];
    } catch {
      if (current !== generation) return;
      list.replaceChildren();
      status.textContent = 'Search is not working right now. Try again in a moment, or browse the rules by topic.';
      document.body.dataset.search = 'failed';
      return;
    }
    if (current !== generation) return;
    const total = search.results.length;
    status.textContent = total === 0
      ? `No rules found${query ? ` for “${query}”` : ''}. Try other words, or remove a filter.`
      : `${total} ${total === 1 ? 'rule' : 'rules'} found${total > MAX_RESULTS ? `, showing the best ${MAX_RESULTS}` : ''}.`;
    list.replaceChildren(...(first ? [resultItem(first)] : []));
    if (pending.length > 1) {
      document.body.dataset.search = 'first';
      const rest = await Promise.all(pending.slice(1)).catch(() => []);
      if (current !== generation) return;
      list.append(...rest.map(resultItem));
    }
    document.body.dataset.search = 'done';
  }

  function soon(): void {
    clearTimeout(timer);
    timer = setTimeout(() => void run(), 60);
  }

  input.addEventListener('input', () => {
    // Start fetching the index chunks for what is typed so far while the pause for typing runs.
    const query = input.value.trim();
    if (query) load().then((engine) => engine.preload(query), () => {});
    soon();
  });
  form.addEventListener('change', soon);
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    clearTimeout(timer);
    void run();
  });
  // Load Pagefind as soon as the person is in the search box; `autofocus` may have put them
  // there before this script ran, in which case no focus event will come.
  if (document.activeElement === input) void load().catch(() => {});
  else input.addEventListener('focus', () => void load().catch(() => {}), { once: true });
  void run();
}

function resultItem(result: PagefindResultData): HTMLLIElement {
  const item = document.createElement('li');
  item.className = 'card';
  const link = document.createElement('a');
  link.className = 'card__title';
  link.href = result.url;
  link.textContent = result.meta.title ?? result.url;
  const answer = document.createElement('p');
  const color = result.meta.color ?? '';
  const badge = document.getElementById(`badge-${color}`) as HTMLTemplateElement | null;
  if (badge) answer.append(badge.content.cloneNode(true), ' ');
  answer.append(result.meta.summary ?? '');
  const excerpt = document.createElement('p');
  excerpt.className = 'excerpt';
  excerpt.innerHTML = onlyMarks(result.excerpt);
  item.append(link, answer, excerpt);
  if (result.meta.category) {
    const category = document.createElement('p');
    category.className = 'excerpt';
    category.textContent = `Topic: ${result.meta.category}`;
    item.append(category);
  }
  return item;
}

/** Pagefind escapes excerpts and adds <mark>; keep only those marks, whatever the text holds. */
export function onlyMarks(excerpt: string): string {
  return excerpt.replace(/<(?!\/?mark>)/g, '&lt;');
}

function readUrl(form: HTMLFormElement): void {
  const params = new URLSearchParams(location.search);
  (form.elements.namedItem('q') as HTMLInputElement).value = params.get('q') ?? '';
  const colors = new Set(params.getAll('color'));
  for (const box of form.querySelectorAll<HTMLInputElement>('input[name="color"]')) box.checked = colors.has(box.value);
  (form.elements.namedItem('category') as HTMLSelectElement).value = params.get('category') ?? '';
}

function writeUrl(query: string, colors: string[], category: string): void {
  const params = new URLSearchParams();
  if (query) params.set('q', query);
  for (const color of colors) params.append('color', color);
  if (category) params.set('category', category);
  const search = params.toString();
  history.replaceState(null, '', search ? `?${search}` : location.pathname);
}
