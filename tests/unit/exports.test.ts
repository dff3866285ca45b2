import { describe, expect, it } from 'vitest';
import {
  EXPORT_COLLECTIONS,
  FIELDS,
  atomFeed,
  csvColumns,
  csvField,
  downloads,
  jsonSchema,
  requiredFields,
  parseCsv,
  recordSchema,
  records,
  schemaOf,
  toCsv,
  toJson,
  type ExportCollection,
  type ExportData,
} from '../../src/lib/exports';
import { validDataset } from './fixtures';

function data(): ExportData {
  const ds = validDataset();
  return {
    actors: ds.actors,
    events: ds.events,
    relations: ds.relations,
    sources: ds.sources,
    places: ds.places,
    corrections: ds.corrections,
  };
}

/** The fixture with the awkward cases: quotes, commas, line breaks, partial dates, places. */
function awkward(): ExportData {
  const d = data();
  d.actors[0]!.data = {
    ...d.actors[0]!.data,
    name: 'Turkey, "the Republic"',
    aliases: ['Türkiye', 'A; B'],
    summary: 'Line one.\nLine two, with "quotes".',
  };
  d.events[0]!.data = { ...d.events[0]!.data, date: '2018-05', place: 'idlib' };
  d.places.push({
    ...d.places[0]!,
    id: 'the-front',
    data: {
      name: 'The front, "south"',
      otherNames: ['a; b'],
      kind: 'region',
      country: 'Syria',
      map: 'north-west',
      around: ['idlib'],
    },
  });
  return d;
}

describe('JSON export', () => {
  it('round-trips: every record re-validates against the content schemas and equals the entry', () => {
    const d = awkward();
    for (const c of EXPORT_COLLECTIONS) {
      const parsed = JSON.parse(toJson(c, d[c])) as Record<string, unknown>[];
      expect(parsed.map((r) => r['id'])).toEqual(d[c].map((e) => e.id).sort());
      for (const record of parsed) {
        expect(recordSchema(c).safeParse(record).success).toBe(true);
        const { id, ...rest } = record;
        const entry = d[c].find((e) => e.id === id)!;
        expect(schemaOf[c].parse(rest)).toEqual(JSON.parse(JSON.stringify(entry.data)));
        expect(rest).toEqual(JSON.parse(JSON.stringify(entry.data)));
      }
    }
  });

  it("puts the id first and the fields in the schema's order, and keeps dates as given", () => {
    const [first] = records('events', awkward().events);
    expect(Object.keys(first!)).toEqual([
      'id',
      'title',
      'date',
      'summary',
      'place',
      'participants',
      'sources',
    ]);
    expect(first!['date']).toBe('2018-05');
  });

  it('is deterministic: the order entries come in does not matter', () => {
    const d = data();
    for (const c of EXPORT_COLLECTIONS) {
      expect(toJson(c, [...d[c]].reverse())).toBe(toJson(c, d[c]));
      expect(toCsv(c, [...d[c]].reverse())).toBe(toCsv(c, d[c]));
    }
  });

  it('refuses a field the data dictionary does not document', () => {
    const d = data();
    (d.actors[0]!.data as unknown as Record<string, unknown>)['secret'] = 'x';
    expect(() => toJson('actors', d.actors)).toThrow(/secret.*data dictionary/);
  });
});

describe('CSV export', () => {
  it('quotes fields with commas, quotes, line breaks and edge spaces, and nothing else', () => {
    expect(csvField('plain')).toBe('plain');
    expect(csvField('a, b')).toBe('"a, b"');
    expect(csvField('say "hi"')).toBe('"say ""hi"""');
    expect(csvField('one\ntwo')).toBe('"one\ntwo"');
    expect(csvField('one\r\ntwo')).toBe('"one\r\ntwo"');
    expect(csvField(' padded')).toBe('" padded"');
    expect(csvField('')).toBe('');
  });

  it('neutralises cells a spreadsheet would run as formulas, but not numbers', () => {
    expect(csvField('=HYPERLINK("http://x","y")')).toBe('"\'=HYPERLINK(""http://x"",""y"")"');
    expect(csvField('+1+cmd')).toBe("'+1+cmd");
    expect(csvField('-2+3')).toBe("'-2+3");
    expect(csvField('@SUM(A1)')).toBe("'@SUM(A1)");
    expect(csvField('\t=1')).toBe("'\t=1");
    expect(csvField('-12.5')).toBe('-12.5');
    expect(csvField('35.93')).toBe('35.93');
    expect(csvField('a = b')).toBe('a = b');
  });

  it('has a header row in the documented column order, CRLF line ends, one row per entry', () => {
    const text = toCsv('events', awkward().events);
    expect(text.endsWith('\r\n')).toBe(true);
    const rows = parseCsv(text);
    expect(rows[0]).toEqual(csvColumns('events'));
    expect(rows[0]).toEqual(['id', 'title', 'date', 'summary', 'place', 'participants', 'sources']);
    expect(rows).toHaveLength(2);
    expect(rows[1]).toEqual([
      'nfl-formed',
      'NFL formed',
      '2018-05',
      'Formed.',
      'idlib',
      'nfl: new coalition',
      'reuters-2019-07-10',
    ]);
  });

  it("splits a place's coordinates into lat, lon and their source", () => {
    const rows = parseCsv(toCsv('places', awkward().places));
    expect(rows[0]).toEqual([
      'id',
      'name',
      'shortName',
      'otherNames',
      'kind',
      'country',
      'governorate',
      'map',
      'lat',
      'lon',
      'coordinatesSource',
      'around',
      'within',
      'note',
    ]);
    expect(rows[1]).toEqual([
      'idlib',
      'Idlib',
      '',
      'Idleb',
      'city',
      'Syria',
      'Idlib',
      'north-west',
      '35.933',
      '36.633',
      'reuters-2019-07-10',
      '',
      '',
      '',
    ]);
    expect(rows[2]).toEqual([
      'the-front',
      'The front, "south"',
      '',
      'a; b',
      'region',
      'Syria',
      '',
      'north-west',
      '',
      '',
      '',
      'idlib',
      '',
      '',
    ]);
  });

  it('reads back every awkward value exactly; lists are joined with "; "', () => {
    const d = awkward();
    const rows = parseCsv(toCsv('actors', d.actors));
    const header = rows[0]!;
    const turkey = Object.fromEntries(
      header.map((h, i) => [h, rows.find((r) => r[0] === 'turkey')![i]]),
    );
    expect(turkey['name']).toBe('Turkey, "the Republic"');
    expect(turkey['summary']).toBe('Line one.\nLine two, with "quotes".');
    expect(turkey['aliases']).toBe('Türkiye; A; B');
    expect(turkey['shortName']).toBe('');
    const hts = Object.fromEntries(header.map((h, i) => [h, rows.find((r) => r[0] === 'hts')![i]]));
    expect(hts['formerNames']).toBe('Nusra Front (until 2016-07-28)');
    const rel = parseCsv(toCsv('relations', d.relations));
    const arms = rel.find((r) => r[0] === 'turkey--arms-supply--nfl')!;
    expect(arms[rel[0]!.indexOf('periods')]).toBe('2019-05/2019-07');
    expect(arms[rel[0]!.indexOf('grade')]).toBe('alleged');
    for (const c of EXPORT_COLLECTIONS) {
      const all = parseCsv(toCsv(c, d[c]));
      expect(all.every((r) => r.length === csvColumns(c).length)).toBe(true);
    }
  });
});

/** Just enough of JSON Schema 2020-12 to check the generated schemas against real records. */
function validate(schema: Record<string, unknown>, value: unknown, path = '$'): string[] {
  const errs: string[] = [];
  const t = schema['type'];
  if (schema['anyOf']) {
    const ok = (schema['anyOf'] as Record<string, unknown>[]).some(
      (s) => validate(s, value, path).length === 0,
    );
    return ok ? [] : [`${path}: matches no alternative`];
  }
  if ('const' in schema && value !== schema['const'])
    errs.push(`${path}: not ${String(schema['const'])}`);
  if (schema['enum'] && !(schema['enum'] as unknown[]).includes(value))
    errs.push(`${path}: ${String(value)} not in enum`);
  if (t === 'string') {
    if (typeof value !== 'string') return [`${path}: not a string`];
    if (schema['pattern'] && !new RegExp(schema['pattern'] as string).test(value))
      errs.push(`${path}: "${value}" fails ${JSON.stringify(schema['pattern'])}`);
    if (typeof schema['minLength'] === 'number' && value.length < schema['minLength'])
      errs.push(`${path}: too short`);
  }
  if (t === 'number' && typeof value !== 'number') errs.push(`${path}: not a number`);
  if (t === 'array') {
    if (!Array.isArray(value)) return [`${path}: not an array`];
    if (typeof schema['minItems'] === 'number' && value.length < schema['minItems'])
      errs.push(`${path}: too few items`);
    value.forEach((v, i) =>
      errs.push(...validate(schema['items'] as Record<string, unknown>, v, `${path}[${i}]`)),
    );
  }
  if (t === 'object') {
    if (!value || typeof value !== 'object' || Array.isArray(value))
      return [`${path}: not an object`];
    const o = value as Record<string, unknown>;
    const props = (schema['properties'] ?? {}) as Record<string, Record<string, unknown>>;
    for (const r of (schema['required'] ?? []) as string[])
      if (!(r in o)) errs.push(`${path}.${r}: missing`);
    for (const [k, v] of Object.entries(o)) {
      if (props[k]) errs.push(...validate(props[k], v, `${path}.${k}`));
      else if (schema['additionalProperties'] === false) errs.push(`${path}.${k}: not allowed`);
    }
  }
  return errs;
}

describe('JSON Schema', () => {
  it.each(EXPORT_COLLECTIONS)(
    '%s: an array of records, every field documented, references as strings',
    (c: ExportCollection) => {
      const schema = jsonSchema(c);
      expect(schema['$schema']).toBe('https://json-schema.org/draft/2020-12/schema');
      expect(schema['type']).toBe('array');
      expect(typeof schema['title']).toBe('string');
      const items = schema['items'] as {
        properties: Record<string, Record<string, unknown>>;
        required: string[];
        additionalProperties: boolean;
      };
      expect(Object.keys(items.properties)).toEqual(FIELDS[c].map((f) => f.name));
      expect(items.required[0]).toBe('id');
      expect(items.additionalProperties).toBe(false);
      for (const f of FIELDS[c])
        expect(items.properties[f.name]!['description']).toBe(f.description);
      if (c !== 'sources' && c !== 'places')
        expect(items.properties['sources']!['items']).toMatchObject({
          type: 'string',
          pattern: expect.any(String),
        });
    },
  );

  it("gives dates their pattern and relations' references their slug pattern", () => {
    const rel = (
      jsonSchema('relations')['items'] as { properties: Record<string, Record<string, unknown>> }
    ).properties;
    expect(rel['from']).toMatchObject({
      type: 'string',
      pattern: expect.stringContaining('[a-z0-9]'),
    });
    const period = (
      rel['periods']!['items'] as { properties: Record<string, Record<string, unknown>> }
    ).properties;
    expect(new RegExp(period['from']!['pattern'] as string).test('2019-04')).toBe(true);
    expect(new RegExp(period['from']!['pattern'] as string).test('April 2019')).toBe(false);
    const ev = (
      jsonSchema('events')['items'] as { properties: Record<string, Record<string, unknown>> }
    ).properties;
    expect(new RegExp(ev['date']!['pattern'] as string).test('2019-01-01/2019-01-10')).toBe(true);
  });

  it('accepts the exported records and refuses broken ones', () => {
    const d = awkward();
    for (const c of EXPORT_COLLECTIONS)
      expect(validate(jsonSchema(c), JSON.parse(toJson(c, d[c])))).toEqual([]);
    const [rel] = JSON.parse(toJson('relations', d.relations)) as Record<string, unknown>[];
    expect(validate(jsonSchema('relations'), [{ ...rel, grade: 'likely' }]).join()).toMatch(
      /grade/,
    );
    expect(validate(jsonSchema('relations'), [{ ...rel, extra: 1 }]).join()).toMatch(
      /extra: not allowed/,
    );
    const { note, ...noNote } = rel!;
    expect(validate(jsonSchema('relations'), [noNote]).join()).toMatch(/note: missing/);
  });

  it('carries whether each source was read, and the corrections log with its day and entries', () => {
    const d = data();
    const [source] = JSON.parse(toJson('sources', d.sources)) as Record<string, unknown>[];
    expect(source!['read']).toBe(true);
    expect(Object.keys(source!)).toEqual([
      'id',
      'title',
      'publisher',
      'authors',
      'date',
      'kind',
      'read',
      'details',
      'language',
    ]);
    expect((jsonSchema('sources')['items'] as { required: string[] }).required).toContain('read');
    expect(requiredFields(jsonSchema('sources'))).toContain('read');
    expect(requiredFields({})).toEqual([]);
    expect(
      (jsonSchema('sources')['items'] as { properties: Record<string, Record<string, unknown>> })
        .properties['read'],
    ).toMatchObject({ type: 'boolean' });
    const rows = parseCsv(toCsv('sources', d.sources));
    expect(rows[1]![rows[0]!.indexOf('read')]).toBe('true');
    const [correction] = JSON.parse(toJson('corrections', d.corrections)) as Record<
      string,
      unknown
    >[];
    expect(correction).toMatchObject({
      id: '2019-07-20-missiles',
      date: '2019-07-20',
      entries: ['relations/turkey--arms-supply--nfl'],
    });
    const props = (
      jsonSchema('corrections')['items'] as { properties: Record<string, Record<string, unknown>> }
    ).properties;
    expect(new RegExp(props['date']!['pattern'] as string).test('2019-07')).toBe(false);
    expect(
      validate(jsonSchema('corrections'), [{ ...correction, entries: ['people/x'] }]).join(),
    ).toMatch(/entries/);
  });

  it('is the same text on every call', () => {
    expect(JSON.stringify(jsonSchema('actors'))).toBe(JSON.stringify(jsonSchema('actors')));
  });
});

describe('downloads', () => {
  it('lists JSON, CSV and JSON Schema for every collection under data/', () => {
    const files = downloads(data());
    expect(files.map((f) => f.path)).toEqual(
      EXPORT_COLLECTIONS.flatMap((c) => [
        `data/${c}.json`,
        `data/${c}.csv`,
        `data/${c}.schema.json`,
      ]),
    );
  });
});

describe('Atom feed entries with their own dates', () => {
  const feed = atomFeed({
    title: 'T',
    subtitle: 'S',
    self: 'https://x.org/f.atom',
    alternate: 'https://x.org/',
    updated: '2026-01-02',
    author: 'Site',
    rights: 'R',
    entries: [
      {
        url: 'https://x.org/a/',
        title: 'A',
        summary: 'a',
        updated: '2026-03-01T09:00:00Z',
        published: '2025-12-01T10:00:00Z',
      },
      {
        url: 'https://x.org/b/',
        title: 'B',
        summary: 'b',
        updated: '2026-04-02T11:00:00Z',
        published: '2026-04-02T11:00:00Z',
      },
      { url: 'https://x.org/c/', title: 'C', summary: 'c' },
    ],
  });
  const entries = feed.split('<entry>').slice(1);
  it('gives each entry its own updated and published, and the feed its newest update', () => {
    expect(entries[0]).toContain('<updated>2026-03-01T09:00:00Z</updated>');
    expect(entries[0]).toContain('<published>2025-12-01T10:00:00Z</published>');
    expect(entries[1]).toContain('<updated>2026-04-02T11:00:00Z</updated>');
    // Without dates of its own, an entry falls back to the feed's date and has no published.
    expect(entries[2]).toContain('<updated>2026-01-02T00:00:00Z</updated>');
    expect(entries[2]).not.toContain('<published>');
    expect(feed.split('<entry>')[0]).toContain('<updated>2026-04-02T11:00:00Z</updated>');
  });
});

describe('Atom feed', () => {
  const feed = atomFeed({
    title: 'Events & more',
    subtitle: 'Sub',
    self: 'https://x.org/events.atom',
    alternate: 'https://x.org/events/',
    updated: '2026-01-02',
    author: 'Site',
    rights: 'CC BY 4.0',
    entries: [
      {
        url: 'https://x.org/events/a/',
        title: 'A <b>',
        summary: '2019: "A" & B',
        categories: [{ term: 'hts', label: 'HTS' }],
      },
      { url: 'https://x.org/events/b/', title: 'B', summary: 'Later' },
    ],
  });

  it('dates an entry that has its own day by that day', () => {
    const own = atomFeed({
      title: 'Corrections',
      subtitle: 'S',
      self: 'https://x.org/corrections.atom',
      alternate: 'https://x.org/corrections/',
      updated: '2026-01-02',
      author: 'Site',
      rights: 'CC BY 4.0',
      entries: [
        { url: 'https://x.org/corrections/#a', title: 'A', summary: 'S', updated: '2025-12-01' },
      ],
    });
    // the entry by its own day, and the feed by its newest entry
    expect(own.match(/<updated>2025-12-01T00:00:00Z<\/updated>/g)).toHaveLength(2);
    expect(own).not.toContain('2026-01-02');
  });

  it('has the required Atom elements, updated at the build date', () => {
    expect(
      feed.startsWith(
        '<?xml version="1.0" encoding="utf-8"?>\n<feed xmlns="http://www.w3.org/2005/Atom"',
      ),
    ).toBe(true);
    for (const el of [
      '<id>https://x.org/events.atom</id>',
      '<updated>2026-01-02T00:00:00Z</updated>',
      '<author><name>Site</name></author>',
      '<link rel="self" type="application/atom+xml" href="https://x.org/events.atom"/>',
    ])
      expect(feed).toContain(el);
    expect(feed.match(/<entry>/g)).toHaveLength(2);
    expect(feed.match(/<updated>/g)).toHaveLength(3);
  });

  it('escapes text and keeps entries in the order given', () => {
    expect(feed).toContain('<title>Events &amp; more</title>');
    expect(feed).toContain('<title>A &lt;b&gt;</title>');
    expect(feed).toContain('<summary type="text">2019: &quot;A&quot; &amp; B</summary>');
    expect(feed).toContain('<category term="hts" label="HTS"/>');
    expect(feed.indexOf('events/a/')).toBeLessThan(feed.indexOf('events/b/'));
  });
});
