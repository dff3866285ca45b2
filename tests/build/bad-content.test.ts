/**
 * One failure class, one build: content the check refuses stops `astro build` with exactly the
 * message `npm run check` prints, and nothing else (no Astro duplicate, no stack trace, no warning
 * flood: integrations/content-check.ts runs the check before Astro reads any content). One copy of
 * the project on the fixture content carries the five mistakes contributors make most and the
 * whole hostile corpus; each message itself is the content fixtures' to prove (tests/content/bad,
 * tests/unit/hostile-content.test.ts), so this build proves the wiring, once.
 */
import { describe, expect, it } from 'vitest';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { hostileCorpus } from '../content/hostile-corpus';
import { useFixtureContent } from '../fixtures/site-build';
import { copyProject, removeCopy, run } from './project-copy';

const root = resolve('.');

const edit = (dir: string, file: string, from: RegExp | string, to: string) => {
  const path = join(dir, 'src/content', file);
  const text = readFileSync(path, 'utf8');
  const next = text.replace(from, to);
  if (next === text) throw new Error(`test setup: ${file} does not contain ${from}`);
  writeFileSync(path, next);
};

describe("content the check refuses stops the build with the check's own message", () => {
  it('the five common mistakes and the hostile corpus, in one build', () => {
    const corpus = hostileCorpus().filter((h) => !h.name.startsWith('gen-5-mb'));
    const dir = copyProject((d) => {
      useFixtureContent(d);
      edit(
        d,
        'relations/russia--military-support--syrian-government.yaml',
        /^to: .*$/m,
        'to: syrian-govenment',
      );
      edit(d, 'events/ground-offensive-begins.mdx', /^date: .*$/m, 'date: 2019-7-1');
      edit(d, 'actors/hts.mdx', /^summary:.*\n/m, '');
      edit(d, 'actors/hts.mdx', /<Cite id="([^"]+)" \/>/, '<Source id="$1" />');
      edit(
        d,
        'relations/turkey--military-support--national-front-for-liberation.yaml',
        /^to: .*$/m,
        'to: turkey',
      );
      corpus.forEach((h, i) => {
        // each under its own name, so they can stand side by side
        const path = join(d, h.as.replace(/\/([^/]+)$/, `/hostile-${i}-$1`));
        mkdirSync(dirname(path), { recursive: true });
        writeFileSync(path, h.raw);
      });
    });
    try {
      const check = run(dir, ['scripts/check.ts', '--quiet']);
      const build = run(dir, [join(root, 'node_modules/astro/bin/astro.mjs'), 'build']);
      expect(check.status).toBe(1);
      expect(build.status).not.toBe(0);
      // The check's message, whole, and little else: no stack trace, no Astro error, no warnings.
      expect(build.output).toContain(check.stdout.trim());
      const rest = build.output
        .replace(check.stdout.trim(), '')
        .trim()
        .split('\n')
        .filter((l) => l.trim());
      expect(rest.length, rest.join('\n')).toBeLessThanOrEqual(5);
      expect(build.output).not.toMatch(
        /\bat \S+ \(|MODULE_LEVEL_DIRECTIVE|\[ERROR\] \[content\]|InvalidContentEntryDataError/,
      );
      expect(build.output).not.toMatch(/\[build\] Building static entrypoints/); // stopped before Astro rendered anything
      // Each mistake, with its fix.
      expect(check.stdout).toMatch(
        /relations\/russia--military-support--syrian-government\.yaml:\d+\n\s+field: to\n\s+problem: "syrian-govenment" is not the id of any entry in actors\n\s+fix: did you mean "syrian-government"\?/,
      );
      expect(check.stdout).toContain(
        'fix: write it with two-digit months and days: date: "2019-07-01"',
      );
      expect(check.stdout).toMatch(
        /actors\/hts\.mdx:\d+\n\s+field: summary\n\s+problem: expected a one- or two-sentence summary/,
      );
      expect(check.stdout).toMatch(
        /field: <Source>\n\s+problem: <Source> is not one of the components content may use\n\s+fix: did you mean <Cite>\?/,
      );
      expect(check.stdout).toContain('problem: the relation goes from "turkey" to itself');
      for (let i = 0; i < corpus.length; i++)
        expect(check.stdout, corpus[i]!.name).toContain(`/hostile-${i}-`);
    } finally {
      removeCopy(dir);
    }
  });
});
