/**
 * On a page opened from a result: marks the words searched for (carried in ?pagefind-highlight=)
 * in the main text, compared as search compares them (normalise.ts: "جولاني" marks "الجولاني").
 */
import { matchRanges } from '../../lib/search/normalise';
import { HIGHLIGHT_PARAM } from './backends';
import { el } from '../dom';
import { $, d } from './dom';

export function highlight(): void {
  const query = new URLSearchParams(location.search).getAll(HIGHLIGHT_PARAM).join(' ');
  const main = $('main');
  if (!query.trim() || !main) return;
  const walker = d.createTreeWalker(main, NodeFilter.SHOW_TEXT, {
    acceptNode: (n) =>
      n.parentElement?.closest('script, style, svg, mark, textarea, [hidden]')
        ? NodeFilter.FILTER_REJECT
        : NodeFilter.FILTER_ACCEPT,
  });
  const nodes: Text[] = [];
  for (let n = walker.nextNode(); n; n = walker.nextNode()) if (n instanceof Text) nodes.push(n);
  for (const node of nodes) {
    const ranges = matchRanges(node.data, query);
    if (!ranges.length) continue;
    const frag = d.createDocumentFragment();
    let at = 0;
    for (const [start, end] of ranges) {
      frag.append(
        node.data.slice(at, start),
        el('mark', { class: 'search-mark' }, node.data.slice(start, end)),
      );
      at = end;
    }
    frag.append(node.data.slice(at));
    node.replaceWith(frag);
  }
}
