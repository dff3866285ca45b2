/**
 * Enhances the who-backs-whom page, which is complete without it: filters and the date control,
 * view tabs, URL state, details panel, keyboard paths through the diagram, hover highlighting,
 * pan and zoom (pan-zoom.ts), table sorting, showing people. Filtering uses the same module as the build
 * (src/lib/graph.ts). Both drawings (the camp map, and the column for phones) are kept in step;
 * CSS shows the one that fits the screen.
 */
import { chosen, filterGraph, NONE, type GraphFilter } from '../lib/graph';
import { parseState, serializeState, VIEWS, type GraphState } from '../lib/graph-state';
import type { GraphPayload } from '../lib/details';
import { edgeDetails, isGraphPayload, nodeDetails } from '../lib/details-read';
import { sortRows, monthRange, nearestInDirection } from './ui-logic';
import { siteUrl } from './site-root';
import { panZoom } from './pan-zoom';
import { isWbwText, monthText } from './page-text';
import { all, around, data, el, maybe, one, readJson } from './dom';
import { fill, plural } from '../lib/plural';
import { isOneOf } from '../lib/typed';
import { GRADES, RELATION_TYPES } from '../lib/vocabulary';

/** The graph and the details, read on first use: a page opened as it was built never needs them. */
let payload: GraphPayload | undefined;
const load = (): GraphPayload => (payload ??= readJson('wbw-data', isGraphPayload));
/** The page's words (its language's): status line, months, details panel. */
const T = readJson('wbw-text', isWbwText);
const P = T.panel;

const form = one('#graph-controls', HTMLDetailsElement);
const svgs = all('svg[data-network]', SVGSVGElement, one('#network', HTMLElement));
const peopleBox = maybe('#show-people', HTMLInputElement);
const status = one('#graph-status', HTMLElement);
const focusSelect = one('#focus', HTMLSelectElement);
const dated = one('#dated', HTMLInputElement);
const asof = one('#asof', HTMLInputElement);
const asofLabel = one('#asof-label', HTMLElement);
const months = monthRange(data(asof, 'first'), data(asof, 'last'));
/** The values of the ticked boxes named name, in the page's order. */
const ticked = (name: string, only = ':checked') =>
  all(`input[name=${name}]${only}`, HTMLInputElement).map((i) => i.value);
const allTypes = ticked('type', '').filter((v) => isOneOf(RELATION_TYPES, v));
const allGrades = ticked('grade', '').filter((v) => isOneOf(GRADES, v));

asof.min = '0';
asof.max = String(months.length - 1);
asof.value = String(months.length - 1);

// A focus from the URL must name an actor of the list (no need to read the graph for that).
const actorIds = new Set([...focusSelect.options].map((o) => o.value).filter(Boolean));
let state: GraphState = parseState(location.search, actorIds);

// ---- state <-> controls -------------------------------------------------------------------
function toControls(s: GraphState) {
  for (const box of all('input[name=type]', HTMLInputElement))
    box.checked = isOneOf(RELATION_TYPES, box.value) && chosen(s.types, box.value);
  for (const box of all('input[name=grade]', HTMLInputElement))
    box.checked = isOneOf(GRADES, box.value) && chosen(s.grades, box.value);
  focusSelect.value = s.focus ?? '';
  const { asOf } = s;
  dated.checked = !!asOf;
  asof.disabled = !asOf;
  if (asOf) {
    const i = months.indexOf(asOf.slice(0, 7));
    asof.value = String(i >= 0 ? i : months.findIndex((m) => m.startsWith(asOf.slice(0, 4))));
  }
  showMonth();
}

function fromControls(): GraphState {
  const types = ticked('type').filter((v) => isOneOf(RELATION_TYPES, v));
  const grades = ticked('grade').filter((v) => isOneOf(GRADES, v));
  return {
    view: state.view,
    // All boxes ticked is the default and stays out of the URL.
    types: types.length === allTypes.length ? [] : types.length ? types : NONE,
    grades: grades.length === allGrades.length ? [] : grades.length ? grades : NONE,
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
    for (const el of all('[data-pair]', SVGElement, svg)) {
      const shown = data(el, 'edges')
        .split(' ')
        .filter((id) => visible.edges.has(id)).length;
      el.classList.toggle('is-hidden', shown === 0);
      const badge = el.querySelector('.badge');
      if (badge) {
        const count = badge.querySelector('text');
        if (count) count.textContent = String(shown);
        badge.classList.toggle('is-hidden', shown < 2);
      }
    }
    for (const el of all('[data-node]', SVGElement, svg))
      el.classList.toggle('is-hidden', !visible.nodes.has(data(el, 'node')));
  }
  if (peopleBox) peopleBox.checked = !!s.people;
  for (const el of all('.matrix [data-edge]', HTMLElement))
    el.hidden = !visible.edges.has(data(el, 'edge'));
  for (const el of all('.matrix tr[data-node]', HTMLElement))
    el.hidden = !visible.nodes.has(data(el, 'node'));
  const columns = all('.matrix thead th[data-node]', HTMLElement).map((th) =>
    visible.nodes.has(data(th, 'node')),
  );
  for (const row of all('.matrix tr', HTMLTableRowElement)) {
    [...row.cells].slice(1).forEach((cell, i) => {
      cell.hidden = !columns[i];
    });
  }
  for (const el of all('.relation-table tbody tr', HTMLElement))
    el.hidden = !visible.edges.has(data(el, 'edge'));
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
const tabs = all('[role=tab]', HTMLButtonElement);
function showView(view: GraphState['view']) {
  for (const tab of tabs) {
    const on = tab.id === `tab-${view}`;
    tab.setAttribute('aria-selected', String(on));
    tab.tabIndex = on ? 0 : -1;
  }
  for (const v of VIEWS) one(`#${v}`, HTMLElement).hidden = v !== view;
}
one('[role=tablist]', HTMLElement).addEventListener('keydown', (e) => {
  const current = tabs.find((t) => t === document.activeElement);
  if (!current || !['ArrowLeft', 'ArrowRight', 'Home', 'End'].includes(e.key)) return;
  e.preventDefault();
  const i = tabs.indexOf(current);
  // The arrow towards the next tab: right in English, left where the tabs run right to left.
  const forward = getComputedStyle(current).direction === 'rtl' ? 'ArrowLeft' : 'ArrowRight';
  const next =
    tabs[
      e.key === 'Home'
        ? 0
        : e.key === 'End'
          ? tabs.length - 1
          : (i + (e.key === forward ? 1 : tabs.length - 1)) % tabs.length
    ];
  next?.focus();
  next?.click();
});
for (const tab of tabs) {
  const view = VIEWS.find((v) => tab.id === `tab-${v}`);
  if (view) tab.addEventListener('click', () => apply({ ...state, view }));
}

// ---- details panel -------------------------------------------------------------------------
const panel = one('#details', HTMLElement);
const panelTitle = one('#details-title', HTMLElement);
const panelBody = one('#details-body', HTMLElement);
/** What a reader selects: an actor or a line in a drawing. */
type Selectable = HTMLElement | SVGElement;
let returnFocus: Selectable | null = null;

function row(list: HTMLElement, term: string, value: string | Node) {
  list.append(el('dt', {}, term));
  const dd = el('dd');
  dd.append(value);
  list.append(dd);
}

function openNode(id: string, from: Selectable) {
  const payload = load();
  const d = nodeDetails(payload, id);
  panelTitle.textContent = d.name;
  panelBody.replaceChildren();
  const dl = el('dl', { class: 'facts' });
  row(dl, P.kind, d.kind);
  row(dl, P.side, d.side);
  row(dl, P.relations, String(d.degree));
  if (d.leaders.length) row(dl, P.leaders, d.leaders.join(T.comma));
  panelBody.append(el('p', {}, d.summary), dl);
  const list = el('ul', { class: 'plain' });
  for (const e of payload.graph.edges.filter((x) => x.from === id || x.to === id)) {
    const li = el('li');
    const details = edgeDetails(payload, e.id);
    const a = el('a', { href: siteUrl(details.href) }, details.sentence);
    li.append(a, ' ', el('span', { class: `grade grade-${e.grade}` }, details.gradeLabel));
    list.append(li);
  }
  const more = el('p');
  more.append(el('a', { href: siteUrl(d.href) }, fill(P.profile, { name: d.name })));
  panelBody.append(list, more);
  showPanel(from);
}

function edgeFacts(into: Element, id: string) {
  const payload = load();
  const d = edgeDetails(payload, id);
  const grade = el(
    'a',
    {
      class: `grade grade-${d.grade}`,
      href: siteUrl(payload.methodHref),
    },
    d.gradeLabel,
  );
  const dl = el('dl', { class: 'facts' });
  row(dl, P.grade, grade);
  row(dl, P.type, d.type);
  row(dl, P.when, d.period);
  if (d.claimant) row(dl, P.claimedBy, d.claimant);
  if (d.reportedBy) row(dl, P.reportedBy, d.reportedBy);
  into.append(el('p', {}, d.note), dl, el('h4', {}, P.sources));
  const list = el('ul', { class: 'plain sources-in-panel' });
  for (const s of d.sources) {
    const li = el('li');
    li.append(el('a', { href: siteUrl(s.href) }, s.label));
    list.append(li);
  }
  const more = el('p');
  more.append(el('a', { href: siteUrl(d.href) }, P.permalink));
  into.append(list, more);
}

/** A line's details: its one relation, or each of the relations it stands for, in turn. */
/** The two actors of a line ("from>to"). */
function pairEnds(line: SVGElement): [string, string] {
  const [from = '', to = ''] = data(line, 'pair').split('>');
  return [from, to];
}

function openLine(line: SVGElement) {
  const payload = load();
  const ids = data(line, 'edges').split(' ');
  const [only] = ids;
  panelBody.replaceChildren();
  if (only !== undefined && ids.length === 1) {
    panelTitle.textContent = edgeDetails(payload, only).sentence;
    edgeFacts(panelBody, only);
  } else {
    const [from, to] = pairEnds(line).map((id) => nodeDetails(payload, id).name);
    panelTitle.textContent = fill(P.pair, {
      from: from ?? '',
      to: to ?? '',
      relations: plural(T.lang, ids.length, T.relation),
    });
    for (const id of ids) {
      const part = el('section', { class: 'panel-part' });
      part.append(el('h4', {}, edgeDetails(payload, id).sentence));
      edgeFacts(part, id);
      panelBody.append(part);
    }
  }
  showPanel(line);
}

function showPanel(from: Selectable) {
  returnFocus = from;
  for (const s of all('.is-selected', Element)) s.classList.remove('is-selected');
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
  for (const s of all('.is-selected', Element)) s.classList.remove('is-selected');
  returnFocus?.focus();
}
one('.details-close', HTMLElement, panel).addEventListener('click', closePanel);
document.addEventListener('keydown', (e) => {
  if (e.key === 'Escape') closePanel();
});

// ---- the diagrams: roving focus, arrows, Enter, hover highlight ---------------------------------
/** Where a node sits (the centre of its pill), read when a key is pressed: nothing at start-up. */
function position(n: SVGAElement) {
  const [, x, y] = /translate\(([-\d.]+),([-\d.]+)\)/.exec(n.getAttribute('transform') ?? '') ?? [];
  const r = n.querySelector('rect');
  return {
    id: data(n, 'node'),
    x: Number(x) + Number(r?.getAttribute('width')) / 2,
    y: Number(y) + Number(r?.getAttribute('height')) / 2,
  };
}

for (const svg of svgs) {
  const nodes = all('[data-node]', SVGAElement, svg);
  for (const e of all('[data-pair]', SVGAElement, svg)) e.setAttribute('tabindex', '-1');
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
    const target = around(ev, '[data-node]', SVGAElement);
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
      const to = next && nodes.find((n) => n.dataset['node'] === next.id);
      if (to) moveFocus(to);
    } else if (ev.key === 'Enter' || ev.key === ' ') {
      ev.preventDefault();
      openNode(data(target, 'node'), target);
    }
  });

  svg.addEventListener('click', (ev) => {
    const node = around(ev, '[data-node]', SVGAElement);
    const edge = around(ev, '[data-pair]', SVGAElement);
    if (!node && !edge) return;
    if (ev.ctrlKey || ev.metaKey || ev.shiftKey) return; // let new-tab clicks through
    ev.preventDefault();
    if (node) openNode(data(node, 'node'), node);
    else if (edge) openLine(edge);
  });

  const highlight = (id: string | null) => {
    svg.classList.toggle('is-dimmed', !!id);
    for (const x of all('.is-lit', Element, svg)) x.classList.remove('is-lit');
    if (!id) return;
    const lit = new Set([id]);
    for (const e of all('[data-pair]', SVGElement, svg)) {
      const [from, to] = pairEnds(e);
      if (from === id || to === id) {
        e.classList.add('is-lit');
        lit.add(from);
        lit.add(to);
      }
    }
    for (const n of nodes) if (lit.has(data(n, 'node'))) n.classList.add('is-lit');
  };
  // Delegated, so start-up adds four listeners per drawing, not four per actor.
  const nodeOf = (ev: Event) => around(ev, '[data-node]', SVGAElement);
  svg.addEventListener('mouseover', (ev) => {
    const n = nodeOf(ev);
    if (n) highlight(data(n, 'node'));
  });
  svg.addEventListener('focusin', (ev) => {
    const n = nodeOf(ev);
    if (n) highlight(data(n, 'node'));
  });
  svg.addEventListener('mouseout', (ev) => {
    if (nodeOf(ev)) highlight(null);
  });
  svg.addEventListener('focusout', (ev) => {
    if (nodeOf(ev)) highlight(null);
  });

  // ---- pan and zoom --------------------------------------------------------------------------
  const view = panZoom(svg, one('.viewport', SVGGElement, svg));
  for (const b of all('[data-zoom]', HTMLButtonElement)) {
    b.addEventListener('click', () => {
      const how = b.dataset['zoom'];
      if (how === 'reset') view.reset();
      else view.zoomBy(how === 'in' ? 1.4 : 1 / 1.4);
    });
  }
}

// ---- table sorting -------------------------------------------------------------------------
const table = one('.relation-table', HTMLTableElement);
for (const th of all('th[data-col]', HTMLTableCellElement, table)) {
  const label = th.textContent ?? '';
  const button = el('button', { type: 'button', class: 'sort' }, label);
  th.replaceChildren(button);
  button.addEventListener('click', () => {
    const col = Number(th.dataset['col']);
    const ascending = th.getAttribute('aria-sort') !== 'ascending';
    for (const other of all('th[data-col]', Element, table)) other.removeAttribute('aria-sort');
    th.setAttribute('aria-sort', ascending ? 'ascending' : 'descending');
    const body = table.tBodies.item(0);
    if (!body) return;
    const rows = [...body.rows].map((r) => ({
      key: r.cells[col]?.dataset['sort'] ?? r.cells[col]?.textContent ?? '',
      row: r,
    }));
    body.append(...sortRows(rows, ascending, T.lang).map((r) => r.row));
  });
}

// ---- wiring ------------------------------------------------------------------------------
form.addEventListener('change', (e) => {
  if (e.target === dated) asof.disabled = !dated.checked;
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
one('#reset', HTMLElement).addEventListener('click', () => {
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
if (state.types?.length || state.grades?.length || state.focus || state.asOf) form.open = true;
// The HTML is drawn in the default state (everything shown): only a linked state needs work.
if (serializeState(state) === '') showView(state.view);
else {
  toControls(state);
  apply(state, false);
}
