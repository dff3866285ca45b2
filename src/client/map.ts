/**
 * The map page's "as of" control: places whose events all come after the chosen month fade, and
 * the list marks those events as later. The month lives in the URL with the diagram's parameter
 * (?asof=2019-05, src/lib/graph-state.ts), so a link carries the month from one view to the other.
 * Without this script every place and event shows at full strength.
 */
import { parseState, serializeState } from '../lib/graph-state';
import { monthRange } from './ui-logic';
import { siteUrl } from './site-root';
import { isMapText, monthText as monthName } from './page-text';
import { all, data, one, readJson } from './dom';
import { fill } from '../lib/plural';

const dated = one('#dated', HTMLInputElement);
const asof = one('#asof', HTMLInputElement);
const label = one('#asof-label', HTMLElement);
const status = one('#map-status', HTMLElement);
const diagram = one('#asof-diagram', HTMLAnchorElement);
const months = monthRange(data(asof, 'first'), data(asof, 'last'));
asof.min = '0';
asof.max = String(months.length - 1);
asof.value = String(months.length - 1);

/** The page's words (its language's): months, "any month", the status line. */
const T = readJson('map-text', isMapText);
const monthText = (m: string) => monthName(T.months, m);

/** The month a URL's asof names: a month as given, a year from its January (as the diagram reads it). */
function monthOf(asOf: string | undefined): string | undefined {
  if (!asOf) return undefined;
  const exact = months.indexOf(asOf.slice(0, 7));
  const i = exact >= 0 ? exact : months.findIndex((m) => m.startsWith(asOf.slice(0, 4)));
  const [first] = months;
  return i >= 0 ? months[i] : first !== undefined && asOf < first ? first : months.at(-1);
}

function apply(month: string | undefined, push: boolean) {
  dated.checked = !!month;
  asof.disabled = !month;
  if (month) asof.value = String(months.indexOf(month));
  const text = month ? monthText(month) : '';
  asof.setAttribute('aria-valuetext', text || T.anyMonth);
  label.textContent = text || T.anyMonth;
  const later = (first: string | undefined) => !!month && !!first && first > month;
  for (const el of all('.map [data-first]', SVGElement))
    el.classList.toggle('is-later', later(el.dataset['first']));
  for (const el of all('#map-places > li[data-first]', HTMLElement))
    el.classList.toggle('is-later', later(el.dataset['first']));
  const items = all('#map-events > li', HTMLElement);
  let shown = 0;
  for (const li of items) {
    const isLater = later(li.dataset['month']);
    li.classList.toggle('is-later', isLater);
    if (!isLater) shown++;
  }
  status.textContent = month ? fill(T.status, { shown, all: items.length, month: text }) : '';
  const query = serializeState({ view: 'network', asOf: month });
  diagram.href = `${siteUrl('who-backs-whom/')}${query}`;
  if (push) history.replaceState(null, '', `${location.pathname}${query}${location.hash}`);
}

dated.addEventListener('change', () =>
  apply(dated.checked ? months[Number(asof.value)] : undefined, true),
);
asof.addEventListener('input', () => apply(months[Number(asof.value)], true));
apply(monthOf(parseState(location.search).asOf), false);
