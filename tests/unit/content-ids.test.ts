import { describe, expect, it } from 'vitest';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { idFromFile, uniqueIds } from '../../src/lib/content-ids';

describe('content ids', () => {
  it('are file names without their extension', () => {
    expect(idFromFile('hts.mdx')).toBe('hts');
    expect(idFromFile('turkey--arms-supply--nfl.yaml')).toBe('turkey--arms-supply--nfl');
  });
  it('refuse a second file that gives the same id', () => {
    const dir = mkdtempSync(join(tmpdir(), 'ids-'));
    writeFileSync(join(dir, 'hts.mdx'), '');
    const gen = uniqueIds('actors', dir);
    expect(gen({ entry: 'hts.mdx' })).toBe('hts');
    expect(gen({ entry: 'hts.mdx' })).toBe('hts');
    expect(() => gen({ entry: 'HTS.mdx' })).toThrow(
      /Duplicate id in actors: .*HTS\.mdx and .*hts\.mdx both give the id "hts"/,
    );
  });
});
