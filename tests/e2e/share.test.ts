/**
 * Share and reuse, read from the fixture site's build: structured data in <head>, "Cite this" on entry
 * pages, the open data files (they re-validate and match what the pages show), the Atom feed and
 * robots.txt.
 */
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { axe, launch, watchErrors } from './browser';
import {
  EXPORT_COLLECTIONS,
  csvColumns,
  parseCsv,
  recordSchema,
  schemaOf,
} from '../../src/lib/exports';
import { en } from '../../src/lib/strings';

const { gradeLabel } = en;
import type { Grade } from '../../src/lib/vocabulary';
import { gitFileDates } from '../../src/data/git-dates';

const dist = inject('fixtureDist');
const read = (path: string) => readFileSync(resolve(dist, path), 'utf8');
const page = (path: string) => read(`${path}index.html`);
const decode = (s: string) =>
  s
    .replace(/<[^>]+>/g, '')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&')
    .replace(/\s+/g, ' ')
    .trim();
const h1 = (html: string) => decode(/<h1\b[^>]*>([\s\S]*?)<\/h1>/.exec(html)?.[1] ?? '');
const head = (html: string) => html.slice(0, html.indexOf('</head>'));

/** The JSON-LD blocks in a page's <head>, parsed. */
function jsonLd(html: string): Record<string, unknown>[] {
  return [...head(html).matchAll(/<script type="application\/ld\+json">([\s\S]*?)<\/script>/g)].map(
    (m) => JSON.parse(m[1]!),
  );
}
const json = <T = Record<string, unknown>[]>(path: string) => JSON.parse(read(path)) as T;

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => browser?.close());

describe('structured data (JSON-LD)', () => {
  it('the report is a NewsArticle based on the original report and the Reuters analysis, about its events', () => {
    const [ld, ...more] = jsonLd(page('report/'));
    expect(more).toEqual([]);
    expect(ld).toMatchObject({
      '@context': 'https://schema.org',
      '@type': 'NewsArticle',
      headline: expect.any(String),
      datePublished: expect.any(String),
    });
    expect(ld!['url']).toBe(/<link rel="canonical" href="([^"]+)"/.exec(page('report/'))![1]);
    const basedOn = ld!['isBasedOn'] as Record<string, unknown>[];
    expect(basedOn.map((b) => b['@type'])).toEqual(['NewsArticle', 'AnalysisNewsArticle']);
    expect(basedOn[1]).toMatchObject({
      publisher: { name: 'Reuters' },
      datePublished: '2019-07-10',
    });
    const about = ld!['about'] as { '@type': string; url: string }[];
    expect(about.length).toBeGreaterThan(3);
    for (const e of about) {
      expect(e['@type']).toBe('Event');
      expect(
        existsSync(
          resolve(
            dist,
            `.${new URL(e.url).pathname.replace(/^.*?\/events\//, '/events/')}index.html`,
          ),
        ),
      ).toBe(true);
    }
  });

  it('actors are Organization, Person or GovernmentOrganization by kind, with their name and description', () => {
    const cases = {
      hts: 'Organization',
      'bashar-al-assad': 'Person',
      turkey: 'GovernmentOrganization',
      'syrian-government': 'GovernmentOrganization',
    };
    for (const [id, type] of Object.entries(cases)) {
      const html = page(`actors/${id}/`);
      const [ld] = jsonLd(html);
      expect(ld, id).toMatchObject({
        '@context': 'https://schema.org',
        '@type': type,
        name: h1(html).replace(/ \([^)]*\)$/, ''),
        description: expect.any(String),
      });
      expect(ld!['url']).toBe(/<link rel="canonical" href="([^"]+)"/.exec(html)![1]);
    }
  });

  it('an event is an Event with its date as given, place and participants', () => {
    const [ld] = jsonLd(page('events/sochi-memorandum/'));
    expect(ld).toMatchObject({
      '@type': 'Event',
      name: 'Sochi memorandum on Idlib',
      startDate: '2018-09-17',
      location: {
        '@type': 'Place',
        name: 'Sochi, Russia',
        geo: { latitude: 43.58528, longitude: 39.72028 },
      },
    });
    expect((ld!['attendee'] as unknown[]).length).toBe(4);
  });

  it('the data page is a Dataset whose distribution lists every JSON and CSV file', () => {
    const [ld] = jsonLd(page('data/'));
    expect(ld).toMatchObject({
      '@type': 'Dataset',
      name: expect.any(String),
      license: 'https://creativecommons.org/licenses/by/4.0/',
    });
    expect((ld!['description'] as string).length).toBeGreaterThanOrEqual(50);
    const files = (ld!['distribution'] as { contentUrl: string }[]).map((d) =>
      new URL(d.contentUrl).pathname.replace(/^.*\/data\//, 'data/'),
    );
    expect(files.sort()).toEqual(
      EXPORT_COLLECTIONS.flatMap((c) => [`data/${c}.csv`, `data/${c}.json`]).sort(),
    );
    for (const f of files) expect(existsSync(resolve(dist, f))).toBe(true);
  });

  it('never lets the JSON close its element', () => {
    for (const p of ['report/', 'actors/hts/', 'events/sochi-memorandum/', 'data/']) {
      for (const m of page(p).matchAll(
        /<script type="application\/ld\+json">([\s\S]*?)<\/script>/g,
      ))
        expect(m[1]).not.toContain('<');
    }
  });
});

describe('the open data', () => {
  it('every JSON file re-validates against the content schemas, with ids in order', () => {
    for (const c of EXPORT_COLLECTIONS) {
      const records = json(`data/${c}.json`);
      expect(records.length, c).toBeGreaterThan(0);
      const ids = records.map((r) => r['id'] as string);
      expect(ids).toEqual([...ids].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)));
      for (const r of records) {
        expect(recordSchema(c).safeParse(r).success, `${c}/${String(r['id'])}`).toBe(true);
        const { id, ...data } = r;
        expect(schemaOf[c].parse(data)).toEqual(data);
      }
    }
  });

  it('every CSV file has the same entries as its JSON file, in the documented columns', () => {
    for (const c of EXPORT_COLLECTIONS) {
      const rows = parseCsv(read(`data/${c}.csv`));
      expect(rows[0]).toEqual(csvColumns(c));
      expect(rows.slice(1).map((r) => r[0])).toEqual(json(`data/${c}.json`).map((r) => r['id']));
      for (const r of rows) expect(r).toHaveLength(csvColumns(c).length);
    }
    const events = parseCsv(read('data/events.csv'));
    const dates = events.slice(1).map((r) => r[events[0]!.indexOf('date')]);
    expect(dates).toEqual(json('data/events.json').map((r) => r['date']));
  });

  it('every JSON Schema describes its file', () => {
    for (const c of EXPORT_COLLECTIONS) {
      const schema = json<Record<string, unknown>>(`data/${c}.schema.json`);
      expect(schema).toMatchObject({
        $schema: 'https://json-schema.org/draft/2020-12/schema',
        type: 'array',
        items: { type: 'object', additionalProperties: false },
      });
      const props = Object.keys((schema['items'] as { properties: object }).properties);
      for (const r of json(`data/${c}.json`))
        for (const k of Object.keys(r)) expect(props).toContain(k);
    }
  });

  it('matches what the pages show', () => {
    for (const a of json('data/actors.json')) {
      const html = page(`actors/${String(a['id'])}/`);
      expect(h1(html).startsWith(a['name'] as string), String(a['id'])).toBe(true);
    }
    for (const e of json('data/events.json'))
      expect(h1(page(`events/${String(e['id'])}/`))).toBe(e['title']);
    for (const r of json('data/relations.json')) {
      const html = page(`relations/${String(r['id'])}/`);
      const grade = r['grade'] as Grade;
      expect(html, String(r['id'])).toMatch(
        new RegExp(`class="grade grade-${grade}"[^>]*>${gradeLabel[grade]}<`),
      );
    }
    const sources = page('sources/');
    for (const x of json('data/sources.json')) expect(sources).toContain(`id="${String(x['id'])}"`);
  });

  it('the data page links every download, and each link leads to its file', () => {
    const html = page('data/');
    const links = [...html.matchAll(/href="([^"]+)"/g)].map(
      (m) => new URL(m[1]!, 'file:///site/data/index.html').pathname,
    );
    for (const c of EXPORT_COLLECTIONS) {
      for (const ext of ['.json', '.csv', '.schema.json'])
        expect(links).toContain(`/site/data/${c}${ext}`);
    }
    for (const l of links.filter((x) => x.startsWith('/site/data/') && !x.endsWith('/')))
      expect(existsSync(resolve(dist, l.slice('/site/'.length)))).toBe(true);
  });
});

describe('cite this', () => {
  it('actor, event and relation pages give plain text, BibTeX and CSL-JSON with the canonical URL', () => {
    const relation = json('data/relations.json')[0]!['id'] as string;
    for (const p of ['actors/hts/', 'events/sochi-memorandum/', `relations/${relation}/`]) {
      const html = page(p);
      const canonical = /<link rel="canonical" href="([^"]+)"/.exec(html)![1]!;
      const box = /<section class="cite-this"[\s\S]*?<\/section>/.exec(html)?.[0];
      expect(box, p).toBeDefined();
      const pres = [...box!.matchAll(/<pre\b[^>]*>([\s\S]*?)<\/pre>/g)].map((m) =>
        decode(m[1]!.replace(/\n/g, '\u0000')).replace(/\u0000/g, '\n'),
      );
      expect(pres).toHaveLength(3);
      expect(pres[0]).toContain(canonical);
      expect(pres[1]).toMatch(/^@misc\{idlib-explainer-(actor|event|relation)-[a-z0-9-]+,/);
      expect(pres[1]!.replace(/ +/g, ' ')).toContain(`url = {${canonical}}`);
      const [item] = JSON.parse(pres[2]!) as Record<string, unknown>[];
      expect(item).toMatchObject({
        type: 'webpage',
        URL: canonical,
        id: expect.stringMatching(/^idlib-explainer-/),
      });
    }
  });
});

describe('cite this in the browser', () => {
  it('opens, passes axe, and copies each format with a button', async () => {
    const context = await browser.newContext();
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    const p = await context.newPage();
    const errors = watchErrors(p);
    await p.goto(`${inject('fixtureUrl')}actors/hts/`);
    await p.click('.cite-this summary');
    expect(await p.locator('.cite-this pre').count()).toBe(3);
    expect(await p.locator('.cite-this button.copy').count()).toBe(3);
    expect(await axe(p)).toEqual([]);
    await p.locator('.cite-this button.copy').nth(1).click();
    await expect
      .poll(() => p.locator('.cite-this button.copy').nth(1).textContent())
      .toBe('Copied');
    expect(await p.evaluate(() => navigator.clipboard.readText())).toMatch(
      /^@misc\{idlib-explainer-actor-hts,/,
    );
    expect(errors).toEqual([]);
    await context.close();
  });
});

describe('feed and robots', () => {
  it('events.atom is Atom 1.0 with one entry per event, in timeline order, each linking its page', async () => {
    const xml = read('events.atom');
    const p = await browser.newPage();
    const parsed = await p.evaluate((text) => {
      const doc = new DOMParser().parseFromString(text, 'application/xml');
      const ns = 'http://www.w3.org/2005/Atom';
      return {
        error: doc.getElementsByTagName('parsererror').length,
        root: doc.documentElement.namespaceURI + ' ' + doc.documentElement.localName,
        updated: doc.documentElement.getElementsByTagNameNS(ns, 'updated')[0]?.textContent,
        entries: [...doc.getElementsByTagNameNS(ns, 'entry')].map((e) => ({
          id: e.getElementsByTagNameNS(ns, 'id')[0]?.textContent,
          title: e.getElementsByTagNameNS(ns, 'title')[0]?.textContent,
          link: e.getElementsByTagNameNS(ns, 'link')[0]?.getAttribute('href'),
          updated: e.getElementsByTagNameNS(ns, 'updated')[0]?.textContent,
          published: e.getElementsByTagNameNS(ns, 'published')[0]?.textContent,
          summary: e.getElementsByTagNameNS(ns, 'summary')[0]?.textContent,
        })),
      };
    }, xml);
    await p.close();
    expect(parsed.error).toBe(0);
    expect(parsed.root).toBe('http://www.w3.org/2005/Atom feed');
    const rfc3339 = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$/;
    expect(parsed.updated).toMatch(rfc3339);
    const events = json('data/events.json');
    expect(parsed.entries).toHaveLength(events.length);
    const timeline = [
      ...page('events/').matchAll(/<h2><a href="[^"]*?events\/([^/"]+)\/index\.html">/g),
    ].map((m) => m[1]);
    expect(parsed.entries.map((e) => /\/events\/([^/]+)\/$/.exec(e.link!)?.[1])).toEqual(timeline);
    // Each entry: published and updated at its file's first and last commit (git), the feed at
    // its newest entry's.
    const dates = gitFileDates(
      events.map(
        (e: Record<string, unknown>) => `src/content/events/${String(e['id'] as string)}.mdx`,
      ),
      resolve(dist, '..'),
    );
    if (existsSync(resolve(dist, '../.git'))) expect(dates.size).toBe(events.length);
    for (const e of parsed.entries) {
      expect(e.id).toBe(e.link);
      expect(e.updated).toMatch(rfc3339);
      expect(e.published).toMatch(rfc3339);
      expect(e.published! <= e.updated!).toBe(true);
      expect(e.updated! <= parsed.updated!).toBe(true);
      const git = dates.get(`src/content/events/${/\/events\/([^/]+)\/$/.exec(e.link!)?.[1]}.mdx`);
      if (git) expect({ published: e.published, updated: e.updated }).toEqual(git);
      expect(e.summary!.length).toBeGreaterThan(20);
    }
    expect(
      parsed.entries
        .map((e) => e.updated)
        .sort()
        .at(-1),
    ).toBe(parsed.updated);
  });

  it('every page links the feed from <head>, and the timeline links it in the text', () => {
    for (const p of ['', 'events/', 'actors/hts/'])
      expect(head(page(p))).toMatch(
        /<link rel="alternate" type="application\/atom\+xml" title="[^"]+" href="[^"]*events\.atom"/,
      );
    expect(page('events/')).toMatch(/<a href="\.\.\/events\.atom"[^>]*>/);
  });

  it('robots.txt names the sitemap by its absolute URL', () => {
    const robots = read('robots.txt');
    expect(robots).toMatch(/^User-agent: \*$/m);
    const sitemap = /^Sitemap: (\S+)$/m.exec(robots)?.[1];
    expect(sitemap).toMatch(/^https?:\/\/.+\/sitemap-index\.xml$/);
    expect(existsSync(resolve(dist, 'sitemap-index.xml'))).toBe(true);
    expect(new URL(sitemap!).pathname).toBe(
      new URL('sitemap-index.xml', /<link rel="canonical" href="([^"]+)"/.exec(page(''))![1])
        .pathname,
    );
  });
});
