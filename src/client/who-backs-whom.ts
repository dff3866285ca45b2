/**
 * Enhances the who-backs-whom page, which is complete without it: filters and the date control,
 * view tabs, URL state, details panel, keyboard paths through the diagram, hover highlighting,
 * pan and zoom (pan-zoom.ts), table sorting, showing people. Filtering uses the same module as the build
 * (src/lib/graph.ts). Both drawings (the camp map, and the column for phones) are kept in step;
 * CSS shows the one that fits the screen.
 */
import { filterGraph, type GraphFilter } from '../lib/graph';
import { parseState, serializeState, VIEWS, type GraphState, type View } from '../lib/graph-state';
import type { GraphPayload } from '../lib/details';
import { sortRows, monthRange, nearestInDirection } from './ui-logic';
import { siteUrl } from './site-root';
import { panZoom } from './pan-zoom';
import { monthText, readText, type WbwText } from './page-text';
import { fill, plural } from '../lib/plural';
import type { RelationType, Grade } from '../lib/vocabulary';

/** The graph and the details, read on first use: a page opened as it was built never needs them. */
let payload: GraphPayload | undefined;
const load = (): GraphPayload =>
  (payload ??= JSON.parse(document.getElementById('wbw-data')!.textContent) as GraphPayload);
const $ = <T extends Element>(sel: string, root: ParentNode = document) =>
  root.querySelector<T>(sel)!;
const $$ = <T extends Element>(sel: string, root: ParentNode = document) => [
  ...root.querySelectorAll<T>(sel),
];
/** The page's words (its language's): status line, months, details panel. */
const T = readText<WbwText>('wbw-text');
const P = T.panel;

const form = $<HTMLElement>('#graph-controls');
const svgs = $$<SVGSVGElement>('svg[data-network]', $('#network'));
const peopleBox = document.getElementById('show-people') as HTMLInputElement | null;
const status = $('#graph-status');
const focusSelect = $<HTMLSelectElement>('#focus');
const dated = $<HTMLInputElement>('#dated');
const asof = $<HTMLInputElement>('#asof');
const asofLabel = $('#asof-label');
const months = monthRange(asof.dataset['first']!, asof.dataset['last']!);
const allTypes = $$<HTMLInputElement>('input[name=type]').map((i) => i.value as RelationType);
const allGrades = $$<HTMLInputElement>('input[name=grade]').map((i) => i.value as Grade);

asof.min = '0';
asof.max = String(months.length - 1);
asof.value = String(months.length - 1);

// A focus from the URL must name an actor of the list (no need to read the graph for that).
const actorIds = new Set([...focusSelect.options].map((o) => o.value).filter(Boolean));
let state: GraphState = parseState(location.search, actorIds);

// ---- state <-> controls -------------------------------------------------------------------
function toControls(s: GraphState) {
  for (const box of $$<HTMLInputElement>('input[name=type]'))
    box.checked = !s.types?.length || s.types.includes(box.value as RelationType);
  for (const box of $$<HTMLInputElement>('input[name=grade]'))
    box.checked = !s.grades?.length || s.grades.includes(box.value as Grade);
  focusSelect.value = s.focus ?? '';
  dated.checked = !!s.asOf;
  asof.disabled = !s.asOf;
  if (s.asOf) {
    const i = months.indexOf(s.asOf.slice(0, 7));
    asof.value = String(i >= 0 ? i : months.findIndex((m) => m.startsWith(s.asOf!.slice(0, 4))));
  }
  showMonth();
}

function fromControls(): GraphState {
  const checked = (name: string) =>
    $$<HTMLInputElement>(`input[name=${name}]:checked`).map((i) => i.value);
  const types = checked('type') as RelationType[];
  const grades = checked('grade') as Grade[];
  return {
    view: state.view,
    // All boxes ticked is the default and stays out of the URL.
    types:
      types.length === allTypes.length ? [] : types.length ? types : ['__none__' as RelationType],
    grades:
      grades.length === allGrades.length ? [] : grades.length ? grades : ['__none__' as Grade],
    focus: focusSelect.value || undefined,
    asOf: dated.checked ? months[Number(asof.value)] : undefined,
    people: state.people,
  };
}

function showMonth() {
  const text = monthText(T.months, months[Number(asof.value)] ?? '');
  asof.setAttribute('aria-valuetext', text);
  asofLabel.textContent = dated.checked ? text : T.anyMonth;
}

// ---- applying a state ----------------------------------------------------------------------
function apply(s: GraphState, pushUrl = true) {
  state = s;
  const filter: GraphFilter = {
    types: s.types,
    grades: s.grades,
    focus: s.focus,
    asOf: s.asOf,
  };
  const { graph } = load();
  const visible = filterGraph(graph, filter);
  for (const svg of svgs) {
    svg.classList.toggle('show-people', !!s.people);
    // A line stands for every relation of its pair: shown while any is, counting those shown.
    for (const el of $$<SVGElement>('[data-pair]', svg)) {
      const shown = el.dataset['edges']!.split(' ').filter((id) => visible.edges.has(id)).length;
      el.classList.toggle('is-hidden', shown === 0);
      const badge = el.querySelector('.badge');
      if (badge) {
        badge.querySelector('text')!.textContent = String(shown);
        badge.classList.toggle('is-hidden', shown < 2);
      }
    }
    for (const el of $$<SVGElement>('[data-node]', svg))
      el.classList.toggle('is-hidden', !visible.nodes.has(el.dataset['node']!));
  }
  if (peopleBox) peopleBox.checked = !!s.people;
  for (const el of $$<HTMLElement>('.matrix [data-edge]'))
    el.hidden = !visible.edges.has(el.dataset['edge']!);
  for (const el of $$<HTMLElement>('.matrix tr[data-node]'))
    el.hidden = !visible.nodes.has(el.dataset['node']!);
  const columns = $$<HTMLElement>('.matrix thead th[data-node]').map((th) =>
    visible.nodes.has(th.dataset['node']!),
  );
  for (const row of $$<HTMLTableRowElement>('.matrix tr')) {
    [...row.cells].slice(1).forEach((cell, i) => {
      cell.hidden = !columns[i];
    });
  }
  for (const el of $$<HTMLElement>('.relation-table tbody tr'))
    el.hidden = !visible.edges.has(el.dataset['edge']!);
  const shownNodes = s.focus
    ? visible.nodes.size
    : new Set(graph.edges.filter((e) => visible.edges.has(e.id)).flatMap((e) => [e.from, e.to]))
        .size;
  status.textContent = fill(s.asOf ? T.statusAsOf : T.status, {
    shown: visible.edges.size,
    total: graph.edges.length,
    actors: plural(T.lang, shownNodes, T.actor),
    month: asofLabel.textContent ?? '',
  });
  showView(s.view);
  updateEmbedSnippet(s);
  if (pushUrl)
    history.replaceState(null, '', `${location.pathname}${serializeState(s)}${location.hash}`);
}

/** The copyable iframe code follows the chosen filters, so an embed shows what the reader sees. */
function updateEmbedSnippet(s: GraphState) {
  const pre = document.getElementById('embed-snippet');
  const code = pre?.querySelector('code');
  if (!pre || !code) return;
  const url = `${pre.dataset['embedUrl']}${serializeState(s)}`;
  code.textContent = code.textContent.replace(/src="[^"]*"/, `src="${url.replace(/&/g, '&amp;')}"`);
}

// ---- views as tabs -----------------------------------------------------------------------
const tabs = $$<HTMLButtonElement>('[role=tab]');
function showView(view: View) {
  for (const tab of tabs) {
    const on = tab.id === `tab-${view}`;
    tab.setAttribute('aria-selected', String(on));
    tab.tabIndex = on ? 0 : -1;
  }
  for (const v of VIEWS) $<HTMLElement>(`#${v}`).hidden = v !== view;
}
$('[role=tablist]').addEventListener('keydown', (ev) => {
  const e = ev as KeyboardEvent;
  const i = tabs.findIndex((t) => t === document.activeElement);
  if (i < 0 || !['ArrowLeft', 'ArrowRight', 'Home', 'End'].includes(e.key)) return;
  e.preventDefault();
  // The arrow towards the next tab: right in English, left where the tabs run right to left.
  const forward = getComputedStyle(tabs[i]!).direction === 'rtl' ? 'ArrowLeft' : 'ArrowRight';
  const next =
    e.key === 'Home'
      ? 0
      : e.key === 'End'
        ? tabs.length - 1
        : (i + (e.key === forward ? 1 : tabs.length - 1)) % tabs.length;
  tabs[next]!.focus();
  tabs[next]!.click();
});
for (const tab of tabs) {
  tab.addEventListener('click', () =>
    apply({ ...state, view: tab.id.replace('tab-', '') as View }),
  );
}

// ---- details panel -------------------------------------------------------------------------
const panel = $<HTMLElement>('#details');
const panelTitle = $('#details-title');
const panelBody = $('#details-body');
let returnFocus: Element | null = null;

function el(tag: string, text?: string, attrs: Record<string, string> = {}): HTMLElement {
  const node = document.createElement(tag);
  if (text !== undefined) node.textContent = text;
  for (const [k, v] of Object.entries(attrs)) node.setAttribute(k, v);
  return node;
}

function row(list: HTMLElement, term: string, value: string | Node) {
  list.append(el('dt', term));
  const dd = el('dd');
  dd.append(value);
  list.append(dd);
}

function openNode(id: string, from: Element) {
  const data = load();
  const d = data.nodes[id]!;
  panelTitle.textContent = d.name;
  panelBody.replaceChildren();
  const dl = el('dl', undefined, { class: 'facts' });
  row(dl, P.kind, d.kind);
  row(dl, P.side, d.side);
  row(dl, P.relations, String(d.degree));
  if (d.leaders.length) row(dl, P.leaders, d.leaders.join(T.comma));
  panelBody.append(el('p', d.summary), dl);
  const list = el('ul', undefined, { class: 'plain' });
  for (const e of data.graph.edges.filter((x) => x.from === id || x.to === id)) {
    const li = el('li');
    const a = el('a', data.edges[e.id]!.sentence, { href: siteUrl(data.edges[e.id]!.href) });
    li.append(
      a,
      ' ',
      el('span', data.edges[e.id]!.gradeLabel, { class: `grade grade-${e.grade}` }),
    );
    list.append(li);
  }
  const more = el('p');
  more.append(el('a', fill(P.profile, { name: d.name }), { href: siteUrl(d.href) }));
  panelBody.append(list, more);
  showPanel(from);
}

function edgeFacts(into: Element, id: string) {
  const data = load();
  const d = data.edges[id]!;
  const grade = el('a', d.gradeLabel, {
    class: `grade grade-${d.grade}`,
    href: siteUrl(data.methodHref),
  });
  const dl = el('dl', undefined, { class: 'facts' });
  row(dl, P.grade, grade);
  row(dl, P.type, d.type);
  row(dl, P.when, d.period);
  if (d.claimant) row(dl, P.claimedBy, d.claimant);
  if (d.reportedBy) row(dl, P.reportedBy, d.reportedBy);
  into.append(el('p', d.note), dl, el('h4', P.sources));
  const list = el('ul', undefined, { class: 'plain sources-in-panel' });
  for (const s of d.sources) {
    const li = el('li');
    li.append(el('a', s.label, { href: siteUrl(s.href) }));
    list.append(li);
  }
  const more = el('p');
  more.append(el('a', P.permalink, { href: siteUrl(d.href) }));
  into.append(list, more);
}

/** A line's details: its one relation, or each of the relations it stands for, in turn. */
function openLine(line: SVGElement) {
  const data = load();
  const ids = line.dataset['edges']!.split(' ');
  panelBody.replaceChildren();
  if (ids.length === 1) {
    panelTitle.textContent = data.edges[ids[0]!]!.sentence;
    edgeFacts(panelBody, ids[0]!);
  } else {
    const [from, to] = line.dataset['pair']!.split('>').map((id) => data.nodes[id]!.name);
    panelTitle.textContent = fill(P.pair, {
      from: from!,
      to: to!,
      relations: plural(T.lang, ids.length, T.relation),
    });
    for (const id of ids) {
      const part = el('section', undefined, { class: 'panel-part' });
      part.append(el('h4', data.edges[id]!.sentence));
      edgeFacts(part, id);
      panelBody.append(part);
    }
  }
  showPanel(line);
}

function showPanel(from: Element) {
  returnFocus = from;
  for (const s of $$('.is-selected')) s.classList.remove('is-selected');
  from.classList.add('is-selected');
  panel.hidden = false;
  panel.focus({ preventScroll: true });
  // Scrolled explicitly: not every engine scrolls a focused element into view (Firefox at 375 px).
  // Below the diagram (narrow screens) the panel comes to the top; beside it, only into view.
  panel.scrollIntoView({
    block: getComputedStyle(panel).position === 'absolute' ? 'nearest' : 'start',
  });
}

function closePanel() {
  if (panel.hidden) return;
  panel.hidden = true;
  for (const s of $$('.is-selected')) s.classList.remove('is-selected');
  (returnFocus as HTMLElement | SVGElement | null)?.focus();
}
$('.details-close', panel).addEventListener('click', closePanel);
document.addEventListener('keydown', (e) => {
  if (e.key === 'Escape') closePanel();
});

// ---- the diagrams: roving focus, arrows, Enter, hover highlight ---------------------------------
/** Where a node sits (the centre of its pill), read when a key is pressed: nothing at start-up. */
function position(n: SVGAElement) {
  const m = /translate\(([-\d.]+),([-\d.]+)\)/.exec(n.getAttribute('transform') ?? '')!;
  const r = n.querySelector('rect')!;
  return {
    id: n.dataset['node']!,
    x: Number(m[1]) + Number(r.getAttribute('width')) / 2,
    y: Number(m[2]) + Number(r.getAttribute('height')) / 2,
  };
}

for (const svg of svgs) {
  const nodes = $$<SVGAElement>('[data-node]', svg);
  for (const e of $$<SVGAElement>('[data-pair]', svg)) e.setAttribute('tabindex', '-1');
  const shown = (n: SVGAElement) =>
    !n.classList.contains('is-hidden') &&
    (!n.classList.contains('layer-people') || svg.classList.contains('show-people'));
  const first = nodes.find(shown);
  for (const n of nodes) n.setAttribute('tabindex', n === first ? '0' : '-1');

  const moveFocus = (to: SVGAElement) => {
    for (const n of nodes) n.setAttribute('tabindex', n === to ? '0' : '-1');
    to.focus();
  };

  svg.addEventListener('keydown', (ev) => {
    const target = (ev.target as Element).closest<SVGAElement>('[data-node]');
    if (!target) return;
    const dirs: Record<string, [number, number]> = {
      ArrowRight: [1, 0],
      ArrowLeft: [-1, 0],
      ArrowUp: [0, -1],
      ArrowDown: [0, 1],
    };
    const dir = dirs[ev.key];
    if (dir) {
      ev.preventDefault();
      const next = nearestInDirection(position(target), nodes.filter(shown).map(position), dir);
      if (next) moveFocus(nodes.find((n) => n.dataset['node'] === next.id)!);
    } else if (ev.key === 'Enter' || ev.key === ' ') {
      ev.preventDefault();
      openNode(target.dataset['node']!, target);
    }
  });

  svg.addEventListener('click', (ev) => {
    const node = (ev.target as Element).closest<SVGAElement>('[data-node]');
    const edge = (ev.target as Element).closest<SVGAElement>('[data-pair]');
    if (!node && !edge) return;
    if ((ev as MouseEvent).ctrlKey || (ev as MouseEvent).metaKey || (ev as MouseEvent).shiftKey)
      return; // let new-tab clicks through
    ev.preventDefault();
    if (node) openNode(node.dataset['node']!, node);
    else openLine(edge!);
  });

  const highlight = (id: string | null) => {
    svg.classList.toggle('is-dimmed', !!id);
    for (const x of $$('.is-lit', svg)) x.classList.remove('is-lit');
    if (!id) return;
    const lit = new Set([id]);
    for (const e of $$<SVGElement>('[data-pair]', svg)) {
      const [from, to] = e.dataset['pair']!.split('>') as [string, string];
      if (from === id || to === id) {
        e.classList.add('is-lit');
        lit.add(from);
        lit.add(to);
      }
    }
    for (const n of nodes) if (lit.has(n.dataset['node']!)) n.classList.add('is-lit');
  };
  // Delegated, so start-up adds four listeners per drawing, not four per actor.
  const nodeOf = (ev: Event) => (ev.target as Element).closest<SVGAElement>('[data-node]');
  svg.addEventListener('mouseover', (ev) => {
    const n = nodeOf(ev);
    if (n) highlight(n.dataset['node']!);
  });
  svg.addEventListener('focusin', (ev) => {
    const n = nodeOf(ev);
    if (n) highlight(n.dataset['node']!);
  });
  svg.addEventListener('mouseout', (ev) => {
    if (nodeOf(ev)) highlight(null);
  });
  svg.addEventListener('focusout', (ev) => {
    if (nodeOf(ev)) highlight(null);
  });

  // ---- pan and zoom --------------------------------------------------------------------------
  const view = panZoom(svg, $<SVGGElement>('.viewport', svg));
  for (const b of $$<HTMLButtonElement>('[data-zoom]')) {
    b.addEventListener('click', () => {
      const how = b.dataset['zoom'];
      if (how === 'reset') view.reset();
      else view.zoomBy(how === 'in' ? 1.4 : 1 / 1.4);
    });
  }
}

// ---- table sorting -------------------------------------------------------------------------
const table = $<HTMLTableElement>('.relation-table');
for (const th of $$<HTMLTableCellElement>('th[data-col]', table)) {
  const label = th.textContent ?? '';
  const button = el('button', label, { type: 'button', class: 'sort' });
  th.replaceChildren(button);
  button.addEventListener('click', () => {
    const col = Number(th.dataset['col']);
    const ascending = th.getAttribute('aria-sort') !== 'ascending';
    for (const other of $$('th[data-col]', table)) other.removeAttribute('aria-sort');
    th.setAttribute('aria-sort', ascending ? 'ascending' : 'descending');
    const body = table.tBodies[0]!;
    const rows = [...body.rows].map((r) => ({
      key: r.cells[col]?.dataset['sort'] ?? r.cells[col]?.textContent ?? '',
      row: r,
    }));
    body.append(...sortRows(rows, ascending, T.lang).map((r) => r.row));
  });
}

// ---- wiring ------------------------------------------------------------------------------
form.addEventListener('change', (e) => {
  if ((e.target as HTMLElement).id === 'dated') asof.disabled = !dated.checked;
  showMonth();
  apply(fromControls());
});
asof.addEventListener('input', () => {
  showMonth();
  apply(fromControls());
});
peopleBox?.addEventListener('change', () =>
  apply({ ...state, people: peopleBox.checked || undefined }),
);
$('#reset').addEventListener('click', () => {
  const fresh: GraphState = {
    view: state.view,
    types: [],
    grades: [],
    focus: undefined,
    asOf: undefined,
    people: state.people,
  };
  toControls(fresh);
  apply(fresh);
});

// The filters start folded (the diagram comes first); a linked view with filters opens them.
if (state.types?.length || state.grades?.length || state.focus || state.asOf)
  (form as HTMLDetailsElement).open = true;
// The HTML is drawn in the default state (everything shown): only a linked state needs work.
if (serializeState(state) === '') showView(state.view);
else {
  toControls(state);
  apply(state, false);
}
