/**
 * Broken content must stop `astro build` with the file, the field, what was expected and a fix.
 * Each case copies the project's sources to a temporary folder, breaks one file and builds it.
 */
import { describe, expect, it } from 'vitest';
import { cpSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildCopy } from './project-copy';

function buildWith(change: (dir: string) => void): { status: number | null; output: string } {
  const built = buildCopy(change);
  built.cleanup();
  return built;
}

const edit = (dir: string, file: string, from: RegExp | string, to: string) => {
  const path = join(dir, 'src/content', file);
  const text = readFileSync(path, 'utf8');
  const next = text.replace(from, to);
  if (next === text) throw new Error(`test setup: ${file} does not contain ${from}`);
  writeFileSync(path, next);
};

describe.concurrent('a broken content file stops the build', () => {
  it('missing required field', () => {
    const { status, output } = buildWith((d) => edit(d, 'actors/hts.mdx', /^summary:.*\n/m, ''));
    expect(status).not.toBe(0);
    expect(output).toMatch(/actors → hts data does not match collection schema/);
    expect(output).toMatch(/summary\*?\*?: expected a one- or two-sentence summary/);
    expect(output).toContain('src/content/actors/hts.mdx');
  });

  it('impossible date', () => {
    const { status, output } = buildWith((d) => edit(d, 'events/sochi-memorandum.mdx', /^date: .*$/m, 'date: "2018-09-31"'));
    expect(status).not.toBe(0);
    expect(output).toContain('src/content/events/sochi-memorandum.mdx');
    expect(output).toMatch(/date\*?\*?: "2018-09-31" has day 31, but that month has 30 days; expected a date as YYYY/);
  });

  it('reference to an id that does not exist', () => {
    const { status, output } = buildWith((d) =>
      edit(d, 'relations/russia--military-support--syrian-government.yaml', /^to: .*$/m, 'to: syrian-govt'));
    expect(status).not.toBe(0);
    expect(output).toMatch(/src\/content\/relations\/russia--military-support--syrian-government\.yaml:\d+\n\s+field: to\n\s+problem: "syrian-govt" is not the id of any entry in actors\n\s+fix: use an existing id/);
  });

  it('two files with one id', () => {
    const { status, output } = buildWith((d) => cpSync(join(d, 'src/content/actors/hts.mdx'), join(d, 'src/content/actors/HTS.mdx')));
    expect(status).not.toBe(0);
    expect(output).toMatch(/Duplicate id in actors: src\/content\/actors\/\w+\.mdx and src\/content\/actors\/\w+\.mdx both give the id "hts"/);
    expect(output).toMatch(/fix: merge the two files/);
  });
});
