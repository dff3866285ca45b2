/**
 * The hostile corpus: content files written to run code in readers' pages, on the build machine,
 * or to send readers elsewhere (tests/content/hostile/, plus a few generated here because they
 * are huge or deeply nested). Every one must be refused by the content check, on its own file,
 * with a line and the expected message; tests/build/bad-content.test.ts builds them all and sees the
 * build refuse them with the same message.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { join, resolve } from 'node:path';
import {
  checkContent,
  main,
  readContentFiles,
  type ContentFile,
} from '../../scripts/check-content.ts';
import { checkMdx, warm } from './mdx-checker';
import { hostileCorpus, type Hostile } from '../content/hostile-corpus';

const fixtures = resolve('tests/content');

const base = (): ContentFile[] =>
  readContentFiles(join(fixtures, 'base'), join(fixtures, 'base')).map((f) => ({
    file: `src/content/${f.file}`,
    raw: f.raw,
  }));
const treeWith = (h: Hostile): ContentFile[] => [
  ...base().filter((f) => f.file !== h.as),
  { file: h.as, raw: h.raw },
];
const corpus = hostileCorpus();

beforeAll(() => {
  warm(corpus.flatMap(treeWith));
}, 240_000);

describe('the hostile corpus', () => {
  it('has at least 60 cases, each with a rule and an expected message', () => {
    expect(corpus.length).toBeGreaterThanOrEqual(60);
    for (const h of corpus) expect(h.expect, h.name).toBeTruthy();
  });

  it.each(corpus.map((h) => [h.name, h] as const))(
    '%s is refused with its file, line and message',
    (_, h) => {
      const { errors } = checkContent(treeWith(h), { checkMdx });
      const match = errors.find(
        (p) => p.file === h.as && `${p.message}\n${p.fix}`.includes(h.expect),
      );
      expect(
        match,
        `expected "${h.expect}" on ${h.as}, got:\n${JSON.stringify(errors, null, 2)}`,
      ).toBeDefined();
      if (!h.name.includes('zero-width-id'))
        expect(match!.line, JSON.stringify(match)).toBe(h.line);
    },
  );

  it('prints no line a CI runner would read as a command, whatever the content holds', async () => {
    const lines: string[] = [];
    const files = corpus
      .filter((h) => !h.name.startsWith('gen-'))
      .flatMap((h, i) => treeWith({ ...h, as: h.as.replace(/\/([^/]+)$/, `/h${i}-$1`) }));
    const tree = [...new Map(files.map((f) => [f.file, f])).values()];
    const code = await main([], {
      checkMdx,
      env: {},
      log: (s) => lines.push(...s.split('\n')),
      files: tree,
    });
    expect(code).toBe(1);
    expect(lines.filter((l) => l.startsWith('::'))).toEqual([]);
  });
});
