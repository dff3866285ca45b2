/**
 * What Pagefind reads besides a page's words: their normalised forms (src/lib/search/normalise.ts
 * searchForms), as one metadata field, "forms". The browser sends Pagefind the query normalised
 * the same way, so "هيئه تحرير الشام", "جولاني", "سوتشى" or "erdogan" find the pages that write
 * "هيئة تحرير الشام", "الجولاني", "سوتشي" and "Erdoğan", in any word of the page, while excerpts
 * keep the text as written (metadata is searched but never shown). Pages in dist/ are not
 * touched: Pagefind reads copies (pagefind.ts).
 */
import { parse, parseFragment } from 'parse5';
import type { DefaultTreeAdapterMap } from 'parse5';
import { searchForms } from '../src/lib/search/normalise';
import { escapeAttr } from '../src/lib/escape';

type Node = DefaultTreeAdapterMap['node'];
type Element = DefaultTreeAdapterMap['element'];

/** Chrome inside <main> that Pagefind leaves out (pagefind.ts gives it these as excludeSelectors). */
export const UNINDEXED_CLASSES = ['visually-hidden', 'cite', 'breadcrumb'];
/** Elements Pagefind leaves out itself, and code. */
const UNINDEXED_TAGS = new Set([
  'nav',
  'form',
  'label',
  'footer',
  'svg',
  'script',
  'style',
  'template',
  'noscript',
]);

/** Elements whose end ends a word (the rest, such as <a> or <b>, may sit inside one). */
const BLOCKS = new Set([
  'p',
  'li',
  'td',
  'th',
  'tr',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'div',
  'section',
  'article',
  'header',
  'aside',
  'dt',
  'dd',
  'dl',
  'ul',
  'ol',
  'table',
  'caption',
  'blockquote',
  'figure',
  'figcaption',
  'details',
  'summary',
  'br',
  'main',
]);

const attr = (e: Element, name: string) => e.attrs.find((a) => a.name === name)?.value;

function unindexed(e: Element): boolean {
  if (UNINDEXED_TAGS.has(e.tagName) || attr(e, 'data-pagefind-ignore') !== undefined) return true;
  const classes = (attr(e, 'class') ?? '').split(/\s+/);
  return UNINDEXED_CLASSES.some((c) => classes.includes(c));
}

/**
 * The part of the page that holds what Pagefind indexes. The site marks <main> (Base.astro), so
 * where the only data-pagefind-body attribute is on the <main> start tag, that element alone is
 * parsed: a third of the page, without the head's inline stylesheet and scripts. Otherwise, the
 * whole page.
 */
function indexedTree(html: string): Node {
  const start = html.search(/<main[\s>]/);
  const end = html.lastIndexOf('</main>');
  const mark = html.indexOf('data-pagefind-body');
  const startTag = html.indexOf('>', start);
  const onMainOnly =
    start >= 0 &&
    end > start &&
    mark > start &&
    mark < startTag &&
    html.indexOf('data-pagefind-body', startTag) < 0;
  return onMainOnly ? parseFragment(html.slice(start, end + '</main>'.length)) : parse(html);
}

/** The text Pagefind indexes: what is inside data-pagefind-body, without what it leaves out. */
export function indexedText(html: string): string {
  const parts: string[] = [];
  const walk = (n: Node, inBody: boolean) => {
    if (n.nodeName === '#text' && 'value' in n) {
      if (inBody) parts.push(n.value);
      return;
    }
    if (!('childNodes' in n)) return;
    let body = inBody;
    if ('tagName' in n) {
      if (unindexed(n)) return;
      body ||= attr(n, 'data-pagefind-body') !== undefined;
    }
    for (const c of n.childNodes) walk(c, body);
    if (body && BLOCKS.has(n.nodeName)) parts.push(' ');
  };
  walk(indexedTree(html), false);
  return parts.join('').replace(/\s+/g, ' ').trim();
}

/** The page with its "forms" metadata added at the end of its indexed body; other pages unchanged. */
export function withSearchForms(html: string): string {
  const end = html.lastIndexOf('</main>');
  if (end < 0 || !/data-pagefind-body/.test(html)) return html;
  const forms = searchForms(indexedText(html));
  if (!forms.length) return html;
  return `${html.slice(0, end)}<span data-pagefind-meta="${escapeAttr(`forms:${forms.join(' ')}`)}"></span>${html.slice(end)}`;
}
