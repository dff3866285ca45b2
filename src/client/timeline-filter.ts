// The timeline's actor filter only hides items; without this script every event is listed.
const form = document.getElementById('timeline-filter');
const found = document.getElementById('actor-filter');
const select = found instanceof HTMLSelectElement ? found : null;
const status = document.getElementById('filter-status');
const items = document.querySelectorAll<HTMLElement>('#timeline > li');
if (form && select && status) {
  form.hidden = false;
  const apply = () => {
    const id = select.value;
    let shown = 0;
    items.forEach((li) => {
      const on = !id || ` ${li.dataset['actors'] ?? ''} `.includes(` ${id} `);
      li.hidden = !on;
      if (on) shown++;
    });
    status.textContent = id
      ? (status.dataset['template'] ?? '{shown} of {total}')
          .replace('{shown}', String(shown))
          .replace('{total}', String(items.length))
      : '';
    const url = new URL(location.href);
    if (id) url.searchParams.set('actor', id);
    else url.searchParams.delete('actor');
    history.replaceState(null, '', url);
  };
  const initial = new URL(location.href).searchParams.get('actor');
  if (initial) select.value = initial;
  select.addEventListener('change', apply);
  apply();
}

export {};
