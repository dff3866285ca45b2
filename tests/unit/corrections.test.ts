import { describe, expect, it } from 'vitest';
import { buildModel } from '../../src/lib/model';
import {
  correctedEntry,
  correctionFeedEntries,
  correctionLog,
  correctionNote,
} from '../../src/lib/corrections';
import { validDataset } from './fixtures';
import { en } from '../../src/lib/strings';

function model() {
  const ds = validDataset();
  ds.corrections.push({
    ...ds.corrections[0]!,
    id: '2019-08-02-hts',
    data: {
      date: '2019-08-02',
      entries: ['actors/hts', 'article/report', 'sources/reuters-2019-07-10', 'events/nfl-formed'],
      wrong: 'Old.',
      right: 'New.',
      sources: ['reuters-2019-07-10'],
    },
  });
  return buildModel(ds);
}

describe('the corrections log', () => {
  it('lists corrections newest first, with each corrected entry named and linked', () => {
    const log = correctionLog(model(), en);
    expect(log.map((c) => c.id)).toEqual(['2019-08-02-hts', '2019-07-20-missiles']);
    expect(log[0]!.entries).toEqual([
      { key: 'actors/hts', label: 'Hayat Tahrir al-Sham', path: 'actors/hts/' },
      { key: 'article/report', label: 'The report page', path: 'report/' },
      {
        key: 'sources/reuters-2019-07-10',
        label: 'Reuters: Assad hits a wall',
        path: 'sources/#reuters-2019-07-10',
      },
      { key: 'events/nfl-formed', label: 'NFL formed', path: 'events/nfl-formed/' },
    ]);
    expect(log[1]!.entries[0]).toEqual({
      key: 'relations/turkey--arms-supply--nfl',
      label: 'Turkey supplies arms to National Front for Liberation',
      path: 'relations/turkey--arms-supply--nfl/',
    });
  });

  it('gives a corrected page its latest date and links; nothing for a page never corrected', () => {
    const m = model();
    expect(correctionNote(m, 'actors/hts')).toEqual({
      date: '2019-08-02',
      ids: ['2019-08-02-hts'],
    });
    expect(correctionNote(m, 'actors/turkey')).toBeUndefined();
    expect(correctedEntry(m, 'actors/nobody', en)).toBeUndefined();
  });

  it('feeds one Atom entry per correction, dated by its own day', () => {
    const entries = correctionFeedEntries(model(), (p) => `https://x.org/${p}`, en);
    expect(entries[0]).toMatchObject({
      url: 'https://x.org/corrections/#correction-2019-08-02-hts',
      updated: '2019-08-02',
      summary: 'Was: Old. Now: New.',
    });
    expect(entries[0]!.title).toMatch(/^2 August 2019: Hayat Tahrir al-Sham; The report page/);
    expect(entries[1]!.categories).toEqual([
      {
        term: 'relations/turkey--arms-supply--nfl',
        label: 'Turkey supplies arms to National Front for Liberation',
      },
    ]);
  });
});
