import { describe, expect, it } from 'vitest';
import { buildModel, UnknownEntryError } from '../../src/lib/model';
import {
  actorView,
  afterReport,
  entryParams,
  eventView,
  formerNamePeriod,
  networkBounds,
  relationView,
  timelineView,
} from '../../src/lib/views';
import { otherNames } from '../../src/lib/dataset';
import { strings } from '../../src/lib/strings';
import type { Dataset } from '../../src/lib/dataset';
import { validDataset } from './fixtures';

/** The fixture with a second event after the report and one before it, and a leader. */
function dataset(): Dataset {
  const ds = validDataset();
  const [nfl] = ds.events;
  const event = (id: string, date: string, actor: string, role: string) => ({
    ...nfl!,
    id,
    file: `src/content/events/${id}.mdx`,
    data: { ...nfl!.data, title: id, date, participants: [{ actor, role }] },
  });
  ds.events.push(
    event('after-it', '2019-08', 'turkey', 'patron'),
    event('same-month', '2019-07', 'hts', 'target'),
  );
  const turkey = ds.actors.find((a) => a.id === 'turkey')!;
  turkey.data = { ...turkey.data, leaders: ['hts'] };
  return ds;
}

describe('the views pages render', () => {
  const model = buildModel(dataset());

  it('an actor: its relations each way, lineage, leaders, former names in words, events with roles', () => {
    const v = actorView(model, 'hts');
    expect(v.out.map((r) => r.id)).toEqual(['hts--splinter-of--al-qaeda']);
    expect(v.into).toEqual([]);
    expect(v.lineage.map((r) => r.id)).toEqual(['hts--splinter-of--al-qaeda']);
    expect(v.formerNames).toEqual([{ name: 'Nusra Front', period: 'until 28 July 2016' }]);
    expect(v.events.map((e) => [e.event.id, e.roles])).toEqual([['same-month', ['target']]]);
    expect(v.hasDiagram).toBe(true);
    expect(actorView(model, 'turkey').leaders.map((l) => l.id)).toEqual(['hts']);
    expect(actorView(model, 'turkey').lineage).toEqual([]);
    expect(() => actorView(model, 'nobody')).toThrow(UnknownEntryError);
  });

  it("former names in the edition's words, and none when the sources give no dates", () => {
    expect(formerNamePeriod({ name: 'X', from: '2016-07', until: '2017' })).toBe(
      'from July 2016 until 2017',
    );
    expect(formerNamePeriod({ name: 'X' })).toBeUndefined();
    expect(formerNamePeriod({ name: 'X', until: '2016' }, strings('ar'))).not.toMatch(/until/);
  });

  it('other names without repeats or the name itself', () => {
    expect(
      otherNames({
        name: 'HTS',
        shortName: 'HTS',
        aliases: ['Tahrir al-Sham', 'Tahrir al-Sham'],
        formerNames: [{ name: 'Nusra' }],
      }),
    ).toEqual(['Tahrir al-Sham', 'Nusra']);
  });

  it('a relation: both ends, the actor who claims it, and the other relations of the pair either way round', () => {
    const ds = dataset();
    const [arms] = ds.relations;
    ds.relations.push({
      ...arms!,
      id: 'nfl--coordination--turkey',
      data: {
        ...arms!.data,
        from: 'nfl',
        to: 'turkey',
        type: 'coordination',
        claimant: undefined,
        claimantActor: 'hts',
      },
    });
    const m = buildModel(ds);
    const v = relationView(m, 'turkey--arms-supply--nfl');
    expect([v.from.id, v.to.id]).toEqual(['turkey', 'nfl']);
    expect(v.samePair.map((r) => r.id)).toEqual(['nfl--coordination--turkey']);
    expect(relationView(m, 'nfl--coordination--turkey').claimantActor?.id).toBe('hts');
    expect(v.claimantActor).toBeUndefined();
    expect(relationView(m, 'hts--splinter-of--al-qaeda').samePair).toEqual([]);
  });

  it('after the report: only an event that surely began after the day it was published', () => {
    expect(afterReport(model, 'after-it')).toBe(true);
    // July 2019 may have begun before 12 July: not "after"
    expect(afterReport(model, 'same-month')).toBe(false);
    expect(afterReport(model, 'nfl-formed')).toBe(false);
    expect(() => afterReport(model, 'nothing')).toThrow(UnknownEntryError);
  });

  it("the timeline: items in date order with their participants, and the filter's actors by name", () => {
    const v = timelineView(model);
    expect(v.items.map((i) => [i.event.id, i.after])).toEqual([
      ['nfl-formed', false],
      ['same-month', false],
      ['after-it', true],
    ]);
    expect(v.items[1]!.participants.map((p) => [p.actor.id, p.role])).toEqual([['hts', 'target']]);
    expect(v.participants.map((a) => a.data.name)).toEqual([
      'Hayat Tahrir al-Sham',
      'National Front for Liberation',
      'Turkey',
    ]);
  });

  it('an event: neighbours in the timeline, its place, whether it came after', () => {
    const v = eventView(model, 'same-month');
    expect([v.previous?.id, v.next?.id, v.after]).toEqual(['nfl-formed', 'after-it', false]);
    expect(eventView(model, 'nfl-formed').previous).toBeUndefined();
    expect(eventView(model, 'after-it').next).toBeUndefined();
    expect(v.participants.map((p) => p.actor.id)).toEqual(['hts']);
  });

  it('the month control runs from January of the first year named to December of the last', () => {
    const edge = (periods: { from: string; to: string }[]) => ({ periods });
    expect(
      networkBounds({
        edges: [
          edge([{ from: '2016-07-28', to: 'ongoing' }]),
          edge([{ from: '2019-05', to: '2020' }]),
        ] as never,
      }),
    ).toEqual({ firstMonth: '2016-01', lastMonth: '2020-12' });
    expect(() =>
      networkBounds({ edges: [edge([{ from: 'unknown', to: 'ongoing' }])] as never }),
    ).toThrow(/no dated relation/);
  });

  it('route parameters come from the model', () => {
    expect(
      entryParams(model.relations)
        .map((p) => p.params.id)
        .sort(),
    ).toEqual(['hts--splinter-of--al-qaeda', 'turkey--arms-supply--nfl']);
  });
});
