/**
 * The search page: the form, the filters (checkboxes whose values are facet ids) with a count
 * beside each value, the results, "more". The words and ticks live in the URL (?q=…&kind=armed-group),
 * so a search can be shared, in either edition.
 */
import { FACET_KEYS, type FacetKey, type FacetSelection } from '../../lib/search/vocabulary';
import { backend } from './backends';
import { label, say, sayQuery, text } from './data';
import { $, debounce, latest } from './dom';
import { renderHit } from './results';

const PAGE_SIZE = 20;
const isFacet = (k: string): k is FacetKey => FACET_KEYS.some((f) => f === k);

export function setupPage(): void {
  const root = $('#search-page');
  const pageForm = $<HTMLFormElement>('#search-page-form');
  const q = $<HTMLInputElement>('#search-page-q');
  const status = $('#search-page-status');
  const list = $('#search-page-results');
  const more = $<HTMLButtonElement>('#search-page-more');
  const note = $('#search-page-offline');
  if (!root || !pageForm || !q || !status || !list || !more || !note) return;
  pageForm.hidden = false;
  $('#search-nojs')?.setAttribute('hidden', '');
  // Each checkbox with its facet: its name, one of FACET_KEYS.
  const boxes = [...pageForm.querySelectorAll<HTMLInputElement>('input[type=checkbox]')].flatMap(
    (box) => (isFacet(box.name) ? [{ box, facet: box.name }] : []),
  );

  const params = new URLSearchParams(location.search);
  q.value = params.get('q') ?? '';
  // Ids; a link made before facets were ids may carry an English label ("Armed group"): read it too.
  for (const { box, facet } of boxes) {
    const wanted = params.getAll(facet).map((v) => v.toLowerCase());
    box.checked =
      wanted.includes(box.value) || wanted.includes(label(facet, box.value).toLowerCase());
  }

  const selection = (): FacetSelection => {
    const s: FacetSelection = {};
    for (const { box, facet } of boxes) if (box.checked) (s[facet] ??= []).push(box.value);
    return s;
  };
  let limit = PAGE_SIZE;
  const run = latest(async (query: string, sel: FacetSelection, n: number) => {
    const b = await backend();
    return { b, found: await b.search(query, sel, n, true) };
  });
  const update = async (keepLimit = false) => {
    if (!keepLimit) limit = PAGE_SIZE;
    const query = q.value.trim();
    const sel = selection();
    const url = new URL(location.href);
    url.search = '';
    if (query) url.searchParams.set('q', query);
    for (const [k, vs] of Object.entries(sel)) for (const v of vs) url.searchParams.append(k, v);
    history.replaceState(null, '', url.href);
    const any = FACET_KEYS.some((k) => sel[k]?.length);
    if (!query && !any) {
      list.replaceChildren();
      status.textContent = '';
      more.hidden = true;
      return;
    }
    if (!status.textContent) status.textContent = text.loading;
    try {
      const r = await run(query, sel, limit);
      if (!r) return;
      note.hidden = !r.b.offline;
      list.replaceChildren(...r.found.hits.map((h) => renderHit(h, true)));
      const total = r.found.total;
      status.textContent = !query
        ? say(text.filtered, total)
        : total
          ? say(text.results, total, query)
          : sayQuery(text.none, query);
      more.hidden = total <= r.found.hits.length;
      // Beside each value: how many of these results have it; in a facet with ticks, how many
      // the words alone would give (ticks in one facet add up, across facets they narrow).
      for (const { box, facet } of boxes) {
        const from = sel[facet]?.length ? r.found.totals : r.found.counts;
        const count = box.parentElement?.querySelector('.facet-count');
        if (count) count.textContent = `(${from[facet]?.[box.value] ?? 0})`;
      }
    } catch {
      status.textContent = text.failed;
    }
  };
  q.addEventListener(
    'input',
    debounce(() => void update(), 150),
  );
  pageForm.addEventListener('change', () => void update());
  pageForm.addEventListener('submit', (e) => {
    e.preventDefault();
    void update();
  });
  $('#search-page-clear')?.addEventListener('click', () => {
    for (const { box } of boxes) box.checked = false;
    void update();
  });
  more.addEventListener('click', () => {
    const first = list.children.length;
    limit += PAGE_SIZE;
    void update(true).then(() => list.children[first]?.querySelector('a')?.focus());
  });
  void update();
}
