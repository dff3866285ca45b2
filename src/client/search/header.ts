/**
 * The header's search field: results under it as the reader types (or in a dialog on small
 * screens), arrow keys through them, Escape to close, Enter for the search page.
 */
import { siteUrl } from '../site-root';
import { backend } from './backends';
import { say, sayQuery, text } from './data';
import { el } from '../dom';
import { $, d, debounce, latest } from './dom';
import { renderHit } from './results';

/** Results under the header field; the search page shows them all. */
const HEADER_RESULTS = 6;

const form = $<HTMLFormElement>('#site-search');
const input = $<HTMLInputElement>('#site-search-q');
const openLink = $<HTMLAnchorElement>('.search-open');
let panel: HTMLElement | undefined;
let dialog: HTMLDialogElement | undefined;

function searchPageUrl(query: string): string {
  const url = new URL(siteUrl('search/'));
  if (query.trim()) url.searchParams.set('q', query.trim());
  return url.href;
}

export function setupHeader(): void {
  if (!form || !input || panel) return;
  const box = el('div', { class: 'search-panel', id: 'site-search-panel' });
  panel = box;
  box.hidden = true;
  const status = el('p', { class: 'search-status', role: 'status' });
  const note = el('p', { class: 'search-note' }, text.offline);
  note.hidden = true;
  const list = el('ol', { class: 'search-list' });
  const all = el('a', { class: 'search-all', href: searchPageUrl('') });
  box.append(status, note, list, all);
  form.append(box);
  input.setAttribute('aria-controls', box.id);
  const show = (open: boolean) => {
    box.hidden = !open;
  };

  const run = latest(async (query: string) => {
    const b = await backend();
    return { b, found: await b.search(query, {}, HEADER_RESULTS) };
  });
  const update = async () => {
    const query = input.value;
    const q = query.trim();
    if (!q) {
      show(false);
      list.replaceChildren();
      status.textContent = '';
      return;
    }
    show(true);
    if (!status.textContent) status.textContent = text.loading;
    try {
      const r = await run(query);
      if (!r || input.value !== query) return;
      note.hidden = !r.b.offline;
      list.replaceChildren(...r.found.hits.map((h) => renderHit(h, false)));
      status.textContent = r.found.total
        ? say(text.results, r.found.total, q)
        : sayQuery(text.none, q);
      all.href = searchPageUrl(query);
      all.textContent = say(text.all, r.found.total);
      all.hidden = r.found.total <= r.found.hits.length;
    } catch {
      status.textContent = text.failed;
      const li = el('li');
      li.append(el('a', { href: siteUrl('a-z/') }, text.azLink));
      list.replaceChildren(li);
    }
  };
  input.addEventListener(
    'input',
    debounce(() => void update(), 120),
  );
  // Clicking the field shows its results again; words typed before this script ran are searched now.
  input.addEventListener('click', () => {
    if (box.hidden && input.value.trim()) void update();
  });
  if (input.value.trim()) void update();

  form.addEventListener('submit', (e) => {
    e.preventDefault();
    location.assign(searchPageUrl(input.value));
  });

  // Keyboard: arrows move between the input and the results, Escape closes.
  form.addEventListener('keydown', (e) => {
    const links = [...box.querySelectorAll<HTMLAnchorElement>('a[href]')].filter((a) => !a.hidden);
    const at = links.findIndex((a) => a === d.activeElement);
    if (e.key === 'ArrowDown' && links.length) {
      e.preventDefault();
      show(true);
      links[Math.min(at + 1, links.length - 1)]?.focus();
    } else if (e.key === 'ArrowUp' && at >= 0) {
      e.preventDefault();
      if (at === 0) input.focus();
      else links[at - 1]?.focus();
    } else if (e.key === 'Escape' && !box.hidden) {
      // In the dialog, the first Escape closes the results, the next one the dialog.
      e.preventDefault();
      show(false);
      input.focus();
    } else if (e.key === 'Escape' && dialog?.open) {
      // Before the search field's own Escape (which clears it) takes the key.
      e.preventDefault();
      closeDialog();
    }
  });
  // Close the results when focus or a click leaves the search.
  const outside = (e: Event) => {
    if (!(e.target instanceof Node) || !form.contains(e.target)) show(false);
  };
  d.addEventListener('focusin', outside);
  d.addEventListener('click', outside);
}

/** The form back in the header, and focus on the button that opened the dialog. */
function putFormBack(): void {
  if (!form || !openLink || form.parentElement === openLink.parentElement) return;
  openLink.before(form);
  openLink.focus();
}

/**
 * Closes the dialog and puts the form back at once, not in the `close` event a task later: the
 * loader tells a small screen by the form being hidden, so a "/" pressed just after Escape would
 * otherwise find the form still in the closed dialog and focus a field nobody can see.
 */
function closeDialog(): void {
  dialog?.close();
  putFormBack();
}

/** On small screens the header's field opens in a dialog. */
export function openDialog(): void {
  if (!form || !input) return;
  setupHeader();
  if (!dialog) {
    const dlg = el('dialog', { class: 'search-dialog', 'aria-label': text.dialog });
    dialog = dlg;
    const close = el('button', { type: 'button', class: 'search-close' }, text.close);
    close.addEventListener('click', closeDialog);
    dlg.append(close);
    d.body.append(dlg);
    // The browser's own ways of closing (its Escape) end here. The event comes a task later, so a
    // "/" pressed at once may already have reopened the dialog: then the form stays in it.
    dlg.addEventListener('close', () => {
      if (!dlg.open) putFormBack();
    });
  }
  dialog.append(form);
  dialog.showModal();
  input.focus();
}
