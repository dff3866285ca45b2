/**
 * The real content, read straight from src/content: every source says whether we read it, most of
 * them were read, and no relation graded confirmed rests only on sources we have not read (or on
 * sources that cannot confirm: analyses, retellings). The build refuses a breach too (validate.ts);
 * this test keeps the promise visible and adds the share of sources read.
 */
import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { makeSchemas, slugRef } from '../../src/lib/schemas';
import { contentStats } from '../../src/lib/stats';
import { confirmingSources } from '../../src/lib/validate';
import type { Entry, Relation, Source } from '../../src/lib/dataset';

const s = makeSchemas(slugRef);

function load<T>(collection: string, schema: { parse: (v: unknown) => unknown }): Entry<T>[] {
  const dir = join('src/content', collection);
  return readdirSync(dir)
    .filter((f) => f.endsWith('.yaml'))
    .sort()
    .map((f) => {
      const raw = readFileSync(join(dir, f), 'utf8');
      return {
        id: f.replace(/\.yaml$/, ''),
        file: join(dir, f),
        raw,
        data: schema.parse(parse(raw)) as T,
      };
    });
}

const sources = load<Source>('sources', s.source);
const relations = load<Relation>('relations', s.relation);
const stats = contentStats(sources, relations);

describe('the real content: sources we read', () => {
  it('has at least 80% of its sources marked read: true', () => {
    expect(stats.sources.total).toBeGreaterThan(0);
    expect(stats.sources.read / stats.sources.total).toBeGreaterThanOrEqual(0.8);
  });

  it('says of every unread source what is known of it', () => {
    for (const src of sources.filter((x) => !x.data.read))
      expect(src.data.details?.trim(), src.id).toBeTruthy();
  });

  it('has no relation graded above reported that rests only on unread sources', () => {
    expect(stats.onlyUnreadConfirmed).toEqual([]);
  });

  it("grounds every confirmed relation in a read primary statement, agency report or monitor's record", () => {
    const byId = new Map(sources.map((x) => [x.id, x] as const));
    const weak = relations
      .filter((r) => r.data.grade === 'confirmed' && confirmingSources(r.data, byId).length === 0)
      .map((r) => r.id);
    expect(weak).toEqual([]);
  });

  it('names the outlet and never leaves a placeholder publisher', () => {
    for (const src of sources)
      expect(src.data.publisher, src.id).not.toMatch(/various|news outlets|US news website/i);
    expect(sources.find((x) => x.id === 'breitbart-2019-07-12')?.data).toMatchObject({
      publisher: 'Breitbart News',
      read: true,
    });
  });
});

describe('contentStats', () => {
  it('counts reads, grades and relations resting only on unread sources', () => {
    const src = (id: string, read: boolean): Entry<Source> => ({
      id,
      file: '',
      raw: '',
      data: {
        title: 't',
        publisher: 'p',
        authors: [],
        date: '2019',
        kind: 'news',
        read,
        details: 'd',
        language: 'en',
      },
    });
    const rel = (id: string, grade: Relation['grade'], ids: string[]): Entry<Relation> => ({
      id,
      file: '',
      raw: '',
      data: {
        from: 'a',
        to: 'b',
        type: 'rivalry',
        periods: [{ from: '2019', to: 'unknown' }],
        grade,
        note: 'n',
        sources: ids,
      },
    });
    const st = contentStats(
      [src('x', true), src('y', false), src('z', false)],
      [
        rel('r1', 'confirmed', ['y', 'z']),
        rel('r2', 'reported', ['x', 'y']),
        rel('r3', 'alleged', ['z']),
      ],
    );
    expect(st.sources).toEqual({ total: 3, read: 1, unread: 2 });
    expect(st.relationsByGrade).toEqual({
      confirmed: 1,
      reported: 1,
      alleged: 1,
      disputed: 0,
      denied: 0,
    });
    expect(st.onlyUnread).toEqual(['r1', 'r3']);
    expect(st.onlyUnreadConfirmed).toEqual(['r1']);
  });
});
