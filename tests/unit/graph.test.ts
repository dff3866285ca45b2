import { describe, expect, it } from 'vitest';
import {
  buildGraph,
  edgesByPair,
  filterGraph,
  GraphError,
  NONE,
  inForce,
  oneHop,
  type ActorInput,
  type Graph,
  type GraphEdge,
  type GraphPeriod,
} from '../../src/lib/graph';
import type { RelationType, Grade } from '../../src/lib/vocabulary';

// ---------------------------------------------------------------- fixtures

const actors: ActorInput[] = [
  { id: 'turkey', name: 'Turkey', kind: 'state', side: 'opposition' },
  { id: 'russia', name: 'Russia', kind: 'state', side: 'pro-government' },
  {
    id: 'syria',
    name: 'Syrian government',
    shortName: 'Damascus',
    kind: 'government',
    side: 'pro-government',
  },
  {
    id: 'nfl',
    name: 'National Front for Liberation',
    shortName: 'NFL',
    kind: 'coalition',
    side: 'opposition',
  },
  {
    id: 'hts',
    name: 'Hayat Tahrir al-Sham',
    shortName: 'HTS',
    kind: 'armed-group',
    side: 'jihadist',
  },
  { id: 'al-qaeda', name: 'al-Qaeda', kind: 'armed-group', side: 'jihadist' },
  {
    id: 'sohr',
    name: 'Syrian Observatory for Human Rights',
    shortName: 'SOHR',
    kind: 'monitor',
    side: 'observer',
  },
];

function rel(
  from: string,
  type: RelationType,
  to: string,
  grade: Grade = 'confirmed',
  periods: GraphPeriod[] = [{ from: '2011', to: 'ongoing' }],
): GraphEdge {
  return { id: `${from}--${type}--${to}`, from, to, type, grade, periods };
}

const relations: GraphEdge[] = [
  rel('turkey', 'arms-supply', 'nfl', 'alleged', [{ from: '2019-05', to: '2019-07' }]),
  rel('russia', 'military-support', 'syria', 'confirmed', [{ from: '2015-09', to: 'ongoing' }]),
  rel('hts', 'splinter-of', 'al-qaeda', 'disputed', [{ from: '2016-07-28', to: 'ongoing' }]),
  rel('hts', 'armed-conflict', 'nfl', 'reported', [
    { from: '2017-07', to: '2017-09' },
    { from: '2019-01', to: '2019-01-10' },
  ]),
  rel('syria', 'armed-conflict', 'hts', 'confirmed', [{ from: '2017-01', to: 'ongoing' }]),
  rel('turkey', 'designation', 'hts', 'confirmed', [{ from: '2018-08-31', to: 'unknown' }]),
  rel('turkey', 'political-backing', 'nfl', 'confirmed', [{ from: '2018-05', to: 'ongoing' }]),
];

const graph = (): Graph => buildGraph(actors, relations);

function edge(periods: GraphPeriod[]): GraphEdge {
  return rel('a', 'funding', 'b', 'confirmed', periods);
}

const sorted = (s: Set<string>) => [...s].sort();

// ---------------------------------------------------------------- buildGraph

describe('buildGraph', () => {
  it('sorts nodes and edges by id, whatever order they came in', () => {
    const g = graph();
    expect(g.nodes.map((n) => n.id)).toEqual([
      'al-qaeda',
      'hts',
      'nfl',
      'russia',
      'sohr',
      'syria',
      'turkey',
    ]);
    expect(g.edges.map((e) => e.id)).toEqual([
      'hts--armed-conflict--nfl',
      'hts--splinter-of--al-qaeda',
      'russia--military-support--syria',
      'syria--armed-conflict--hts',
      'turkey--arms-supply--nfl',
      'turkey--designation--hts',
      'turkey--political-backing--nfl',
    ]);
    const reversed = buildGraph([...actors].reverse(), [...relations].reverse());
    expect(reversed).toEqual(g);
  });

  it("does not reorder the caller's arrays", () => {
    const a = [...actors];
    const r = [...relations];
    buildGraph(a, r);
    expect(a.map((x) => x.id)).toEqual(actors.map((x) => x.id));
    expect(r.map((x) => x.id)).toEqual(relations.map((x) => x.id));
  });

  it('counts relations in and out as degree, zero for an isolated actor', () => {
    const degree = Object.fromEntries(graph().nodes.map((n) => [n.id, n.degree]));
    expect(degree).toEqual({
      'al-qaeda': 1,
      hts: 4, // splinter-of, armed-conflict out, armed-conflict in, designation in
      nfl: 3,
      russia: 1,
      sohr: 0,
      syria: 2,
      turkey: 3,
    });
    // Every edge adds two to the total.
    const total = graph().nodes.reduce((sum, n) => sum + n.degree, 0);
    expect(total).toBe(2 * relations.length);
  });

  it('counts parallel relations between one pair separately', () => {
    const g = buildGraph(actors.slice(0, 2), [
      rel('turkey', 'rivalry', 'russia'),
      rel('turkey', 'coordination', 'russia'),
      rel('russia', 'coordination', 'turkey'),
    ]);
    expect(g.nodes.map((n) => [n.id, n.degree])).toEqual([
      ['russia', 3],
      ['turkey', 3],
    ]);
  });

  it('labels with the short name, falling back to the full name', () => {
    const g = graph();
    const byId = new Map(g.nodes.map((n) => [n.id, n]));
    expect(byId.get('nfl')).toMatchObject({ name: 'National Front for Liberation', label: 'NFL' });
    expect(byId.get('syria')).toMatchObject({ name: 'Syrian government', label: 'Damascus' });
    expect(byId.get('turkey')).toMatchObject({ name: 'Turkey', label: 'Turkey' });
    expect(byId.get('al-qaeda')!.label).toBe('al-Qaeda');
    const explicitUndefined = buildGraph(
      [{ id: 'x', name: 'Full', shortName: undefined, kind: 'person', side: 'observer' }],
      [],
    );
    expect(explicitUndefined.nodes[0]!.label).toBe('Full');
  });

  it('keeps kind and side on nodes and the edges as given', () => {
    const g = graph();
    expect(g.nodes.find((n) => n.id === 'sohr')).toEqual({
      id: 'sohr',
      name: 'Syrian Observatory for Human Rights',
      label: 'SOHR',
      kind: 'monitor',
      side: 'observer',
      degree: 0,
    });
    expect(g.edges.find((e) => e.id === 'hts--armed-conflict--nfl')).toEqual(relations[3]);
  });

  it('builds an empty graph and a graph of actors without relations', () => {
    expect(buildGraph([], [])).toEqual({ nodes: [], edges: [] });
    expect(buildGraph(actors, []).nodes.every((n) => n.degree === 0)).toBe(true);
  });

  describe('refuses relations that cannot be drawn', () => {
    const attempt = (r: GraphEdge) => () => buildGraph(actors, [...relations, r]);

    it('an unknown actor at the "from" end', () => {
      const bad = rel('iran', 'funding', 'syria');
      expect(attempt(bad)).toThrow(GraphError);
      expect(attempt(bad)).toThrow(
        'relation "iran--funding--syria": from "iran" is not a known actor',
      );
    });

    it('an unknown actor at the "to" end', () => {
      const bad = rel('russia', 'funding', 'hezbollah');
      expect(attempt(bad)).toThrow(GraphError);
      expect(attempt(bad)).toThrow(
        'relation "russia--funding--hezbollah": to "hezbollah" is not a known actor',
      );
    });

    it('a relation from an actor to itself', () => {
      const bad = rel('hts', 'rivalry', 'hts');
      expect(attempt(bad)).toThrow(GraphError);
      expect(attempt(bad)).toThrow(/relation "hts--rivalry--hts" goes from "hts" to itself/);
    });

    it('a period that ends before it starts', () => {
      const bad = rel('turkey', 'funding', 'nfl', 'reported', [{ from: '2019-05', to: '2018' }]);
      expect(attempt(bad)).toThrow(GraphError);
      expect(attempt(bad)).toThrow(
        /relation "turkey--funding--nfl": period ends \(2018\) before it starts \(2019-05\)/,
      );
    });

    it('a reversed period hidden behind a valid one', () => {
      const bad = rel('turkey', 'funding', 'nfl', 'reported', [
        { from: '2012', to: '2013' },
        { from: '2019-05-02', to: '2019-05-01' },
      ]);
      expect(attempt(bad)).toThrow(/turkey--funding--nfl.*2019-05-01.*2019-05-02/);
    });

    it('a malformed date, naming the relation', () => {
      const bad = rel('turkey', 'funding', 'nfl', 'reported', [{ from: '2019-13', to: '2020' }]);
      expect(attempt(bad)).toThrow(GraphError);
      expect(attempt(bad)).toThrow(/relation "turkey--funding--nfl": "2019-13" has month 13/);
    });

    it('errors are GraphErrors by name too', () => {
      try {
        buildGraph(actors, [rel('hts', 'rivalry', 'hts')]);
        expect.unreachable();
      } catch (e) {
        expect(e).toBeInstanceOf(GraphError);
        expect(e).toBeInstanceOf(Error);
        expect((e as Error).name).toBe('GraphError');
      }
    });
  });

  describe('accepts honest periods', () => {
    const ok = (periods: GraphPeriod[]) => () =>
      buildGraph(actors, [rel('turkey', 'funding', 'nfl', 'reported', periods)]);
    it('a period at coarser precision that ends inside its start', () => {
      // "2019-05-10" to "2019-05" and "2019-05" to "2019" overlap: not reversed.
      expect(ok([{ from: '2019-05-10', to: '2019-05' }])).not.toThrow();
      expect(ok([{ from: '2019-05', to: '2019' }])).not.toThrow();
      expect(ok([{ from: '2019', to: '2019-01-01' }])).not.toThrow();
    });
    it('a one-day period, and open ends', () => {
      expect(ok([{ from: '2019-05-01', to: '2019-05-01' }])).not.toThrow();
      expect(ok([{ from: '2019-05-01', to: 'ongoing' }])).not.toThrow();
      expect(ok([{ from: '2019-05-01', to: 'unknown' }])).not.toThrow();
    });
  });
});

// ---------------------------------------------------------------- inForce

describe('inForce ("as of" semantics)', () => {
  it('a partial date means any time within it', () => {
    const e = edge([{ from: '2016-11-15', to: '2016-11-20' }]);
    expect(inForce(e, '2016')).toBe(true);
    expect(inForce(e, '2016-11')).toBe(true);
    expect(inForce(e, '2016-11-15')).toBe(true);
    expect(inForce(e, '2016-11-20')).toBe(true);
    expect(inForce(e, '2016-11-21')).toBe(false);
    expect(inForce(e, '2016-11-14')).toBe(false);
    expect(inForce(e, '2016-10')).toBe(false);
    expect(inForce(e, '2016-12')).toBe(false);
    expect(inForce(e, '2015')).toBe(false);
    expect(inForce(e, '2017')).toBe(false);
  });

  it('a year-precision period covers the whole year', () => {
    const e = edge([{ from: '2016', to: '2016' }]);
    expect(inForce(e, '2016-01-01')).toBe(true);
    expect(inForce(e, '2016-12-31')).toBe(true);
    expect(inForce(e, '2015-12-31')).toBe(false);
    expect(inForce(e, '2017-01-01')).toBe(false);
  });

  it('"ongoing" and "unknown" ends stay in force after the start, never before', () => {
    for (const to of ['ongoing', 'unknown']) {
      const e = edge([{ from: '2015-09-30', to }]);
      expect(inForce(e, '2015-09-30'), to).toBe(true);
      expect(inForce(e, '2015-09'), to).toBe(true);
      expect(inForce(e, '2015'), to).toBe(true);
      expect(inForce(e, '2019'), to).toBe(true);
      expect(inForce(e, '2099-12-31'), to).toBe(true);
      expect(inForce(e, '2015-09-29'), to).toBe(false);
      expect(inForce(e, '2015-08'), to).toBe(false);
      expect(inForce(e, '2014'), to).toBe(false);
    }
  });

  it('a period that ended in 2017-09 is in force in 2017, not in 2019', () => {
    const e = edge([{ from: '2016-03', to: '2017-09' }]);
    expect(inForce(e, '2017')).toBe(true);
    expect(inForce(e, '2017-09')).toBe(true);
    expect(inForce(e, '2017-09-30')).toBe(true);
    expect(inForce(e, '2017-10')).toBe(false);
    expect(inForce(e, '2017-10-01')).toBe(false);
    expect(inForce(e, '2018')).toBe(false);
    expect(inForce(e, '2019')).toBe(false);
  });

  it('a period starting 2019-05 is in force as of 2019, not as of 2019-04', () => {
    const e = edge([{ from: '2019-05', to: 'ongoing' }]);
    expect(inForce(e, '2019-04')).toBe(false);
    expect(inForce(e, '2019-04-30')).toBe(false);
    expect(inForce(e, '2019')).toBe(true);
    expect(inForce(e, '2019-05')).toBe(true);
    // A month-precision start may mean any day of May.
    expect(inForce(e, '2019-05-01')).toBe(true);
    expect(inForce(e, '2019-05-31')).toBe(true);
    expect(inForce(e, '2018')).toBe(false);
  });

  it('any one of several periods is enough; gaps between them are not in force', () => {
    const e = edge([
      { from: '2013', to: '2014-06' },
      { from: '2017-07', to: '2017-09' },
      { from: '2019-05-01', to: 'ongoing' },
    ]);
    expect(inForce(e, '2013')).toBe(true);
    expect(inForce(e, '2014-06')).toBe(true);
    expect(inForce(e, '2014-07')).toBe(false);
    expect(inForce(e, '2015')).toBe(false);
    expect(inForce(e, '2016')).toBe(false);
    expect(inForce(e, '2017')).toBe(true);
    expect(inForce(e, '2017-08-15')).toBe(true);
    expect(inForce(e, '2018')).toBe(false);
    expect(inForce(e, '2019-04')).toBe(false);
    expect(inForce(e, '2019')).toBe(true);
    expect(inForce(e, '2021')).toBe(true);
    expect(inForce(e, '2012')).toBe(false);
  });

  it('periods need not be listed in order', () => {
    const e = edge([
      { from: '2019-05-01', to: 'ongoing' },
      { from: '2013', to: '2014-06' },
    ]);
    expect(inForce(e, '2013-03')).toBe(true);
    expect(inForce(e, '2016')).toBe(false);
    expect(inForce(e, '2020')).toBe(true);
  });

  it('a relation without periods is never in force', () => {
    expect(inForce(edge([]), '2019')).toBe(false);
  });

  it('an unreadable as-of date does not filter', () => {
    const e = edge([{ from: '2017-07', to: '2017-09' }]);
    expect(inForce(e, 'not a date')).toBe(true);
    expect(inForce(e, '2019-13')).toBe(true);
  });
});

// ---------------------------------------------------------------- filterGraph

describe('filterGraph', () => {
  const allNodes = actors.map((a) => a.id).sort();
  const allEdges = relations.map((r) => r.id).sort();

  it('with no filter, everything is visible', () => {
    const v = filterGraph(graph(), {});
    expect(sorted(v.nodes)).toEqual(allNodes);
    expect(sorted(v.edges)).toEqual(allEdges);
  });

  it('empty lists mean all', () => {
    const v = filterGraph(graph(), { types: [], grades: [], focus: undefined, asOf: undefined });
    expect(sorted(v.nodes)).toEqual(allNodes);
    expect(sorted(v.edges)).toEqual(allEdges);
    const blank = filterGraph(graph(), { focus: '', asOf: '' });
    expect(sorted(blank.edges)).toEqual(allEdges);
  });

  it('filters by relation type, keeping every node when there is no focus', () => {
    const v = filterGraph(graph(), { types: ['armed-conflict'] });
    expect(sorted(v.edges)).toEqual(['hts--armed-conflict--nfl', 'syria--armed-conflict--hts']);
    expect(sorted(v.nodes)).toEqual(allNodes);
    const two = filterGraph(graph(), { types: ['arms-supply', 'designation'] });
    expect(sorted(two.edges)).toEqual(['turkey--arms-supply--nfl', 'turkey--designation--hts']);
    expect(filterGraph(graph(), { types: ['funding'] }).edges.size).toBe(0);
  });

  it('filters by grade', () => {
    expect(sorted(filterGraph(graph(), { grades: ['alleged'] }).edges)).toEqual([
      'turkey--arms-supply--nfl',
    ]);
    expect(sorted(filterGraph(graph(), { grades: ['disputed', 'reported'] }).edges)).toEqual([
      'hts--armed-conflict--nfl',
      'hts--splinter-of--al-qaeda',
    ]);
    expect(filterGraph(graph(), { grades: ['denied'] }).edges.size).toBe(0);
  });

  it('shows no relation when every box of a choice is unticked (NONE), but every actor', () => {
    expect(filterGraph(graph(), { types: NONE }).edges.size).toBe(0);
    expect(filterGraph(graph(), { grades: NONE }).nodes.size).toBe(graph().nodes.length);
  });

  it('filters by as-of date', () => {
    expect(sorted(filterGraph(graph(), { asOf: '2016' }).edges)).toEqual([
      'hts--splinter-of--al-qaeda',
      'russia--military-support--syria',
    ]);
    expect(sorted(filterGraph(graph(), { asOf: '2017-08' }).edges)).toEqual([
      'hts--armed-conflict--nfl',
      'hts--splinter-of--al-qaeda',
      'russia--military-support--syria',
      'syria--armed-conflict--hts',
    ]);
    expect(sorted(filterGraph(graph(), { asOf: '2019-04' }).edges)).toEqual([
      'hts--splinter-of--al-qaeda',
      'russia--military-support--syria',
      'syria--armed-conflict--hts',
      'turkey--designation--hts',
      'turkey--political-backing--nfl',
    ]);
    expect(sorted(filterGraph(graph(), { asOf: '2019' }).edges)).toEqual(allEdges);
    expect(filterGraph(graph(), { asOf: '2010' }).edges.size).toBe(0);
    // Nodes are not removed by a date alone.
    expect(sorted(filterGraph(graph(), { asOf: '2010' }).nodes)).toEqual(allNodes);
  });

  it('focus shows the one-hop neighbourhood and only edges touching the focus', () => {
    const v = filterGraph(graph(), { focus: 'nfl' });
    expect(sorted(v.nodes)).toEqual(['hts', 'nfl', 'turkey']);
    expect(sorted(v.edges)).toEqual([
      'hts--armed-conflict--nfl',
      'turkey--arms-supply--nfl',
      'turkey--political-backing--nfl',
    ]);
    // turkey--designation--hts links two visible neighbours but does not touch the focus.
    expect(v.edges.has('turkey--designation--hts')).toBe(false);

    const h = filterGraph(graph(), { focus: 'hts' });
    expect(sorted(h.nodes)).toEqual(['al-qaeda', 'hts', 'nfl', 'syria', 'turkey']);
    expect(sorted(h.edges)).toEqual([
      'hts--armed-conflict--nfl',
      'hts--splinter-of--al-qaeda',
      'syria--armed-conflict--hts',
      'turkey--designation--hts',
    ]);
  });

  it('focus on an isolated actor shows just that actor', () => {
    const v = filterGraph(graph(), { focus: 'sohr' });
    expect(sorted(v.nodes)).toEqual(['sohr']);
    expect(v.edges.size).toBe(0);
  });

  it('combines focus with type, grade and date', () => {
    const t = filterGraph(graph(), { focus: 'hts', types: ['armed-conflict'] });
    expect(sorted(t.nodes)).toEqual(['hts', 'nfl', 'syria']);
    expect(sorted(t.edges)).toEqual(['hts--armed-conflict--nfl', 'syria--armed-conflict--hts']);

    const s = filterGraph(graph(), {
      focus: 'hts',
      types: ['armed-conflict'],
      grades: ['confirmed'],
    });
    expect(sorted(s.nodes)).toEqual(['hts', 'syria']);
    expect(sorted(s.edges)).toEqual(['syria--armed-conflict--hts']);

    const d = filterGraph(graph(), { focus: 'nfl', asOf: '2018' });
    expect(sorted(d.nodes)).toEqual(['nfl', 'turkey']);
    expect(sorted(d.edges)).toEqual(['turkey--political-backing--nfl']);

    const none = filterGraph(graph(), { focus: 'nfl', asOf: '2012' });
    expect(sorted(none.nodes)).toEqual(['nfl']);
    expect(none.edges.size).toBe(0);

    const all = filterGraph(graph(), {
      focus: 'turkey',
      types: ['arms-supply', 'designation'],
      grades: ['alleged', 'confirmed'],
      asOf: '2019-06',
    });
    expect(sorted(all.nodes)).toEqual(['hts', 'nfl', 'turkey']);
    expect(sorted(all.edges)).toEqual(['turkey--arms-supply--nfl', 'turkey--designation--hts']);
  });

  it('combines type, grade and date without focus', () => {
    const v = filterGraph(graph(), {
      types: ['armed-conflict', 'arms-supply'],
      grades: ['reported', 'alleged'],
      asOf: '2019',
    });
    expect(sorted(v.edges)).toEqual(['hts--armed-conflict--nfl', 'turkey--arms-supply--nfl']);
    expect(sorted(v.nodes)).toEqual(allNodes);
  });

  it('preserves direction: visible edges keep their from and to', () => {
    const g = graph();
    const before = JSON.stringify(g);
    const v = filterGraph(g, { focus: 'hts' });
    expect(JSON.stringify(g)).toBe(before); // the graph is not mutated
    const shown = g.edges.filter((e) => v.edges.has(e.id));
    expect(shown.map((e) => [e.from, e.to])).toEqual([
      ['hts', 'nfl'],
      ['hts', 'al-qaeda'],
      ['syria', 'hts'],
      ['turkey', 'hts'],
    ]);
  });

  it('focus on a target keeps relations pointing in, and on a source those pointing out', () => {
    const inbound = filterGraph(graph(), { focus: 'al-qaeda' });
    expect(sorted(inbound.edges)).toEqual(['hts--splinter-of--al-qaeda']);
    expect(sorted(inbound.nodes)).toEqual(['al-qaeda', 'hts']);
    const outbound = filterGraph(graph(), { focus: 'russia' });
    expect(sorted(outbound.edges)).toEqual(['russia--military-support--syria']);
    expect(sorted(outbound.nodes)).toEqual(['russia', 'syria']);
  });
});

// ---------------------------------------------------------------- oneHop

describe('oneHop', () => {
  it('returns the actor, its neighbours and the relations touching it', () => {
    const g = oneHop(graph(), 'nfl');
    expect(g.nodes.map((n) => n.id)).toEqual(['hts', 'nfl', 'turkey']);
    expect(g.edges.map((e) => e.id)).toEqual([
      'hts--armed-conflict--nfl',
      'turkey--arms-supply--nfl',
      'turkey--political-backing--nfl',
    ]);
  });

  it('leaves out relations between two neighbours', () => {
    const g = oneHop(graph(), 'nfl');
    expect(g.edges.some((e) => e.id === 'turkey--designation--hts')).toBe(false);
    expect(g.edges.every((e) => e.from === 'nfl' || e.to === 'nfl')).toBe(true);
  });

  it('keeps full nodes (with whole-graph degree) and edge direction', () => {
    const g = oneHop(graph(), 'al-qaeda');
    expect(g.nodes).toEqual([
      expect.objectContaining({ id: 'al-qaeda', degree: 1 }),
      expect.objectContaining({ id: 'hts', label: 'HTS', degree: 4 }),
    ]);
    expect(g.edges).toEqual([relations[2]]);
  });

  it('an isolated actor is alone; an unknown id gives an empty graph', () => {
    expect(oneHop(graph(), 'sohr')).toEqual({
      nodes: [expect.objectContaining({ id: 'sohr' })],
      edges: [],
    });
    expect(oneHop(graph(), 'nobody')).toEqual({ nodes: [], edges: [] });
  });

  it('agrees with filterGraph focus', () => {
    const g = graph();
    for (const a of actors) {
      const hop = oneHop(g, a.id);
      const v = filterGraph(g, { focus: a.id });
      expect(hop.nodes.map((n) => n.id).sort(), a.id).toEqual(sorted(v.nodes));
      expect(hop.edges.map((e) => e.id).sort(), a.id).toEqual(sorted(v.edges));
    }
  });
});

// ---------------------------------------------------------------- edgesByPair

describe('edgesByPair', () => {
  it('groups edges by ordered pair "from|to"', () => {
    const m = edgesByPair(graph());
    expect([...m.keys()].sort()).toEqual([
      'hts|al-qaeda',
      'hts|nfl',
      'russia|syria',
      'syria|hts',
      'turkey|hts',
      'turkey|nfl',
    ]);
    expect(m.get('turkey|nfl')!.map((e) => e.id)).toEqual([
      'turkey--arms-supply--nfl',
      'turkey--political-backing--nfl',
    ]);
    expect(m.get('hts|nfl')!.map((e) => e.id)).toEqual(['hts--armed-conflict--nfl']);
  });

  it('keeps the two directions apart', () => {
    const g = buildGraph(actors, [
      rel('turkey', 'rivalry', 'russia'),
      rel('russia', 'rivalry', 'turkey'),
      rel('russia', 'coordination', 'turkey'),
    ]);
    const m = edgesByPair(g);
    expect(m.size).toBe(2);
    expect(m.get('turkey|russia')!.map((e) => e.id)).toEqual(['turkey--rivalry--russia']);
    expect(m.get('russia|turkey')!.map((e) => e.id)).toEqual([
      'russia--coordination--turkey',
      'russia--rivalry--turkey',
    ]);
    expect(m.has('turkey|turkey')).toBe(false);
  });

  it('accounts for every edge exactly once', () => {
    const g = graph();
    const m = edgesByPair(g);
    const flat = [...m.values()].flat();
    expect(flat.length).toBe(g.edges.length);
    expect(new Set(flat.map((e) => e.id)).size).toBe(g.edges.length);
    for (const [key, list] of m) for (const e of list) expect(`${e.from}|${e.to}`).toBe(key);
  });

  it('is empty for a graph without edges', () => {
    expect(edgesByPair(buildGraph(actors, [])).size).toBe(0);
  });
});
