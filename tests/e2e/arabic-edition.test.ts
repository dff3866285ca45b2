/**
 * The Arabic edition, read from the build in dist/ (no browser: the HTML as written). Every
 * English page has its Arabic counterpart, each with the right lang and dir, the language
 * switcher and hreflang alternates both ways; and no Arabic page shows English interface text.
 * English text is allowed where it is marked as English (lang="en": headlines, untranslated
 * bodies), in code, and where the Arabic table keeps the English on purpose (names such as
 * BibTeX, the switcher's "English").
 */
import { describe, expect, it } from 'vitest';
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parse, type DefaultTreeAdapterMap } from 'parse5';
import { sitemapPaths } from './browser';
import { en } from '../../src/lib/strings/en';
import { ar } from '../../src/lib/strings/ar';
import { fragments, leaves } from '../strings-walk';

type Node = DefaultTreeAdapterMap['node'];
type Element = DefaultTreeAdapterMap['element'];

const dist = resolve('dist');
const fileOf = (path: string) => resolve(dist, `.${path}`, path.endsWith('/') ? 'index.html' : '');
const all = sitemapPaths();
const base = (all.find((p) => p.endsWith('/ar/')) ?? '/ar/').replace(/ar\/$/, '');
const english = all.filter((p) => !p.startsWith(`${base}ar/`));
const arabic = all.filter((p) => p.startsWith(`${base}ar/`));
const counterpart = (path: string) => `${base}ar/${path.slice(base.length)}`;

const attr = (el: Element, name: string) => el.attrs.find((a) => a.name === name)?.value;
function* elements(node: Node): Generator<Element> {
  if ('tagName' in node) yield node;
  const kids = 'content' in node && node.content ? [node.content] : [];
  for (const c of [...('childNodes' in node ? node.childNodes : []), ...kids]) yield* elements(c);
}
const page = (path: string) => parse(readFileSync(fileOf(path), 'utf8'));

describe('every English page has its Arabic counterpart', () => {
  it('one Arabic page per English page, in the build and the sitemap', () => {
    expect(english.length).toBeGreaterThan(80);
    expect(arabic.length).toBe(english.length);
    const missing = english.filter(
      (p) => !arabic.includes(counterpart(p)) || !existsSync(fileOf(counterpart(p))),
    );
    expect(missing).toEqual([]);
  });

  it('lang and dir, the switcher and hreflang, both ways', () => {
    const failures: string[] = [];
    const check = (path: string, lang: 'en' | 'ar', other: string) => {
      const doc = page(path);
      const els = [...elements(doc)];
      const html = els.find((e) => e.tagName === 'html')!;
      if (attr(html, 'lang') !== lang || attr(html, 'dir') !== (lang === 'ar' ? 'rtl' : 'ltr'))
        failures.push(`${path}: <html lang="${attr(html, 'lang')}" dir="${attr(html, 'dir')}">`);
      const here = new URL(path, 'https://x.test');
      const switcher = els.find(
        (e) => e.tagName === 'a' && attr(e, 'class')?.split(' ').includes('other-edition'),
      );
      const target =
        switcher && new URL(attr(switcher, 'href')!.replace(/index\.html$/, ''), here).pathname;
      if (target !== other) failures.push(`${path}: switcher leads to ${target}, not ${other}`);
      if (switcher && attr(switcher, 'hreflang') !== (lang === 'ar' ? 'en' : 'ar'))
        failures.push(`${path}: switcher has hreflang ${attr(switcher, 'hreflang')}`);
      const alternates = new Map(
        els
          .filter(
            (e) => e.tagName === 'link' && attr(e, 'rel') === 'alternate' && attr(e, 'hreflang'),
          )
          .map((e) => [attr(e, 'hreflang')!, new URL(attr(e, 'href')!).pathname]),
      );
      const [enPath, arPath] = lang === 'en' ? [path, other] : [other, path];
      if (
        alternates.get('en') !== enPath ||
        alternates.get('ar') !== arPath ||
        alternates.get('x-default') !== enPath
      ) {
        failures.push(`${path}: hreflang alternates ${JSON.stringify([...alternates])}`);
      }
    };
    // An embed has neither switcher nor alternates: it lives inside another site's page.
    for (const p of english.filter((x) => !x.includes('/embed/'))) {
      check(p, 'en', counterpart(p));
      check(counterpart(p), 'ar', p);
    }
    expect(failures).toEqual([]);
  });

  it('the sitemap gives both editions of every page as alternates', () => {
    const xml = readFileSync(resolve(dist, 'sitemap-0.xml'), 'utf8');
    const urls = [...xml.matchAll(/<url>(.*?)<\/url>/g)].map((m) => m[1]!);
    expect(urls.length).toBe(all.length);
    for (const u of urls) {
      expect(u, u.slice(0, 120)).toMatch(/hreflang="en"/);
      expect(u, u.slice(0, 120)).toMatch(/hreflang="ar"/);
    }
  });

  it('the not-found page says its message in both languages', () => {
    const doc = readFileSync(resolve(dist, '404.html'), 'utf8');
    expect(doc).toContain(en.notFound.lede);
    expect(doc).toContain(ar.notFound.lede);
    expect(doc).toMatch(/<section[^>]*lang="ar"[^>]*dir="rtl"/);
  });
});

/** What a reader of the page reads (and hears): text and the attributes read aloud or shown. */
function readerText(doc: Node): string {
  const out: string[] = [];
  const visit = (node: Node) => {
    if (node.nodeName === '#text') {
      out.push((node as DefaultTreeAdapterMap['textNode']).value);
      return;
    }
    if (!('tagName' in node)) {
      for (const c of 'childNodes' in node ? node.childNodes : []) visit(c);
      return;
    }
    const el = node;
    // English on purpose, and marked as such; code and ids; data blocks and scripts
    // the words client scripts write into the page come as JSON data blocks: read their text
    if (el.tagName === 'script' && attr(el, 'type') === 'application/json') {
      const raw = el.childNodes.map((c) => ('value' in c ? c.value : '')).join('');
      out.push(...jsonStrings(JSON.parse(raw)));
      return;
    }
    if (['script', 'style', 'code', 'pre'].includes(el.tagName)) return;
    const lang = attr(el, 'lang');
    if (lang && lang !== 'ar') return;
    for (const a of [
      'alt',
      'title',
      'aria-label',
      'placeholder',
      'data-template',
      'data-later',
      'data-copy',
      'data-copied',
    ]) {
      const v = attr(el, a);
      if (v) out.push(v);
    }
    if (
      el.tagName === 'meta' &&
      /^(description|og:title|og:description|og:site_name)$/.test(
        attr(el, 'name') ?? attr(el, 'property') ?? '',
      )
    )
      out.push(attr(el, 'content') ?? '');
    for (const c of [
      ...el.childNodes,
      ...(el.tagName === 'template' ? [(el as DefaultTreeAdapterMap['template']).content] : []),
    ])
      visit(c);
  };
  visit(doc);
  return out.join('\n');
}

/**
 * Every string value in a JSON value, but ids and dates: values such as "armed-group", "ongoing",
 * "hts--affiliation--al-qaeda" or "2018-02" are language-neutral keys the script looks up.
 */
function jsonStrings(v: unknown): string[] {
  if (typeof v === 'string') return /^[a-z0-9]+(?:-+[a-z0-9]+)*$/.test(v) ? [] : [v];
  if (Array.isArray(v)) return v.flatMap(jsonStrings);
  if (v && typeof v === 'object') return Object.values(v).flatMap(jsonStrings);
  return [];
}

/**
 * Proper names and headlines as the data gives them (the open-data files in dist/data/): the
 * publishers, authors and short labels of sources, their headlines, the English names of actors
 * and places. They are not interface text; they are taken out of a page's text before the scan.
 */
function dataNames(): string[] {
  const read = (f: string) =>
    JSON.parse(readFileSync(resolve(dist, 'data', f), 'utf8')) as Record<string, unknown>[];
  const names = new Set<string>();
  const add = (v: unknown) => {
    if (typeof v === 'string' && v.trim()) names.add(v);
    else if (Array.isArray(v))
      v.forEach((x) => add(typeof x === 'object' && x ? (x as { name?: string }).name : x));
  };
  for (const s of read('sources.json'))
    for (const k of ['title', 'publisher', 'citeAs', 'authors']) add(s[k]);
  for (const a of read('actors.json'))
    for (const k of ['name', 'shortName', 'aliases', 'formerNames']) add(a[k]);
  for (const p of read('places.json'))
    for (const k of ['name', 'shortName', 'otherNames']) add(p[k]);
  return [...names].sort((a, b) => b.length - a.length);
}

describe('no English interface text in the Arabic edition', () => {
  // Every English string a reader sees: its fixed words are what must not show. A string the Arabic
  // table leaves as the English is a needle too (an untranslated string is the commonest leftover),
  // but for the few that are the same on purpose: paths, the switcher's "English", product names.
  const SAME_ON_PURPOSE = new Set(['cite.bibtex']);
  const needles = [
    ...new Map(
      leaves(en, ar)
        .filter(
          (l) =>
            !/^(lang|dir|chrome\.other)/.test(l.path) &&
            !l.path.startsWith('relationCode') &&
            !/\.path$/.test(l.path) &&
            !SAME_ON_PURPOSE.has(l.path),
        )
        .flatMap((l) => fragments(l.en).map((f) => [f, l.path] as const)),
    ).entries(),
  ];
  const pattern = (f: string) =>
    new RegExp(`(?<![A-Za-z])${f.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![A-Za-z])`);
  const tests = needles.map(([f, path]) => ({ f, path, re: pattern(f) }));

  const names = dataNames();
  const scan = (texts: [string, string][]) => {
    const found = new Map<string, string[]>();
    for (const [path, raw] of texts) {
      let text = raw;
      for (const n of names) if (text.includes(n)) text = text.split(n).join('\u2063');
      // file names are names too: actors.json, events.atom
      text = text
        .replace(/[\w-]+\.(?:json|csv|geojson|atom|schema\.json)\b/g, '\u2063')
        // and site paths (ids): actors/hts/
        .replace(/[\w-]+(?:\/[\w#<>-]*)+/g, '\u2063')
        // and the slots of templates the scripts fill: {shown}, {month}
        .replace(/\{\w+\}/g, '\u2063');
      for (const n of tests) {
        const m = n.re.exec(text);
        if (!m) continue;
        const key = `"${n.f}" (en.${n.path})`;
        const list = found.get(key) ?? [];
        // the first page's words around it, to find where it comes from
        if (!list.length)
          list.push(
            `…${text.slice(Math.max(0, m.index - 40), m.index + n.f.length + 40).replace(/\s+/g, ' ')}…`,
          );
        list.push(path);
        found.set(key, list);
      }
    }
    return [...found].map(
      ([needle, [context, ...pages]]) =>
        `${needle} on ${pages.length} page(s), e.g. ${pages.slice(0, 3).join(', ')}: ${context}`,
    );
  };

  it("finds none of the English table's words on any Arabic page", () => {
    expect(tests.length).toBeGreaterThan(300);
    expect(scan(arabic.map((p) => [p, readerText(page(p))]))).toEqual([]);
  });

  /**
   * Interface words written straight into a template never reach the English table, so the scan
   * above cannot know them: look, too, for any lower-case English word left once names, file
   * names, paths, web addresses and «quoted» wording are taken out. Technical names that have no
   * Arabic form are listed; everything else in lower-case Latin letters is a leftover.
   */
  const TECHNICAL = new Set(['citeproc', 'npm', 'pull', 'request']);
  const PACKAGES = /\bworld-atlas\b/g;
  const latinLeftovers = (raw: string) => {
    let text = raw;
    for (const n of names) if (text.includes(n)) text = text.split(n).join('\u2063');
    text = text
      .replace(PACKAGES, '\u2063')
      .replace(/«[^»]*»/g, '\u2063')
      .replace(
        /(?:https?:\/\/)?[\w-]+(?:\.[\w-]+)*\.(?:com|org|net|info|int|gov|uk|de|fr|io)\b\S*/g,
        '\u2063',
      )
      .replace(/[\w-]+\.(?:json|csv|geojson|atom|schema\.json|js)\b/g, '\u2063')
      .replace(/[\w-]+(?:\/[\w#<>-]*)+/g, '\u2063')
      .replace(/\{\w+\}/g, '\u2063');
    return [...text.matchAll(/(?<![A-Za-z])[a-z][a-z]{2,}(?![A-Za-z])/g)]
      .map((m) => m[0])
      .filter((w) => !TECHNICAL.has(w));
  };

  it('leaves no lower-case English word on any Arabic page', () => {
    const found = new Map<string, string[]>();
    for (const p of arabic) {
      for (const w of latinLeftovers(readerText(page(p))))
        found.set(w, [...(found.get(w) ?? []), p]);
    }
    expect(
      [...found].map(
        ([w, ps]) => `"${w}" on ${ps.length} page(s), e.g. ${ps.slice(0, 3).join(', ')}`,
      ),
    ).toEqual([]);
    expect(latinLeftovers('<b>طرف</b> later')).toEqual(['later']);
  });

  it('nor in the words the search interface is given', () => {
    const js = readFileSync(resolve(dist, 'ar/search-ui.js'), 'utf8');
    const m = /__IDLIB_SEARCH_DATA__=(\{.*?\});/.exec(js);
    expect(m, 'the search data in ar/search-ui.js').toBeTruthy();
    const data = JSON.parse(m![1]!) as { lang: string };
    expect(data.lang).toBe('ar');
    expect(scan([['ar/search-ui.js', jsonStrings(data).join('\n')]])).toEqual([]);
  });

  it('would find an English word put back (the scan can fail)', () => {
    const path = arabic.find((p) => p.endsWith('/ar/who-backs-whom/'))!;
    const html = readFileSync(fileOf(path), 'utf8');
    const planted = (s: string) => scan([[path, readerText(parse(s))]]);
    expect(planted(html)).toEqual([]);
    expect(
      planted(
        html.replace('</main>', `<button aria-label="${en.search.close}">×</button></main>`),
      ).join(),
    ).toContain(en.search.close);
    expect(planted(html.replace('</main>', `<p>${en.maps.anyMonth}</p></main>`)).join()).toContain(
      en.maps.anyMonth,
    );
  });
});
