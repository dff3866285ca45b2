/**
 * A content mistake stops `astro build` with exactly the message `npm run check` prints, and
 * nothing else: no Astro duplicate, no stack trace, no warning flood (integrations/content-check.ts
 * runs the check before Astro reads any content). The five mistakes contributors make most, each
 * with a valid fix and a suggestion where one exists.
 */
import { describe, expect, it } from 'vitest';
import { readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { copyProject, removeCopy, run } from './project-copy';

const root = resolve('.');

const edit = (dir: string, file: string, from: RegExp | string, to: string) => {
  const path = join(dir, 'src/content', file);
  const text = readFileSync(path, 'utf8');
  const next = text.replace(from, to);
  if (next === text) throw new Error(`test setup: ${file} does not contain ${from}`);
  writeFileSync(path, next);
};

/** The check's output and the build's, on one broken copy. */
function checkAndBuild(change: (dir: string) => void) {
  const dir = copyProject(change);
  try {
    const check = run(dir, ['scripts/check-content.mjs', '--quiet']);
    const build = run(dir, [join(root, 'node_modules/astro/bin/astro.mjs'), 'build']);
    return { check, build };
  } finally {
    removeCopy(dir);
  }
}

function expectSameMessage({ check, build }: ReturnType<typeof checkAndBuild>) {
  expect(check.status).toBe(1);
  expect(build.status).not.toBe(0);
  expect(build.output).toContain(check.stdout.trim());
  const lines = build.output.trim().split('\n');
  expect(lines.length, build.output).toBeLessThanOrEqual(15);
  expect(build.output).not.toMatch(/\bat \S+ \(|MODULE_LEVEL_DIRECTIVE|\[ERROR\] \[content\]|InvalidContentEntryDataError/);
}

describe.concurrent('a content mistake stops the build with the check\'s own message', () => {
  it('a typo in an id: the nearest id is suggested', () => {
    const r = checkAndBuild((d) => edit(d, 'relations/russia--military-support--syrian-government.yaml', /^to: .*$/m, 'to: syrian-govenment'));
    expectSameMessage(r);
    expect(r.check.stdout).toMatch(/relations\/russia--military-support--syrian-government\.yaml:\d+\n\s+field: to\n\s+problem: "syrian-govenment" is not the id of any entry in actors\n\s+fix: did you mean "syrian-government"\?/);
  });

  it('an unquoted 2019-7-1: the fix is a valid date', () => {
    const r = checkAndBuild((d) => edit(d, 'events/ground-offensive-begins.mdx', /^date: .*$/m, 'date: 2019-7-1'));
    expectSameMessage(r);
    expect(r.check.stdout).toContain('fix: write it with two-digit months and days: date: "2019-07-01"');
  });

  it('a missing required field', () => {
    const r = checkAndBuild((d) => edit(d, 'actors/hts.mdx', /^summary:.*\n/m, ''));
    expectSameMessage(r);
    expect(r.check.stdout).toMatch(/actors\/hts\.mdx:\d+\n\s+field: summary\n\s+problem: expected a one- or two-sentence summary/);
  });

  it('a relation from an actor to itself', () => {
    const r = checkAndBuild((d) => edit(d, 'relations/russia--military-support--syrian-government.yaml', /^to: .*$/m, 'to: russia'));
    expectSameMessage(r);
    expect(r.check.stdout).toContain('problem: the relation goes from "russia" to itself');
  });

  it('an unknown component: the one meant is suggested', () => {
    const r = checkAndBuild((d) => edit(d, 'actors/hts.mdx', /<Cite id="([^"]+)" \/>/, '<Source id="$1" />'));
    expectSameMessage(r);
    expect(r.check.stdout).toMatch(/field: <Source>\n\s+problem: <Source> is not one of the components content may use\n\s+fix: did you mean <Cite>\?/);
  });
});
