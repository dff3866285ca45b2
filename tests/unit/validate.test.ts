import { describe, expect, it } from 'vitest';
import {
  validateDataset,
  formatProblems,
  oneLine,
  keyLine,
  placeholderProblems,
  singleSourceWarnings,
} from '../../src/lib/validate';
import { validDataset } from './fixtures';

const problemsAfter = (mutate: (ds: ReturnType<typeof validDataset>) => void) => {
  const ds = validDataset();
  mutate(ds);
  return validateDataset(ds);
};

describe('validateDataset', () => {
  it('accepts the valid fixture', () => {
    expect(validateDataset(validDataset())).toEqual([]);
  });

  it('names the file, field and fix for a dangling reference', () => {
    const [p, ...rest] = problemsAfter((ds) => {
      ds.relations[0]!.data.to = 'nfl-typo';
    });
    expect(rest).toEqual([]);
    expect(p).toMatchObject({
      file: 'src/content/relations/turkey--arms-supply--nfl.yaml',
      field: 'to',
    });
    expect(p!.message).toContain('"nfl-typo" is not the id of any entry in actors');
    expect(p!.fix).toContain('src/content/actors/');
  });

  it('checks references to sources, events and relations in every collection', () => {
    const problems = problemsAfter((ds) => {
      ds.actors[0]!.data.sources = ['nowhere'];
      ds.events[0]!.data.participants[0]!.actor = 'ghost';
      ds.article[0]!.data.claims[0]!.relations = ['no-such-relation'];
    });
    expect(problems.map((p) => p.field).sort()).toEqual([
      'claims[0].relations[0]',
      'participants[0].actor',
      'sources[0]',
    ]);
  });

  it('refuses a relation from an actor to itself', () => {
    const problems = problemsAfter((ds) => {
      ds.relations[0]!.data.to = 'turkey';
    });
    expect(problems).toHaveLength(1);
    expect(problems[0]!.message).toMatch(/to itself/);
  });

  it('refuses periods and lifetimes that end before they start', () => {
    const problems = problemsAfter((ds) => {
      ds.relations[0]!.data.periods = [{ from: '2019-07', to: '2019-05' }];
      ds.actors[1]!.data.dissolved = '2017';
    });
    expect(problems.map((p) => p.field).sort()).toEqual(['dissolved', 'periods[0].to']);
  });

  it('refuses duplicate relations', () => {
    const problems = problemsAfter((ds) => {
      ds.relations.push({
        ...ds.relations[0]!,
        id: 'turkey--arms-supply--nfl-2',
        file: 'src/content/relations/turkey--arms-supply--nfl-2.yaml',
      });
    });
    expect(problems).toHaveLength(1);
    expect(problems[0]!.message).toMatch(/duplicates relation "turkey--arms-supply--nfl"/);
  });

  it('refuses lineage that loops back', () => {
    const problems = problemsAfter((ds) => {
      const r = ds.relations[1]!;
      ds.relations.push({
        ...r,
        id: 'al-qaeda--successor-of--hts',
        data: { ...r.data, from: 'al-qaeda', to: 'hts', type: 'successor-of' },
      });
    });
    expect(problems).toHaveLength(1);
    expect(problems[0]!.message).toMatch(/loops back/);
  });

  it('refuses an alias used by two actors, whatever its case', () => {
    const problems = problemsAfter((ds) => {
      ds.actors[0]!.data.aliases.push('nusra front');
    });
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({
      file: 'src/content/actors/hts.mdx',
      message: expect.stringMatching(/"nusra front" is used by actor "turkey" too/),
    });
  });

  it('requires a claimant for alleged relations', () => {
    const problems = problemsAfter((ds) => {
      delete ds.relations[0]!.data.claimant;
    });
    expect(problems[0]!.field).toBe('claimant');
  });

  it('requires a URL or details naming how to find a source that was read', () => {
    const problems = problemsAfter((ds) => {
      delete ds.sources[0]!.data.details;
    });
    expect(problems[0]).toMatchObject({
      field: 'details',
      message: expect.stringMatching(
        /read: true but has neither a url nor details naming how to find it/,
      ),
    });
  });

  it('requires details saying what is known of a source that was not read, even with a URL', () => {
    const problems = problemsAfter((ds) => {
      ds.sources[0]!.data.read = false;
      ds.sources[0]!.data.url = 'https://www.example.org/x';
      delete ds.sources[0]!.data.details;
    });
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({
      field: 'details',
      message: expect.stringMatching(/read: false but has no details/),
    });
  });

  it('checks the ids components in MDX bodies use (found by the MDX lint), with a suggestion', () => {
    const ds = validDataset();
    const ref = (id: string) => ({
      file: 'src/content/actors/x.mdx',
      line: 9,
      component: 'Actor',
      attribute: 'id',
      target: 'actors' as const,
      id,
    });
    expect(validateDataset(ds, { bodyRefs: [ref('turkey')] })).toEqual([]);
    const problems = validateDataset(ds, { bodyRefs: [ref('turky')] });
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({
      file: 'src/content/actors/x.mdx',
      line: 9,
      field: '<Actor id>',
    });
    expect(problems[0]!.fix).toMatch(/did you mean "turkey"/);
  });

  it('prints values on one line, so content cannot forge a line of output', () => {
    const text = formatProblems([
      {
        file: 'a.yaml',
        line: 3,
        field: 'to',
        message: 'bad "x\n::error file=a::forged"',
        fix: 'mend it',
      },
    ]);
    expect(text.split('\n').some((l) => l.startsWith('::'))).toBe(false);
    expect(oneLine('a\r\nb\u0007')).toBe('a\\r\\nb\\u0007');
  });

  it('refuses ids that are not lower-case slugs', () => {
    const problems = problemsAfter((ds) => {
      ds.events[0]!.id = 'NFL_Formed';
    });
    expect(problems[0]!.field).toBe('id');
  });

  it('formats problems as file:line, field, problem, fix', () => {
    const text = formatProblems([
      { file: 'a.yaml', line: 3, field: 'to', message: 'bad', fix: 'mend it' },
    ]);
    expect(text).toBe('a.yaml:3\n  field: to\n  problem: bad\n  fix: mend it');
  });
});

describe('validateDataset: further rules', () => {
  it('refuses two ids in one collection that differ only in case', () => {
    const problems = problemsAfter((ds) => {
      ds.events.push({
        ...ds.events[0]!,
        id: 'NFL-formed',
        file: 'src/content/events/NFL-formed.mdx',
      });
    });
    const clash = problems.find((p) => p.message.includes('clashes with'));
    expect(clash).toMatchObject({ file: 'src/content/events/NFL-formed.mdx', field: 'id' });
    expect(clash!.message).toContain(
      'clashes with src/content/events/nfl-formed.mdx: both give the id "nfl-formed"',
    );
  });

  it('refuses a relation whose file name does not say its from, type and to', () => {
    const problems = problemsAfter((ds) => {
      ds.relations[0]!.data.type = 'funding';
    });
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({
      field: 'id',
      message:
        'the file name says "turkey--arms-supply--nfl" but the relation is from "turkey", type "funding", to "nfl"',
    });
    expect(problems[0]!.fix).toContain('rename the file to turkey--funding--nfl.yaml');
  });

  it('accepts a numbered second record of a relation', () => {
    const problems = problemsAfter((ds) => {
      const r = ds.relations[0]!;
      ds.relations.push({
        ...r,
        id: 'turkey--arms-supply--nfl-2',
        data: { ...r.data, grade: 'denied' },
      });
    });
    expect(problems).toEqual([]);
  });

  it('refuses values and text still holding a template TODO', () => {
    const problems = problemsAfter((ds) => {
      ds.actors[0]!.data.summary = 'TODO one or two sentences';
      ds.actors[0]!.raw =
        ds.actors[0]!.raw.replace('---\n', '---\nsummary: TODO\n') + 'TODO: write the text\n';
    });
    expect(problems.map((p) => p.field).sort()).toEqual(['body', 'summary']);
    expect(problems.find((p) => p.field === 'summary')!.message).toContain(
      'still holds the template placeholder',
    );
  });

  it('finds placeholders in nested values, with the line of their top-level field', () => {
    const raw = 'from: a\nperiods:\n  - { from: "TODO", to: "unknown" }\nsources: [TODO]\n';
    const problems = placeholderProblems(
      { file: 'r.yaml', raw },
      { periods: [{ from: 'TODO', to: 'unknown' }], sources: ['TODO'] },
    );
    expect(problems.map((p) => [p.field, p.line])).toEqual([
      ['periods[0].from', 2],
      ['sources[0]', 4],
    ]);
    expect(
      placeholderProblems(
        { file: 'r.yaml', raw: '# a TODO in a comment\nnote: done\n' },
        { note: 'done' },
      ),
    ).toEqual([]);
  });

  it('does not report references to entries that exist but failed their own checks', () => {
    const problems = validateDataset(
      (() => {
        const ds = validDataset();
        ds.relations[0]!.data.to = 'broken-actor';
        return ds;
      })(),
      { knownIds: { actors: ['broken-actor'] } },
    );
    expect(problems.filter((p) => p.message.includes('is not the id'))).toEqual([]);
  });

  it('refuses a source whose details are only blank', () => {
    const problems = problemsAfter((ds) => {
      ds.sources[0]!.data.details = '   ';
    });
    expect(problems[0]!.message).toMatch(/neither a url nor details/);
  });

  it('finds the line of a top-level field', () => {
    expect(keyLine('a: 1\nsources: [x]\nnote: "sources: y"\n', 'sources')).toBe(2);
    expect(keyLine('a: 1\n', 'sources')).toBeUndefined();
  });
});

describe('singleSourceWarnings', () => {
  it('warns about relations, events and claims that rest on one source', () => {
    const warnings = singleSourceWarnings(validDataset());
    expect(warnings.map((w) => [w.file, w.field])).toEqual([
      ['src/content/relations/turkey--arms-supply--nfl.yaml', 'sources'],
      ['src/content/relations/hts--splinter-of--al-qaeda.yaml', 'sources'],
      ['src/content/events/nfl-formed.mdx', 'sources'],
      ['src/content/article/report.mdx', 'claims[0].sources'],
    ]);
    expect(warnings[0]!.message).toBe('the relation rests on a single source (reuters-2019-07-10)');
    expect(warnings[3]!.message).toBe(
      'the claim "missiles" rests on a single source (reuters-2019-07-10)',
    );
  });

  it('says nothing when there are two sources', () => {
    const ds = validDataset();
    for (const r of ds.relations) r.data.sources = ['a', 'b'];
    for (const e of ds.events) e.data.sources = ['a', 'b'];
    ds.article[0]!.data.claims[0]!.sources = ['a', 'b'];
    expect(singleSourceWarnings(ds)).toEqual([]);
  });
});

describe('validateDataset: places', () => {
  const place = (ds: ReturnType<typeof validDataset>) => ds.places[0]!;
  it('accepts an event at a known place', () => {
    const ds = validDataset();
    ds.events[0]!.data.place = 'idlib';
    expect(validateDataset(ds)).toEqual([]);
  });
  it('refuses an event naming a place id that does not exist, with file, line, field and fix', () => {
    const ds = validDataset();
    ds.events[0]!.data.place = 'idleb';
    ds.events[0]!.raw = ds.events[0]!.raw.replace('---\n', '---\nplace: idleb\n');
    const [p] = validateDataset(ds);
    expect(p).toMatchObject({
      file: 'src/content/events/nfl-formed.mdx',
      line: 2,
      field: 'place',
      message: '"idleb" is not the id of any place',
    });
    expect(p!.fix).toMatch(/src\/content\/places\//);
  });
  it('refuses coordinates without a source', () => {
    const ds = validDataset();
    delete place(ds).data.coordinates!.source;
    const [p] = validateDataset(ds);
    expect(p).toMatchObject({ file: 'src/content/places/idlib.yaml', field: 'coordinates.source' });
    expect(p!.message).toMatch(/no source/);
    expect(p!.fix).toMatch(/src\/content\/sources\//);
  });
  it('refuses a coordinate source that does not exist', () => {
    const ds = validDataset();
    place(ds).data.coordinates!.source = 'wikipedia-idleb';
    expect(validateDataset(ds)[0]).toMatchObject({
      field: 'coordinates.source',
      message: '"wikipedia-idleb" is not the id of any entry in sources',
    });
  });
  it('refuses coordinates outside the map the place names (swapped latitude and longitude)', () => {
    const ds = validDataset();
    place(ds).data.coordinates = { lat: 36.65111, lon: 35.43889, source: 'reuters-2019-07-10' };
    const [p] = validateDataset(ds);
    expect(p).toMatchObject({ field: 'coordinates' });
    expect(p!.message).toMatch(/outside the map of north-west Syria/);
    expect(p!.fix).toMatch(/latitude first.*map: syria.*map: world/);
  });
  it('accepts a far-off place on the world map, refuses it on the north-west map', () => {
    const ds = validDataset();
    place(ds).data.coordinates = { lat: 43.58528, lon: 39.72028, source: 'reuters-2019-07-10' };
    expect(validateDataset(ds)).toHaveLength(1);
    place(ds).data.map = 'world';
    expect(validateDataset(ds)).toEqual([]);
  });
  it('refuses a place located in no way or in two ways', () => {
    const ds = validDataset();
    delete place(ds).data.coordinates;
    expect(validateDataset(ds)[0]!.message).toBe('the place has no location');
    place(ds).data.coordinates = { lat: 35.9, lon: 36.6, source: 'reuters-2019-07-10' };
    place(ds).data.within = 'idlib';
    expect(validateDataset(ds).map((p) => p.message)).toContain(
      'the place is located in 2 ways (coordinates, within); give one',
    );
  });
  it('refuses a region around unknown places, a non-region drawn around places, and within a non-region', () => {
    const ds = validDataset();
    ds.places.push({
      ...place(ds),
      id: 'front',
      file: 'src/content/places/front.yaml',
      raw: 'around: [idlib, morek]\n',
      data: {
        name: 'Front',
        otherNames: [],
        kind: 'region',
        country: 'Syria',
        map: 'north-west',
        around: ['idlib', 'morek'],
      },
    });
    ds.places.push({
      ...place(ds),
      id: 'hill',
      file: 'src/content/places/hill.yaml',
      raw: 'within: idlib\n',
      data: {
        name: 'Hill',
        otherNames: [],
        kind: 'village',
        country: 'Syria',
        map: 'north-west',
        within: 'idlib',
      },
    });
    const problems = validateDataset(ds);
    expect(problems.find((p) => p.file.endsWith('front.yaml'))).toMatchObject({
      field: 'around[1]',
      message: '"morek" is not the id of any place',
    });
    expect(problems.find((p) => p.file.endsWith('hill.yaml'))).toMatchObject({
      field: 'within',
      message: '"idlib" is a city, not a region',
    });
    ds.places[1]!.data.kind = 'town';
    expect(validateDataset(ds).map((p) => p.message)).toContain(
      'only a region is drawn around other places; this place is a town',
    );
  });
});

describe('grades follow the sources', () => {
  const confirmed = (ds: ReturnType<typeof validDataset>) => {
    const r = ds.relations[1]!;
    r.data.grade = 'confirmed';
  };

  it('accepts a confirmed relation citing a read agency report', () => {
    const problems = problemsAfter((ds) => {
      confirmed(ds);
      ds.sources[0]!.data.kind = 'agency';
    });
    expect(problems).toEqual([]);
  });

  it.each([
    [
      'not read',
      (ds: ReturnType<typeof validDataset>) => {
        ds.sources[0]!.data.kind = 'official';
        ds.sources[0]!.data.read = false;
      },
    ],
    [
      'an analysis, however well read',
      (ds: ReturnType<typeof validDataset>) => {
        ds.sources[0]!.data.kind = 'analysis';
      },
    ],
  ])(
    'refuses a confirmed relation whose only source is %s, naming the rule and the fix',
    (_, mutate) => {
      const problems = problemsAfter((ds) => {
        confirmed(ds);
        mutate(ds);
      });
      expect(problems).toHaveLength(1);
      expect(problems[0]).toMatchObject({
        file: 'src/content/relations/hts--splinter-of--al-qaeda.yaml',
        field: 'grade',
        message: expect.stringMatching(
          /graded confirmed, but none of its sources .*reuters-2019-07-10 \(\w+, (?:not )?read\).*The rule: a relation graded confirmed cites/,
        ),
        fix: expect.stringMatching(/grade the relation reported/),
      });
      expect(problems[0]!.line).toBeGreaterThan(0);
    },
  );

  it("refuses a party's claim about its adversary graded above alleged", () => {
    const problems = problemsAfter((ds) => {
      const r = ds.relations[0]!;
      ds.relations.push({
        ...r,
        id: 'turkey--armed-conflict--hts',
        file: 'src/content/relations/turkey--armed-conflict--hts.yaml',
        data: {
          from: 'turkey',
          to: 'hts',
          type: 'armed-conflict',
          periods: [{ from: '2019', to: 'unknown' }],
          grade: 'reported',
          claimantActor: 'turkey',
          note: 'Turkey says so.',
          sources: ['reuters-2019-07-10'],
        },
      });
    });
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({
      field: 'grade',
      message: expect.stringMatching(/claim by "turkey" about "hts", its adversary/),
    });
  });
});

describe('corrections', () => {
  it('refuses a correction naming an entry that does not exist', () => {
    const problems = problemsAfter((ds) => {
      ds.corrections[0]!.data.entries.push('actors/no-such-actor', 'article/report');
    });
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({
      field: 'entries[1]',
      message: expect.stringMatching(/"actors\/no-such-actor" is not an entry of the site/),
    });
  });

  it('refuses a correction citing a source that does not exist', () => {
    const problems = problemsAfter((ds) => {
      ds.corrections[0]!.data.sources = ['nowhere-2019'];
    });
    expect(problems[0]).toMatchObject({
      field: 'sources[0]',
      message: expect.stringMatching(/"nowhere-2019" is not the id/),
    });
  });
});
