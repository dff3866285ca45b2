import { describe, expect, it } from 'vitest';
import { buildModel } from '../../src/lib/model';
import {
  ACTOR_TYPE,
  CC_BY,
  actorJsonLd,
  datasetJsonLd,
  eventJsonLd,
  reportJsonLd,
  type LdContext,
} from '../../src/lib/jsonld';
import { ACTOR_KINDS } from '../../src/lib/vocabulary';
import { en } from '../../src/lib/strings';
import { validDataset } from './fixtures';
import { jsonForScript } from '../../src/lib/escape';

const ctx: LdContext = {
  root: 'https://example.org/idlib/',
  siteName: 'The Idlib explainer',
  date: '2026-05-01',
  t: en,
};

function model() {
  const ds = validDataset();
  ds.events[0]!.data = { ...ds.events[0]!.data, place: 'idlib' };
  ds.article[0]!.data = {
    ...ds.article[0]!.data,
    claims: ds.article[0]!.data.claims.map((c) => ({ ...c, events: ['nfl-formed'] })),
  };
  ds.sources.push({
    ...ds.sources[0]!,
    id: 'report-2019-07-12',
    data: {
      ...ds.sources[0]!.data,
      title: 'The report',
      publisher: 'An outlet',
      kind: 'news',
      url: 'https://news.example/report',
    },
  });
  ds.article[0]!.data = { ...ds.article[0]!.data, source: 'report-2019-07-12' };
  return buildModel(ds);
}

/** Round-trips through the text a page carries. */
const roundTrip = (v: unknown) => JSON.parse(jsonForScript(v)) as Record<string, unknown>;

describe('actors', () => {
  it('map every kind to a schema.org type', () => {
    for (const k of ACTOR_KINDS)
      expect(ACTOR_TYPE[k]).toMatch(
        /^(Person|Organization|GovernmentOrganization|NewsMediaOrganization)$/,
      );
    expect(ACTOR_TYPE.person).toBe('Person');
    expect(ACTOR_TYPE.state).toBe('GovernmentOrganization');
    expect(ACTOR_TYPE['armed-group']).toBe('Organization');
  });

  it('an organisation: type by kind, name, other names, description, absolute URL, founding date as given', () => {
    const ld = roundTrip(actorJsonLd(model(), 'nfl', ctx));
    expect(ld).toMatchObject({
      '@context': 'https://schema.org',
      '@type': 'Organization',
      name: 'National Front for Liberation',
      alternateName: ['NFL'],
      description: 'A coalition.',
      url: 'https://example.org/idlib/actors/nfl/',
      foundingDate: '2018-05-28',
    });
    expect(roundTrip(actorJsonLd(model(), 'hts', ctx))['alternateName']).toEqual([
      'HTS',
      'Nusra Front',
    ]);
    expect(roundTrip(actorJsonLd(model(), 'turkey', ctx))['@type']).toBe('GovernmentOrganization');
  });

  it('a person has no founding date', () => {
    const m = model();
    m.actors.set('someone', {
      id: 'someone',
      file: '',
      raw: '',
      data: {
        ...m.actors.get('turkey')!.data,
        name: 'Someone',
        kind: 'person',
        founded: '1970',
        country: 'Syria',
      },
    });
    const ld = actorJsonLd(m, 'someone', ctx);
    expect(ld['@type']).toBe('Person');
    expect(ld['foundingDate']).toBeUndefined();
    expect(ld['nationality']).toEqual({ '@type': 'Country', name: 'Syria' });
  });

  it('an unknown id is an error', () => {
    expect(() => actorJsonLd(model(), 'nobody', ctx)).toThrow(/nobody/);
  });
});

describe('events', () => {
  it('an Event with name, start date, place with coordinates and the actors that took part', () => {
    const ld = roundTrip(eventJsonLd(model(), 'nfl-formed', ctx));
    expect(ld).toMatchObject({
      '@type': 'Event',
      name: 'NFL formed',
      startDate: '2018-05-28',
      url: 'https://example.org/idlib/events/nfl-formed/',
      location: {
        '@type': 'Place',
        name: 'Idlib, Syria',
        geo: { '@type': 'GeoCoordinates', latitude: 35.933, longitude: 36.633 },
      },
      attendee: [
        {
          '@type': 'Organization',
          '@id': 'https://example.org/idlib/actors/nfl/',
          name: 'National Front for Liberation',
        },
      ],
    });
    expect(ld['endDate']).toBeUndefined();
  });

  it('a range gives a start and an end date, each as precise as the source', () => {
    const m = model();
    m.events.get('nfl-formed')!.data.date = '2019-04/2019-06-12';
    expect(eventJsonLd(m, 'nfl-formed', ctx)).toMatchObject({
      startDate: '2019-04',
      endDate: '2019-06-12',
    });
  });
});

describe('the report', () => {
  it('a NewsArticle based on the original report (by its outlet) and the analysis it retells, about its events', () => {
    const ld = roundTrip(reportJsonLd(model(), ctx));
    expect(ld).toMatchObject({
      '@context': 'https://schema.org',
      '@type': 'NewsArticle',
      headline: 'The report',
      url: 'https://example.org/idlib/report/',
      datePublished: '2026-05-01',
      license: CC_BY,
      author: { '@type': 'Organization', name: 'The Idlib explainer' },
      publisher: { '@type': 'Organization', name: 'The Idlib explainer' },
    });
    const [original, analysis] = ld['isBasedOn'] as Record<string, unknown>[];
    expect(original).toMatchObject({
      '@type': 'NewsArticle',
      headline: 'Report',
      datePublished: '2019-07-12',
      url: 'https://news.example/report',
      publisher: {
        '@type': 'GovernmentOrganization',
        '@id': 'https://example.org/idlib/actors/turkey/',
      },
    });
    expect(analysis).toMatchObject({
      '@type': 'AnalysisNewsArticle',
      headline: 'Assad hits a wall',
      publisher: { name: 'Reuters' },
    });
    expect(ld['about']).toEqual([
      expect.objectContaining({
        '@type': 'Event',
        '@id': 'https://example.org/idlib/events/nfl-formed/',
        startDate: '2018-05-28',
      }),
    ]);
    expect(ld['mentions']).toEqual([
      expect.objectContaining({ '@id': 'https://example.org/idlib/actors/turkey/' }),
    ]);
  });
});

describe('the dataset', () => {
  it('a Dataset with licence, creator and one DataDownload per JSON and CSV file', () => {
    const ld = roundTrip(
      datasetJsonLd(
        model(),
        ctx,
        'The data behind the site, as JSON and CSV, with schemas, for reuse under CC BY 4.0.',
      ),
    );
    expect(ld).toMatchObject({
      '@type': 'Dataset',
      url: 'https://example.org/idlib/data/',
      license: CC_BY,
      isAccessibleForFree: true,
      version: '2026-05-01',
    });
    expect((ld['description'] as string).length).toBeGreaterThanOrEqual(50);
    expect(ld['name']).toEqual(expect.any(String));
    expect(ld['creator']).toMatchObject({ '@type': 'Organization', name: 'The Idlib explainer' });
    expect(ld['temporalCoverage']).toBe('2018-05-28/2018-05-28');
    const dist = ld['distribution'] as Record<string, string>[];
    expect(dist).toHaveLength(12);
    expect(dist.map((d) => d['contentUrl'])).toContain(
      'https://example.org/idlib/data/relations.csv',
    );
    for (const d of dist) {
      expect(d['@type']).toBe('DataDownload');
      expect(['application/json', 'text/csv']).toContain(d['encodingFormat']);
      expect(new URL(d['contentUrl']!).protocol).toBe('https:');
    }
  });
});

describe('the text in the page', () => {
  it('is valid JSON with "<" escaped, so it cannot close its element', () => {
    const value = { name: '</script><script>alert(1)</script>', other: 'a\u2028b' };
    const text = jsonForScript(value);
    expect(text).not.toContain('<');
    expect(JSON.parse(text)).toEqual(value);
  });

  it('every builder gives JSON that parses back to the same value', () => {
    const m = model();
    for (const v of [
      actorJsonLd(m, 'hts', ctx),
      eventJsonLd(m, 'nfl-formed', ctx),
      reportJsonLd(m, ctx),
      datasetJsonLd(m, ctx, 'x'),
    ]) {
      expect(roundTrip(v)).toEqual(v);
    }
  });
});
