/**
 * The tiny loader inlined in every page (Base.astro). No search code is downloaded until the reader
 * goes to search: focusing the header field, pressing "/", opening the search on a small screen,
 * or arriving on the search page or from a result (words to highlight). Then it adds the edition's
 * search interface (search-ui.js, ar/search-ui.js: ui.ts with the edition's text) as a classic
 * script and queues what the reader asked for; the interface takes the queue over once it runs.
 */
import { siteUrl } from '../site-root';

export type Action = 'focus' | 'open' | 'page' | 'highlight';
interface Queue {
  push(action: Action): unknown;
}
declare global {
  interface Window {
    idlibSearch?: Action[] | Queue;
  }
}

const d = document;
const form = d.getElementById('site-search');
const input = d.getElementById('site-search-q');
let added = false;

function load(action: Action): void {
  (window.idlibSearch ??= []).push(action);
  if (added) return;
  added = true;
  const s = d.createElement('script');
  s.src = siteUrl('search-ui.js');
  d.head.appendChild(s);
}

if (form instanceof HTMLFormElement && input instanceof HTMLInputElement) {
  const narrow = () => getComputedStyle(form).display === 'none';
  form.addEventListener('focusin', () => load('focus'));
  // Without the interface yet, Enter still goes to the search page (without JavaScript, the A–Z index).
  form.addEventListener('submit', () => {
    form.action = siteUrl('search/');
  });
  d.querySelector('.search-open')?.addEventListener('click', (e) => {
    e.preventDefault();
    load('open');
  });
  d.addEventListener('keydown', (e) => {
    const t = e.target;
    if (e.key !== '/' || e.ctrlKey || e.metaKey || e.altKey || e.defaultPrevented) return;
    if (
      t instanceof HTMLElement &&
      (t.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(t.tagName))
    )
      return;
    e.preventDefault();
    if (narrow()) load('open');
    else input.focus();
  });
}
if (/[?&]pagefind-highlight=/.test(location.search)) load('highlight');
if (d.getElementById('search-page')) load('page');
