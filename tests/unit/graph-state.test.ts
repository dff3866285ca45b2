import { describe, expect, it } from 'vitest';
import { parseState, serializeState, VIEWS, type GraphState } from '../../src/lib/graph-state';
import { NONE, type Choice } from '../../src/lib/graph';
import { RELATION_TYPES, GRADES, type RelationType, type Grade } from '../../src/lib/vocabulary';

const DEFAULT: GraphState = {
  view: 'network',
  types: [],
  grades: [],
  focus: undefined,
  asOf: undefined,
};

/** A state as parseState would give it: lists present (possibly empty), in the canonical (sorted) order. */
function state(partial: Partial<GraphState>): GraphState {
  const sorted = <T extends string>(c: Choice<T>): Choice<T> =>
    c === NONE ? c : [...(c ?? [])].sort();
  return { ...DEFAULT, ...partial, types: sorted(partial.types), grades: sorted(partial.grades) };
}

const actorIds = new Set(['hts', 'nfl', 'turkey', 'al-qaeda', 'syria']);

describe('showing people', () => {
  it('reads and writes people=1, and leaves it out by default', () => {
    expect(parseState('?people=1').people).toBe(true);
    expect(parseState('?people=0').people).toBeUndefined();
    expect(serializeState({ view: 'network', people: true })).toBe('?people=1');
    expect(serializeState({ view: 'network', people: false })).toBe('');
  });
});

describe('parseState', () => {
  it('gives the default state for an empty query, with or without "?"', () => {
    expect(parseState('')).toEqual(DEFAULT);
    expect(parseState('?')).toEqual(DEFAULT);
    expect(parseState('', actorIds)).toEqual(DEFAULT);
  });

  it('reads every field', () => {
    expect(
      parseState(
        '?view=matrix&type=arms-supply,funding&grade=confirmed&focus=hts&asof=2016',
        actorIds,
      ),
    ).toEqual({
      view: 'matrix',
      types: ['arms-supply', 'funding'],
      grades: ['confirmed'],
      focus: 'hts',
      asOf: '2016',
    });
    expect(parseState('view=table&grade=alleged,disputed&asof=2019-04-30')).toEqual({
      view: 'table',
      types: [],
      grades: ['alleged', 'disputed'],
      focus: undefined,
      asOf: '2019-04-30',
    });
  });

  it('accepts every known view, type and grade', () => {
    for (const view of VIEWS) expect(parseState(`?view=${view}`).view).toBe(view);
    expect(parseState(`?type=${RELATION_TYPES.join(',')}`).types).toEqual([...RELATION_TYPES]);
    expect(parseState(`?grade=${GRADES.join(',')}`).grades).toEqual([...GRADES]);
  });

  it('falls back to the network view for an unknown or empty view', () => {
    expect(parseState('?view=globe').view).toBe('network');
    expect(parseState('?view=').view).toBe('network');
    expect(parseState('?view=Matrix').view).toBe('network');
  });

  it('drops unknown relation types and grades, keeping the known ones', () => {
    expect(parseState('?type=funding,bribery,,ARMS-SUPPLY,arms-supply').types).toEqual([
      'funding',
      'arms-supply',
    ]);
    expect(parseState('?type=bribery').types).toEqual([]);
    expect(parseState('?grade=confirmed,rumoured,denied').grades).toEqual(['confirmed', 'denied']);
    expect(parseState('?grade=').grades).toEqual([]);
    // A grade is not a type, and a type is not a grade.
    expect(parseState('?type=confirmed&grade=funding')).toEqual(DEFAULT);
  });

  it('writes an unticked choice as "__none__", which reads back as the default', () => {
    expect(serializeState({ view: 'network', types: NONE, grades: ['denied'] })).toBe(
      '?type=__none__&grade=denied',
    );
    expect(parseState('?type=__none__').types).toEqual([]);
  });

  it('still reads links made when the grade was called "status"', () => {
    expect(parseState('?status=alleged,denied').grades).toEqual(['alleged', 'denied']);
    expect(parseState('?grade=confirmed&status=denied').grades).toEqual(['confirmed']);
    expect(serializeState(parseState('?status=alleged'))).toBe('?grade=alleged');
  });

  it('reads lists whose commas were percent-encoded', () => {
    expect(parseState('?type=arms-supply%2Cfunding').types).toEqual(['arms-supply', 'funding']);
  });

  it('keeps valid partial dates and drops malformed ones', () => {
    for (const ok of ['2016', '2019-04', '2019-04-30', '2020-02-29'])
      expect(parseState(`?asof=${ok}`).asOf).toBe(ok);
    for (const bad of [
      '',
      '2019-13',
      '2019-02-30',
      '2019-4',
      '30-04-2019',
      'yesterday',
      '1850',
      '2019/2020',
    ]) {
      expect(parseState(`?asof=${encodeURIComponent(bad)}`).asOf, bad).toBeUndefined();
    }
  });

  it('keeps a focus on a known actor and drops one on an unknown actor', () => {
    expect(parseState('?focus=hts', actorIds).focus).toBe('hts');
    expect(parseState('?focus=al-qaeda', actorIds).focus).toBe('al-qaeda');
    expect(parseState('?focus=isis', actorIds).focus).toBeUndefined();
    expect(parseState('?focus=HTS', actorIds).focus).toBeUndefined();
    expect(parseState('?focus=', actorIds).focus).toBeUndefined();
    expect(parseState('?focus=hts', new Set()).focus).toBeUndefined();
  });

  it('keeps any non-empty focus when no actor set is given', () => {
    expect(parseState('?focus=isis').focus).toBe('isis');
    expect(parseState('?focus=').focus).toBeUndefined();
  });

  it('drops only the bad fields, leaving the good ones', () => {
    expect(
      parseState('?view=globe&type=funding,x&grade=y&focus=isis&asof=2019-02-30', actorIds),
    ).toEqual(state({ types: ['funding'] }));
    expect(parseState('?view=table&focus=nfl&asof=nope&utm_source=x', actorIds)).toEqual(
      state({ view: 'table', focus: 'nfl' }),
    );
  });

  it('takes the first of repeated parameters', () => {
    expect(parseState('?view=matrix&view=table').view).toBe('matrix');
    expect(parseState('?focus=hts&focus=nfl', actorIds).focus).toBe('hts');
  });
});

describe('serializeState', () => {
  it('gives "" for the default state, however the defaults are spelt', () => {
    expect(serializeState(DEFAULT)).toBe('');
    expect(serializeState({ view: 'network' })).toBe('');
    expect(serializeState({ view: 'network', types: [], grades: [], focus: '', asOf: '' })).toBe(
      '',
    );
  });

  it('leaves defaults out and writes the rest with "?"', () => {
    expect(serializeState(state({ view: 'matrix' }))).toBe('?view=matrix');
    expect(serializeState(state({ focus: 'hts' }))).toBe('?focus=hts');
    expect(serializeState(state({ asOf: '2016' }))).toBe('?asof=2016');
    expect(serializeState(state({ grades: ['confirmed'] }))).toBe('?grade=confirmed');
  });

  it('writes every field in a fixed order, with plain commas and sorted lists', () => {
    expect(
      serializeState({
        view: 'matrix',
        types: ['funding', 'arms-supply'],
        grades: ['reported', 'confirmed'],
        focus: 'hts',
        asOf: '2016',
      }),
    ).toBe('?view=matrix&type=arms-supply,funding&grade=confirmed,reported&focus=hts&asof=2016');
  });

  it("does not sort the caller's arrays in place", () => {
    const types: RelationType[] = ['funding', 'arms-supply'];
    const grades: Grade[] = ['reported', 'confirmed'];
    serializeState({ view: 'network', types, grades });
    expect(types).toEqual(['funding', 'arms-supply']);
    expect(grades).toEqual(['reported', 'confirmed']);
  });

  it('gives the same string whatever order the lists are in', () => {
    const a = serializeState(state({ types: ['rivalry', 'funding', 'affiliation'] }));
    const b = serializeState({ view: 'network', types: ['affiliation', 'rivalry', 'funding'] });
    expect(a).toBe(b);
  });
});

describe('round trips', () => {
  const states: GraphState[] = [
    DEFAULT,
    state({ view: 'matrix' }),
    state({ view: 'table' }),
    state({ types: ['funding'] }),
    state({ types: [...RELATION_TYPES] }),
    state({ grades: [...GRADES] }),
    state({ grades: ['alleged', 'denied'] }),
    state({ focus: 'hts' }),
    state({ focus: 'al-qaeda', view: 'table' }),
    state({ asOf: '2016' }),
    state({ asOf: '2019-04' }),
    state({ asOf: '2019-04-30' }),
    state({
      view: 'matrix',
      types: ['arms-supply', 'funding'],
      grades: ['confirmed'],
      focus: 'hts',
      asOf: '2016',
    }),
    state({
      view: 'table',
      types: ['armed-conflict', 'rivalry', 'designation'],
      grades: ['disputed', 'reported'],
      focus: 'nfl',
      asOf: '2017-09',
    }),
    ...VIEWS.flatMap((view) =>
      RELATION_TYPES.map((t, i) =>
        state({
          view,
          types: [t, RELATION_TYPES[(i + 5) % RELATION_TYPES.length]!],
          grades: [GRADES[i % GRADES.length]!],
          focus: [...actorIds][i % actorIds.size],
          asOf:
            i % 3 === 0
              ? `20${10 + i}`
              : i % 3 === 1
                ? `2019-${String((i % 12) + 1).padStart(2, '0')}`
                : undefined,
        }),
      ),
    ),
  ];

  it('parse(serialize(s)) gives s back', () => {
    expect(states.length).toBeGreaterThan(40);
    for (const s of states) {
      const text = serializeState(s);
      expect(parseState(text, actorIds), text).toEqual(s);
      expect(parseState(text), text).toEqual(s);
    }
  });

  it('equal states serialize alike, different states differently', () => {
    const texts = states.map(serializeState);
    const unique = new Map<string, GraphState>();
    states.forEach((s, i) => {
      const prior = unique.get(texts[i]!);
      if (prior) expect(prior).toEqual(s);
      else unique.set(texts[i]!, s);
    });
  });

  const queries = [
    '',
    '?',
    '?view=matrix',
    '?view=matrix&type=arms-supply,funding&grade=confirmed&focus=hts&asof=2016',
    '?asof=2016&focus=hts&grade=confirmed&type=funding,arms-supply&view=matrix',
    '?type=funding,bribery,arms-supply&grade=rumoured&view=globe',
    '?focus=isis&asof=2019-02-30',
    '?type=arms-supply%2Cfunding&asof=2019-04',
    'view=table&grade=denied,alleged&focus=syria',
    '?utm_source=newsletter&view=network&type=&grade=',
    '?type=funding,funding',
  ];

  it('serialize(parse(x)) is stable: a second pass changes nothing', () => {
    for (const q of queries) {
      const once = serializeState(parseState(q, actorIds));
      expect(serializeState(parseState(once, actorIds)), q).toBe(once);
    }
  });

  it('serialize(parse(x)) gives the canonical form', () => {
    const canon = (q: string) => serializeState(parseState(q, actorIds));
    expect(canon('')).toBe('');
    expect(canon('?view=network')).toBe('');
    expect(canon('?asof=2016&focus=hts&grade=confirmed&type=funding,arms-supply&view=matrix')).toBe(
      '?view=matrix&type=arms-supply,funding&grade=confirmed&focus=hts&asof=2016',
    );
    expect(canon('?type=funding,bribery,arms-supply&grade=rumoured&view=globe')).toBe(
      '?type=arms-supply,funding',
    );
    expect(canon('?focus=isis&asof=2019-02-30')).toBe('');
    expect(canon('?type=arms-supply%2Cfunding')).toBe('?type=arms-supply,funding');
    expect(canon('?utm_source=newsletter&view=network&type=&grade=')).toBe('');
  });
});
