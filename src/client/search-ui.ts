/**
 * The search interface, loaded by the tiny loader in Base.astro (search-loader.ts) only when a
 * reader goes to search. Served over http(s) it imports Pagefind's pagefind.js; opened from disk
 * (file://), where Pagefind cannot load, it adds the offline index (search-fallback.js, a classic
 * script) and matches with src/lib/search-fallback.ts, and says so.
 *
 * Three uses: the header field (results under it, or in a dialog on small screens), the full
 * search page with its filters, and highlighting the words searched for on a result's page.
 * Everything it loads is resolved against the site root (siteUrl), never root-absolute.
 */
import { sharedUrl, siteUrl } from './site-root';
import { en } from '../lib/strings/en';

const S = en.search;
import {
  FACET_KEYS, FALLBACK_GLOBAL, FALLBACK_PATH, facetCounts, normalise, searchIndex,
  type FacetKey, type FacetSelection, type SearchIndex,
} from '../lib/search-fallback';

type Action = 'focus' | 'open' | 'page' | 'highlight';
const HIGHLIGHT_PARAM = 'pagefind-highlight';
/**
 * Metadata fields Pagefind ranks on, besides the page text. An actor's names weigh most, and a
 * leader's name weighs a little more on the group's page: "al-Jolani" leads to HTS first and
 * "Abdulrahman" to SOHR, with the person's own profile right after.
 */
const RANKING = { metaWeights: { title: 5, names: 10, leaders: 40 } };
/** Results under the header field; the search page shows them all. */
const HEADER_RESULTS = 6;

interface Sub { url: string; title: string; excerpt: string }
interface Hit { url: string; title: string; excerpt: string; meta: Record<string, string>; via?: string; subs: Sub[] }
type Counts = Partial<Record<FacetKey, Record<string, number>>>;
/** Results, with counts per facet value: among these results, and for the words alone. */
interface Found { hits: Hit[]; total: number; counts: Counts; totals: Counts }
interface Backend {
  offline: boolean;
  /** `counted`: count the results per facet value (the search page's filters). */
  search(query: string, selection: FacetSelection, limit: number, counted?: boolean): Promise<Found>;
}

const d = document;
const $ = <T extends Element = HTMLElement>(sel: string, root: ParentNode = d) => root.querySelector<T>(sel);

function el<K extends keyof HTMLElementTagNameMap>(tag: K, attrs: Record<string, string> = {}, text?: string): HTMLElementTagNameMap[K] {
  const e = d.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) e.setAttribute(k, v);
  if (text !== undefined) e.textContent = text;
  return e;
}

/** A result's link, with the words searched for, for the result page to highlight. */
function resultUrl(path: string, query: string): string {
  // Pagefind's URLs start at the site root ("/ar/actors/hts/"); the offline index's at the edition's
  const url = new URL(path.startsWith('/') ? sharedUrl(path) : siteUrl(path));
  if (query.trim()) url.searchParams.set(HIGHLIGHT_PARAM, query.trim());
  return url.href;
}

/** Excerpt HTML from Pagefind or the fallback, rebuilt from text and <mark> only. */
function excerptNodes(html: string): DocumentFragment {
  const t = el('template');
  t.innerHTML = html;
  const out = d.createDocumentFragment();
  const walk = (from: Node, to: Node) => {
    from.childNodes.forEach((n) => {
      if (n.nodeType === Node.TEXT_NODE) to.appendChild(d.createTextNode(n.textContent ?? ''));
      else if (n.nodeName === 'MARK') { const m = el('mark'); walk(n, m); to.appendChild(m); }
      else walk(n, to);
    });
  };
  walk(t.content, out);
  return out;
}

const escapeHtml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** Marks the query's words (as word prefixes, ignoring case) in plain text; returns HTML. */
function markText(text: string, query: string): string {
  const words = normalise(query).split(' ').filter(Boolean).map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  const safe = escapeHtml(text);
  if (!words.length) return safe;
  return safe.replace(new RegExp(`(^|[^\\p{L}\\p{N}])(${words.join('|')})`, 'giu'), '$1<mark>$2</mark>');
}

// ------------------------------------------------------------------------------------ backends

let backendPromise: Promise<Backend> | undefined;

function backend(): Promise<Backend> {
  backendPromise ??= location.protocol === 'file:' ? offlineBackend() : pagefindBackend();
  return backendPromise;
}

interface PagefindResult { data(): Promise<PagefindData> }
interface PagefindData {
  url: string; excerpt: string; meta: Record<string, string>;
  sub_results?: { url: string; title: string; excerpt: string }[];
}
interface Pagefind {
  options(o: object): Promise<void>;
  init(): Promise<void>;
  search(q: string | null, o?: object): Promise<{ results: PagefindResult[]; filters: Counts; totalFilters: Counts }>;
}

async function pagefindBackend(): Promise<Backend> {
  const pf = await (import(/* @vite-ignore */ sharedUrl('pagefind/pagefind.js')) as Promise<Pagefind>);
  // No worker: one small index, and one file fewer to fetch before the first result.
  await pf.options({ noWorker: true, excerptLength: 22, ranking: RANKING });
  await pf.init();
  return {
    offline: false,
    async search(query, selection, limit, counted = false) {
      // On the search page every facet is named (an empty "any" selects all), so Pagefind loads
      // and counts each; the header's quick results need no filters, and load none.
      const filters = counted ? Object.fromEntries(FACET_KEYS.map((k) => [k, { any: selection[k] ?? [] }])) : {};
      const res = await pf.search(query.trim() || null, { filters });
      const data = await Promise.all(res.results.slice(0, limit).map((r) => r.data()));
      const hits = data.map((p): Hit => ({
        url: resultUrl(p.url, query),
        title: p.meta['title'] ?? p.url,
        excerpt: p.excerpt,
        meta: p.meta,
        // Sections of the report that match (Pagefind makes them from headings with ids).
        subs: p.meta['type'] !== S.types.report ? [] : (p.sub_results ?? []).filter((s) => s.url.includes('#')).slice(0, 3)
          .map((s) => ({ url: resultUrl(s.url, query), title: s.title, excerpt: s.excerpt })),
      }));
      return { hits, total: res.results.length, counts: res.filters, totals: res.totalFilters };
    },
  };
}

function offlineBackend(): Promise<Backend> {
  const w = window as unknown as Record<string, SearchIndex | undefined>;
  const make = (index: SearchIndex): Backend => ({
    offline: true,
    async search(query, selection, limit) {
      const hits = searchIndex(index, query, selection);
      const words = query.trim() ? searchIndex(index, query).map((h) => h.entry) : index.entries;
      return {
        total: hits.length,
        counts: facetCounts(hits.map((h) => h.entry)),
        totals: facetCounts(words),
        hits: hits.slice(0, limit).map(({ entry: e, via }) => ({
          url: resultUrl(e.u, query),
          title: e.n,
          excerpt: markText(e.s ?? '', query),
          meta: { type: S.types[e.t], ...(e.k ? { kind: e.k } : {}), ...(e.d ? { date: e.d } : {}), ...(e.g ? { grade: e.g } : {}) },
          ...(via ? { via } : {}),
          subs: [],
        })),
      };
    },
  });
  return new Promise((resolve, reject) => {
    const ready = w[FALLBACK_GLOBAL];
    if (ready) { resolve(make(ready)); return; }
    const s = el('script', { src: siteUrl(FALLBACK_PATH) });
    s.onload = () => { const i = w[FALLBACK_GLOBAL]; if (i) resolve(make(i)); else reject(new Error('no index')); };
    s.onerror = () => reject(new Error(`could not load ${FALLBACK_PATH}`));
    d.head.appendChild(s);
  });
}

// ------------------------------------------------------------------------------------- results

/** "Actor · Armed group", "Event · 17 September 2018", "Relation · Alleged". */
function metaLine(meta: Record<string, string>): string {
  return [meta['type'], meta['kind'], meta['date'], meta['grade']].filter(Boolean).join(' · ');
}

function renderHit(hit: Hit, full: boolean): HTMLLIElement {
  const li = el('li', { class: 'search-hit' });
  const a = el('a', { href: hit.url }, hit.title);
  li.append(a);
  const meta = metaLine(hit.meta);
  if (meta || hit.via) li.append(el('span', { class: 'search-meta' }, [meta, hit.via ? `${S.alias} ${hit.via}` : ''].filter(Boolean).join(' · ')));
  if (hit.excerpt) { const p = el('p', { class: 'search-excerpt' }); p.append(excerptNodes(hit.excerpt)); li.append(p); }
  if (full && hit.subs.length) {
    const ul = el('ul', { class: 'search-subs', 'aria-label': `${S.sections}: ${hit.title}` });
    for (const s of hit.subs) {
      const sli = el('li');
      sli.append(el('a', { href: s.url }, s.title));
      if (s.excerpt) { const p = el('p', { class: 'search-excerpt' }); p.append(excerptNodes(s.excerpt)); sli.append(p); }
      ul.append(sli);
    }
    li.append(ul);
  }
  return li;
}

/** Runs only the latest of overlapping searches. */
function latest<A extends unknown[], R>(fn: (...a: A) => Promise<R>): (...a: A) => Promise<R | undefined> {
  let n = 0;
  return async (...a) => { const mine = ++n; const r = await fn(...a); return mine === n ? r : undefined; };
}

function debounce<A extends unknown[]>(fn: (...a: A) => void, ms: number): (...a: A) => void {
  let t: ReturnType<typeof setTimeout> | undefined;
  return (...a) => { clearTimeout(t); t = setTimeout(() => fn(...a), ms); };
}

// ---------------------------------------------------------------------------------- header field

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

function setupHeader(): void {
  if (!form || !input || panel) return;
  panel = el('div', { class: 'search-panel', id: 'site-search-panel' });
  panel.hidden = true;
  const status = el('p', { class: 'search-status', role: 'status' });
  const note = el('p', { class: 'search-note' }, S.offline);
  note.hidden = true;
  const list = el('ol', { class: 'search-list' });
  const all = el('a', { class: 'search-all', href: searchPageUrl('') });
  panel.append(status, note, list, all);
  form.append(panel);
  input.setAttribute('aria-controls', panel.id);
  const show = (open: boolean) => { panel!.hidden = !open; };

  const run = latest(async (query: string) => {
    const b = await backend();
    return { b, found: await b.search(query, {}, HEADER_RESULTS) };
  });
  const update = async () => {
    const query = input.value;
    if (!query.trim()) { show(false); list.replaceChildren(); status.textContent = ''; return; }
    show(true);
    if (!status.textContent) status.textContent = S.loading;
    try {
      const r = await run(query);
      if (!r || input.value !== query) return;
      note.hidden = !r.b.offline;
      list.replaceChildren(...r.found.hits.map((h) => renderHit(h, false)));
      status.textContent = r.found.total ? S.results(r.found.total, query.trim()) : S.none(query.trim());
      all.href = searchPageUrl(query);
      all.textContent = S.all(r.found.total);
      all.hidden = r.found.total <= r.found.hits.length;
    } catch {
      status.textContent = S.failed;
      const li = el('li');
      li.append(el('a', { href: siteUrl('a-z/') }, S.azLink));
      list.replaceChildren(li);
    }
  };
  const later = debounce(update, 120);
  input.addEventListener('input', later);
  // Clicking the field shows its results again; words typed before this script ran are searched now.
  input.addEventListener('click', () => { if (panel!.hidden && input.value.trim()) void update(); });
  if (input.value.trim()) void update();

  form.addEventListener('submit', (e) => { e.preventDefault(); location.assign(searchPageUrl(input.value)); });

  // Keyboard: arrows move between the input and the results, Escape closes.
  form.addEventListener('keydown', (e) => {
    const links = [...panel!.querySelectorAll<HTMLAnchorElement>('a[href]')].filter((a) => !a.hidden);
    const at = links.indexOf(d.activeElement as HTMLAnchorElement);
    if (e.key === 'ArrowDown' && links.length) {
      e.preventDefault();
      show(true);
      links[Math.min(at + 1, links.length - 1)]!.focus();
    } else if (e.key === 'ArrowUp' && at >= 0) {
      e.preventDefault();
      if (at === 0) input.focus(); else links[at - 1]!.focus();
    } else if (e.key === 'Escape' && !panel!.hidden) {
      // In the dialog, the first Escape closes the results, the next one the dialog.
      e.preventDefault();
      show(false);
      input.focus();
    } else if (e.key === 'Escape' && dialog?.open) {
      // Before the search field's own Escape (which clears it) takes the key.
      e.preventDefault();
      dialog.close();
    }
  });
  // Close the results when focus or a click leaves the search.
  d.addEventListener('focusin', (e) => { if (!form.contains(e.target as Node)) show(false); });
  d.addEventListener('click', (e) => { if (!form.contains(e.target as Node)) show(false); });
}

function openDialog(): void {
  if (!form || !input) return;
  setupHeader();
  if (!dialog) {
    dialog = el('dialog', { class: 'search-dialog', 'aria-label': S.dialog });
    const close = el('button', { type: 'button', class: 'search-close' }, S.close);
    close.addEventListener('click', () => dialog!.close());
    dialog.append(close);
    d.body.append(dialog);
    dialog.addEventListener('close', () => {
      openLink?.before(form);
      openLink?.focus();
    });
  }
  dialog.append(form);
  dialog.showModal();
  input.focus();
}

// ---------------------------------------------------------------------------------- search page

function setupPage(): void {
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
  const boxes = [...pageForm.querySelectorAll<HTMLInputElement>('input[type=checkbox]')];

  const params = new URLSearchParams(location.search);
  q.value = params.get('q') ?? '';
  for (const b of boxes) b.checked = params.getAll(b.name).includes(b.value);

  const selection = (): FacetSelection => {
    const s: FacetSelection = {};
    for (const b of boxes) if (b.checked) (s[b.name as FacetKey] ??= []).push(b.value);
    return s;
  };
  let limit = 20;
  const run = latest(async (query: string, sel: FacetSelection, n: number) => {
    const b = await backend();
    return { b, found: await b.search(query, sel, n, true) };
  });
  const update = async (keepLimit = false) => {
    if (!keepLimit) limit = 20;
    const query = q.value;
    const sel = selection();
    const url = new URL(location.href);
    url.search = '';
    if (query.trim()) url.searchParams.set('q', query.trim());
    for (const [k, vs] of Object.entries(sel)) for (const v of vs ?? []) url.searchParams.append(k, v);
    history.replaceState(null, '', url.href);
    const any = FACET_KEYS.some((k) => sel[k]?.length);
    if (!query.trim() && !any) { list.replaceChildren(); status.textContent = ''; more.hidden = true; return; }
    if (!status.textContent) status.textContent = S.loading;
    try {
      const r = await run(query, sel, limit);
      if (!r) return;
      note.hidden = !r.b.offline;
      list.replaceChildren(...r.found.hits.map((h) => renderHit(h, true)));
      status.textContent = query.trim()
        ? (r.found.total ? S.results(r.found.total, query.trim()) : S.none(query.trim()))
        : S.filtered(r.found.total);
      more.hidden = r.found.total <= r.found.hits.length;
      // Beside each value: how many of these results have it; in a facet with ticks, how many
      // the words alone would give (ticks in one facet add up, across facets they narrow).
      for (const b of boxes) {
        const k = b.name as FacetKey;
        const from = sel[k]?.length ? r.found.totals : r.found.counts;
        const count = b.parentElement?.querySelector('.facet-count');
        if (count) count.textContent = `(${from[k]?.[b.value] ?? 0})`;
      }
    } catch {
      status.textContent = S.failed;
    }
  };
  const later = debounce(() => void update(), 150);
  q.addEventListener('input', later);
  pageForm.addEventListener('change', () => void update());
  pageForm.addEventListener('submit', (e) => { e.preventDefault(); void update(); });
  $('#search-page-clear')?.addEventListener('click', () => { for (const b of boxes) b.checked = false; void update(); });
  more.addEventListener('click', () => {
    const first = list.children.length;
    limit += 20;
    void update(true).then(() => (list.children[first]?.querySelector('a') as HTMLElement | null)?.focus());
  });
  void update();
}

// ------------------------------------------------------------------------------------ highlight

/** Marks the searched-for words in the page's main text. */
function highlight(): void {
  const query = new URLSearchParams(location.search).getAll(HIGHLIGHT_PARAM).join(' ');
  const words = normalise(query).split(' ').filter((w) => w.length > 1).map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  const main = $('main');
  if (!words.length || !main) return;
  const re = new RegExp(`(^|[^\\p{L}\\p{N}])(${words.join('|')})`, 'giu');
  const walker = d.createTreeWalker(main, NodeFilter.SHOW_TEXT, {
    acceptNode: (n) => (n.parentElement?.closest('script, style, svg, mark, textarea, [hidden]') ? NodeFilter.FILTER_REJECT : NodeFilter.FILTER_ACCEPT),
  });
  const nodes: Text[] = [];
  for (let n = walker.nextNode(); n; n = walker.nextNode()) nodes.push(n as Text);
  for (const node of nodes) {
    const text = node.data;
    re.lastIndex = 0;
    if (!re.test(text)) continue;
    re.lastIndex = 0;
    const frag = d.createDocumentFragment();
    let last = 0;
    for (let m = re.exec(text); m; m = re.exec(text)) {
      const start = m.index + m[1]!.length;
      frag.append(text.slice(last, start), el('mark', { class: 'search-mark' }, m[2]!));
      last = start + m[2]!.length;
    }
    frag.append(text.slice(last));
    node.replaceWith(frag);
  }
}

// ---------------------------------------------------------------------------------------- queue

function handle(action: Action): void {
  if (action === 'focus') setupHeader();
  else if (action === 'open') openDialog();
  else if (action === 'page') setupPage();
  else if (action === 'highlight') highlight();
  // Start loading the index while the reader types.
  if (action !== 'highlight') void backend().catch(() => undefined);
}

const w = window as unknown as { idlibSearch?: Action[] | { push(a: Action): unknown } };
const queued = Array.isArray(w.idlibSearch) ? w.idlibSearch : [];
w.idlibSearch = { push: handle };
for (const a of queued) handle(a);
