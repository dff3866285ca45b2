import { describe, expect, it } from 'vitest';
import { makeSchemas, slugRef } from '../../src/lib/schemas';

const s = makeSchemas(slugRef);
const messages = (r: {
  success: boolean;
  error?: { issues: { path: PropertyKey[]; message: string }[] };
}) => (r.error?.issues ?? []).map((i) => `${i.path.join('.')}: ${i.message}`);

const actor = {
  name: 'Hayat Tahrir al-Sham',
  shortName: 'HTS',
  kind: 'armed-group',
  side: 'jihadist',
  summary: 'The dominant group in Idlib.',
  sources: ['reuters-2019-07-10'],
  formerNames: [{ name: 'Jabhat Fateh al-Sham', from: '2016-07-28', until: '2017-01-28' }],
};
const relation = {
  from: 'turkey',
  to: 'national-front-for-liberation',
  type: 'arms-supply',
  grade: 'alleged',
  periods: [{ from: '2019-05', to: '2019-07' }],
  claimant: 'Unnamed rebel source',
  note: 'Alleged.',
  sources: ['reuters-2019-07-10'],
};
const event = {
  title: 'Sochi memorandum',
  date: '2018-09-17',
  summary: 'Agreed.',
  sources: ['daily-sabah-2018-09-17'],
  participants: [{ actor: 'russia', role: 'signatory' }],
  place: 'sochi',
};
const source = {
  title: 'Analysis',
  publisher: 'Reuters',
  date: '2019-07-10',
  kind: 'analysis',
  read: true,
  details: 'Beirut',
};

describe('schemas accept good content', () => {
  it('actor, with defaults filled', () => {
    const r = s.actor.safeParse(actor);
    expect(messages(r)).toEqual([]);
    expect(r.data).toMatchObject({ aliases: [], leaders: [] });
  });
  it('relation, with an open end', () => {
    const r = s.relation.safeParse({
      ...relation,
      periods: [{ from: '2015-09-30', to: 'ongoing' }],
    });
    expect(messages(r)).toEqual([]);
  });
  it('relation period end defaults to unknown', () => {
    expect(s.relation.parse({ ...relation, periods: [{ from: '2015' }] }).periods[0]!.to).toBe(
      'unknown',
    );
  });
  it('event with a range', () => {
    expect(messages(s.event.safeParse({ ...event, date: '2019-01-01/2019-01-10' }))).toEqual([]);
  });
  it('source', () => {
    expect(s.source.parse(source).language).toBe('en');
  });
});

describe('schemas refuse bad content with the field and what was expected', () => {
  it('a missing required field', () => {
    const { name, ...rest } = actor;
    expect(messages(s.actor.safeParse(rest))).toEqual([
      expect.stringMatching(/^name: expected the actor's name/),
    ]);
  });
  it('an unknown field (a typo stays visible)', () => {
    expect(messages(s.actor.safeParse({ ...actor, sumary: 'x' })).join()).toMatch(/sumary/);
  });
  it('a bad date, saying what format is expected', () => {
    const m = messages(s.event.safeParse({ ...event, date: '17.09.2018' }));
    expect(m).toEqual([
      expect.stringMatching(
        /^date: "17.09.2018" is not a date in the form YYYY, YYYY-MM or YYYY-MM-DD; expected .* or a range START\/END/,
      ),
    ]);
  });
  it('an impossible date', () => {
    expect(messages(s.actor.safeParse({ ...actor, founded: '2017-02-29' })).join()).toMatch(
      /founded: .*28 days/,
    );
  });
  it('an unquoted YAML date (parsed as a Date object)', () => {
    expect(
      messages(s.source.safeParse({ ...source, date: new Date('2019-07-10') })).join(),
    ).toMatch(/date: expected .* in quotes/);
  });
  it('a grade outside the scheme', () => {
    expect(messages(s.relation.safeParse({ ...relation, grade: 'likely' })).join()).toMatch(
      /grade: expected the grade: one of confirmed, reported, alleged, disputed, denied/,
    );
  });
  it('a relation type outside the scheme', () => {
    expect(messages(s.relation.safeParse({ ...relation, type: 'friendship' })).join()).toMatch(
      /type: expected the relation type/,
    );
  });
  it('a relation with no source', () => {
    expect(messages(s.relation.safeParse({ ...relation, sources: [] })).join()).toMatch(
      /sources: expected at least one source id/,
    );
  });
  it('a reference that is not a slug', () => {
    expect(messages(s.relation.safeParse({ ...relation, from: 'Turkey' })).join()).toMatch(
      /from: expected the id of an entry in actors/,
    );
  });
  it('an event with no participants', () => {
    expect(messages(s.event.safeParse({ ...event, participants: [] })).join()).toMatch(
      /participants: expected at least one participant/,
    );
  });
  it('a period end that is neither a date nor a keyword', () => {
    expect(
      messages(
        s.relation.safeParse({ ...relation, periods: [{ from: '2019', to: 'now' }] }),
      ).join(),
    ).toMatch(/periods.0.to/);
  });
  it('a bad URL', () => {
    expect(messages(s.source.safeParse({ ...source, url: 'reuters.com/x' })).join()).toMatch(
      /url: expected a full http\(s\) URL/,
    );
  });
});

describe('places', () => {
  const place = {
    name: 'Khan Shaykhun',
    otherNames: ['Khan Sheikhoun'],
    kind: 'town',
    country: 'Syria',
    governorate: 'Idlib',
    coordinates: { lat: 35.43889, lon: 36.65111, source: 'wikipedia-khan-shaykhun' },
  };
  it('accept a place with coordinates and default to the north-west map', () => {
    const r = s.place.safeParse(place);
    expect(messages(r)).toEqual([]);
    expect(r.data!.map).toBe('north-west');
  });
  it('accept a region drawn around places and a place within a region', () => {
    expect(
      messages(
        s.place.safeParse({
          name: 'The front',
          kind: 'region',
          country: 'Syria',
          around: ['khan-shaykhun', 'morek'],
        }),
      ),
    ).toEqual([]);
    expect(
      messages(
        s.place.safeParse({
          name: 'Tal Othman',
          kind: 'village',
          country: 'Syria',
          within: 'the-front',
        }),
      ),
    ).toEqual([]);
  });
  it('refuse an unknown kind, a latitude beyond 90 and an unknown field', () => {
    expect(messages(s.place.safeParse({ ...place, kind: 'hamlet' })).join()).toMatch(
      /kind: expected the kind of place/,
    );
    expect(
      messages(
        s.place.safeParse({ ...place, coordinates: { ...place.coordinates, lat: 135.4 } }),
      ).join(),
    ).toMatch(/coordinates\.lat/);
    expect(messages(s.place.safeParse({ ...place, lat: 35.4 })).join()).toMatch(/lat/);
  });
  it('an event names its place by id, not by free text', () => {
    expect(messages(s.event.safeParse({ ...event, place: { name: 'Sochi' } })).join()).toMatch(
      /place/,
    );
  });
});

describe('sources say whether they were read; corrections are typed', () => {
  const messages = (r: {
    success: boolean;
    error?: { issues: { path: PropertyKey[]; message: string }[] };
  }) => (r.error?.issues ?? []).map((i) => `${i.path.join('.')}: ${i.message}`);

  it('refuses a source without read', () => {
    const { read: _read, ...rest } = source;
    expect(messages(s.source.safeParse(rest)).join()).toMatch(
      /read: expected true \(we read the text/,
    );
  });

  it('accepts a correction and refuses a malformed one', () => {
    const ok = {
      date: '2026-11-30',
      entries: ['actors/hts', 'article/report'],
      wrong: 'Old.',
      right: 'New.',
      sources: ['reuters-2019-07-10'],
    };
    expect(s.correction.parse(ok)).toEqual(ok);
    expect(messages(s.correction.safeParse({ ...ok, date: '2026-11' })).join()).toMatch(
      /date: "2026-11" is not a full day/,
    );
    expect(messages(s.correction.safeParse({ ...ok, entries: ['people/hts'] })).join()).toMatch(
      /entries.0: expected "collection\/id"/,
    );
    expect(messages(s.correction.safeParse({ ...ok, entries: [] })).join()).toMatch(
      /entries: expected at least one entry/,
    );
    expect(messages(s.correction.safeParse({ ...ok, right: '' })).join()).toMatch(
      /right: expected what is right now/,
    );
  });
});
