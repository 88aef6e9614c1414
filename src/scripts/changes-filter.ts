// The recent-changes page's filters: hide the changes whose rule is not of the chosen color or
// topic. Without JavaScript every change of the period stays listed.
export function startChangesFilter(form: HTMLFormElement): void {
  const items = [...document.querySelectorAll<HTMLElement>('[data-change]')];
  const count = document.querySelector<HTMLElement>('[data-change-count]');
  const apply = () => {
    const data = new FormData(form);
    const color = String(data.get('color') ?? '');
    const topic = String(data.get('topic') ?? '');
    const loosened = data.get('loosened') === 'on';
    let shown = 0;
    for (const item of items) {
      const visible =
        (color === '' || item.dataset.color === color) &&
        (topic === '' || item.dataset.topic === topic) &&
        (!loosened || item.dataset.loosened === 'true');
      item.hidden = !visible;
      if (visible) shown++;
    }
    if (count) count.textContent = `${shown} ${shown === 1 ? 'change' : 'changes'} shown`;
  };
  form.hidden = false;
  form.addEventListener('change', apply);
  form.addEventListener('submit', (event) => event.preventDefault());
  apply();
}
