import { describe, expect, it } from 'vitest';
import { validateDataset, formatProblems, lineOf } from '../../src/lib/validate';
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
    const [p, ...rest] = problemsAfter((ds) => { ds.relations[0]!.data.to = 'nfl-typo'; });
    expect(rest).toEqual([]);
    expect(p).toMatchObject({ file: 'src/content/relations/turkey--arms-supply--nfl.yaml', field: 'to' });
    expect(p!.message).toContain('"nfl-typo" is not the id of any entry in actors');
    expect(p!.fix).toContain('src/content/actors/');
  });

  it('checks references to sources, events and relations in every collection', () => {
    const problems = problemsAfter((ds) => {
      ds.actors[0]!.data.sources = ['nowhere'];
      ds.events[0]!.data.participants[0]!.actor = 'ghost';
      ds.article[0]!.data.claims[0]!.relations = ['no-such-relation'];
    });
    expect(problems.map((p) => p.field).sort()).toEqual(['claims[0].relations[0]', 'participants[0].actor', 'sources[0]']);
  });

  it('refuses a relation from an actor to itself', () => {
    const problems = problemsAfter((ds) => { ds.relations[0]!.data.to = 'turkey'; });
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
      ds.relations.push({ ...ds.relations[0]!, id: 'turkey--arms-supply--nfl-2', file: 'src/content/relations/turkey--arms-supply--nfl-2.yaml' });
    });
    expect(problems).toHaveLength(1);
    expect(problems[0]!.message).toMatch(/duplicates relation "turkey--arms-supply--nfl"/);
  });

  it('refuses lineage that loops back', () => {
    const problems = problemsAfter((ds) => {
      const r = ds.relations[1]!;
      ds.relations.push({ ...r, id: 'al-qaeda--successor-of--hts', data: { ...r.data, from: 'al-qaeda', to: 'hts', type: 'successor-of' } });
    });
    expect(problems).toHaveLength(1);
    expect(problems[0]!.message).toMatch(/loops back/);
  });

  it('refuses an alias used by two actors, whatever its case', () => {
    const problems = problemsAfter((ds) => { ds.actors[0]!.data.aliases.push('nusra front'); });
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ file: "src/content/actors/hts.mdx", message: expect.stringMatching(/"nusra front" is used by actor "turkey" too/) });
  });

  it('requires a claimant for alleged relations', () => {
    const problems = problemsAfter((ds) => { delete ds.relations[0]!.data.claimant; });
    expect(problems[0]!.field).toBe('claimant');
  });

  it('requires a URL or publication details for a source', () => {
    const problems = problemsAfter((ds) => { delete ds.sources[0]!.data.details; });
    expect(problems[0]!.message).toMatch(/neither a URL nor publication details/);
  });

  it('checks ids used by components in MDX bodies, with the line', () => {
    const problems = problemsAfter((ds) => {
      const e = ds.actors[2]!;
      e.raw = e.raw.replace('<Actor id="turkey">', '<Actor id="turkiye">');
    });
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ field: '<Actor id>', line: lineOf(validDataset().actors[2]!.raw, '<Actor') });
  });

  it('refuses ids that are not lower-case slugs', () => {
    const problems = problemsAfter((ds) => { ds.events[0]!.id = 'NFL_Formed'; });
    expect(problems[0]!.field).toBe('id');
  });

  it('formats problems as file:line, field, problem, fix', () => {
    const text = formatProblems([{ file: 'a.yaml', line: 3, field: 'to', message: 'bad', fix: 'mend it' }]);
    expect(text).toBe('a.yaml:3\n  field: to\n  problem: bad\n  fix: mend it');
  });
});
