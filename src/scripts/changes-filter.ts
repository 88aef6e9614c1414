// The recent-changes page's filters: hide the changes whose rule was not of the chosen color or
// topic when it changed (or before it: a change from red to yellow is a change to a red rule).
// Without JavaScript every change of the period stays listed. The filters are kept in the
// address (`?color=red&topic=Spaces&loosened=on`), so a filtered view can be bookmarked or sent
// to a colleague (found by a new-user trial).
import { reviewLine } from '../lib/history/review-line.ts';
import { countedWord, plural } from '../lib/plural.ts';

export function startChangesFilter(form: HTMLFormElement): void {
  const items = [...document.querySelectorAll<HTMLElement>('[data-change]')];
  const count = document.querySelector<HTMLElement>('[data-change-count]');
  const apply = () => {
    const data = new FormData(form);
    const color = String(data.get('color') ?? '');
    const topic = String(data.get('topic') ?? '');
    const loosened = data.get('loosened') === 'on';
    const matches = (item: HTMLElement) =>
      (color === '' || (item.dataset.colors ?? '').split(' ').includes(color)) &&
      (topic === '' || (JSON.parse(item.dataset.topics ?? '[]') as string[]).includes(topic));
    let shown = 0;
    for (const item of items) {
      const visible = matches(item) && (!loosened || item.dataset.loosened === 'true');
      item.hidden = !visible;
      if (visible) shown++;
    }
    if (count) count.textContent = `${shown} ${countedWord(shown, 'change')} shown`;
    filterGroups(matches, loosened);
  };
  const remember = () => {
    const query = new URLSearchParams([...new FormData(form)].filter(([, value]) => value !== '') as [string, string][]).toString();
    history.replaceState(null, '', `${location.pathname}${query ? `?${query}` : ''}${location.hash}`);
  };
  readAddress(form);
  form.hidden = false;
  form.addEventListener('change', () => {
    apply();
    remember();
  });
  form.addEventListener('submit', (event) => event.preventDefault());
  apply();
}

/**
 * The Reviews and Record keeping sections under the same filters: each commit shows the rules
 * that match and counts them, and goes when none does; under "Loosenings only" all go, as they
 * loosen nothing. Reviews had said "2 rules reviewed" of yellow rules under ?color=red (found by
 * a policy clerk's trial).
 */
function filterGroups(matches: (item: HTMLElement) => boolean, loosened: boolean): void {
  for (const section of document.querySelectorAll<HTMLElement>('[data-commit-groups]')) {
    let shown = 0;
    for (const group of section.querySelectorAll<HTMLElement>('[data-group]')) {
      const left = [...group.querySelectorAll<HTMLElement>('[data-group-rule]')].filter((rule) => {
        rule.hidden = loosened || !matches(rule);
        return !rule.hidden;
      });
      group.hidden = left.length === 0;
      if (left.length === 0) continue;
      shown++;
      const line = group.querySelector('[data-review-line]');
      if (line) line.textContent = reviewLine(left.map((rule) => ({ reviewed: rule.dataset.reviewed === 'true' })));
      const count = group.querySelector('[data-group-count]');
      if (count) count.textContent = plural(left.length, 'rule');
    }
    section.hidden = shown === 0;
  }
}

/** Sets the filters the address names; a value the form does not offer is left as it was. */
function readAddress(form: HTMLFormElement): void {
  const params = new URLSearchParams(location.search);
  for (const name of ['color', 'topic']) {
    const select = form.elements.namedItem(name);
    const value = params.get(name);
    if (select instanceof HTMLSelectElement && value !== null && [...select.options].some((option) => option.value === value))
      select.value = value;
  }
  const loosened = form.elements.namedItem('loosened');
  if (loosened instanceof HTMLInputElement) loosened.checked = params.get('loosened') === 'on';
}
