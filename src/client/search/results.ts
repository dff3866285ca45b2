/** One result as a list item, the same under the header field and on the search page. */
import type { Hit } from './backends';
import { label, text } from './data';
import { el } from '../dom';
import { d } from './dom';

/** Excerpt HTML from Pagefind or the offline search, rebuilt from text and <mark> only. */
function excerptNodes(html: string): DocumentFragment {
  const t = el('template');
  t.innerHTML = html;
  const out = d.createDocumentFragment();
  const walk = (from: Node, to: Node) => {
    from.childNodes.forEach((n) => {
      if (n.nodeType === Node.TEXT_NODE) to.appendChild(d.createTextNode(n.textContent ?? ''));
      else if (n.nodeName === 'MARK') {
        const m = el('mark');
        walk(n, m);
        to.appendChild(m);
      } else walk(n, to);
    });
  };
  walk(t.content, out);
  return out;
}

/** "Actor · Armed group", "Event · 17 September 2018", "Relation · Alleged", then the other name that matched. */
function metaLine(hit: Hit): string {
  const f = hit.facets;
  return [
    f.type && label('type', f.type),
    f.kind && label('kind', f.kind),
    hit.date,
    f.grade && label('grade', f.grade),
    hit.via && `${text.alias} ${hit.via}`,
  ]
    .filter(Boolean)
    .join(text.metaSeparator);
}

/** A result; `full` (the search page) adds the report's matching sections. */
export function renderHit(hit: Hit, full: boolean): HTMLLIElement {
  const li = el('li', { class: 'search-hit' });
  // dir="auto": a title or an excerpt may be in the other script (an English headline in Arabic).
  li.append(el('a', { href: hit.url, dir: 'auto' }, hit.title));
  const meta = metaLine(hit);
  if (meta) li.append(el('span', { class: 'search-meta' }, meta));
  if (hit.excerpt) {
    const p = el('p', { class: 'search-excerpt', dir: 'auto' });
    p.append(excerptNodes(hit.excerpt));
    li.append(p);
  }
  if (full && hit.subs.length) {
    const ul = el('ul', { class: 'search-subs', 'aria-label': `${text.sections}: ${hit.title}` });
    for (const s of hit.subs) {
      const sli = el('li');
      sli.append(el('a', { href: s.url }, s.title));
      if (s.excerpt) {
        const p = el('p', { class: 'search-excerpt' });
        p.append(excerptNodes(s.excerpt));
        sli.append(p);
      }
      ul.append(sli);
    }
    li.append(ul);
  }
  return li;
}
