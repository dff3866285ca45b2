/**
 * The map page's "as of" control: places whose events all come after the chosen month fade, and
 * the list marks those events as later. The month lives in the URL with the diagram's parameter
 * (?asof=2019-05, src/lib/graph-state.ts), so a link carries the month from one view to the other.
 * Without this script every place and event shows at full strength.
 */
import { parseState, serializeState } from '../lib/graph-state';
import { monthRange } from './ui-logic';
import { siteUrl } from './site-root';
import { monthText as monthName, readText, type MapText } from './page-text';
import { fill } from '../lib/plural';

const $ = <T extends Element>(sel: string) => document.querySelector<T>(sel)!;
const $$ = <T extends Element>(sel: string) => [...document.querySelectorAll<T>(sel)];

const dated = $<HTMLInputElement>('#dated');
const asof = $<HTMLInputElement>('#asof');
const label = $('#asof-label');
const status = $('#map-status');
const diagram = $<HTMLAnchorElement>('#asof-diagram');
const months = monthRange(asof.dataset['first']!, asof.dataset['last']!);
asof.min = '0';
asof.max = String(months.length - 1);
asof.value = String(months.length - 1);

/** The page's words (its language's): months, "any month", the status line. */
const T = readText<MapText>('map-text');
const monthText = (m: string) => monthName(T.months, m);

/** The month a URL's asof names: a month as given, a year from its January (as the diagram reads it). */
function monthOf(asOf: string | undefined): string | undefined {
  if (!asOf) return undefined;
  const exact = months.indexOf(asOf.slice(0, 7));
  const i = exact >= 0 ? exact : months.findIndex((m) => m.startsWith(asOf.slice(0, 4)));
  return i >= 0 ? months[i] : asOf < months[0]! ? months[0] : months[months.length - 1];
}

function apply(month: string | undefined, push: boolean) {
  dated.checked = !!month;
  asof.disabled = !month;
  if (month) asof.value = String(months.indexOf(month));
  const text = month ? monthText(month) : '';
  asof.setAttribute('aria-valuetext', text || T.anyMonth);
  label.textContent = text || T.anyMonth;
  const later = (first: string | undefined) => !!month && !!first && first > month;
  for (const el of $$<SVGElement>('.map [data-first]'))
    el.classList.toggle('is-later', later(el.dataset['first']));
  for (const el of $$<HTMLElement>('#map-places > li[data-first]'))
    el.classList.toggle('is-later', later(el.dataset['first']));
  const items = $$<HTMLElement>('#map-events > li');
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
