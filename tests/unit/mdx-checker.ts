/**
 * The MDX check for tests, as `npm run check` runs it: the worker in a child process
 * (scripts/check-content.ts childMdxChecker). Results are cached by file and text, so the corpus
 * tests ask the child once for every MDX file they use (warm) instead of once per fixture.
 */
import { fileURLToPath } from 'node:url';
import {
  childMdxChecker,
  type ContentFile,
  type MdxChecker,
  type MdxFileResult,
} from '../../scripts/check-content.ts';

type Result = MdxFileResult | { crashed: true; line?: number | undefined };
let child: MdxChecker | undefined;
const cache = new Map<string, Result>();
const key = (f: ContentFile) => `${f.file}\u0000${f.raw}`;

/** Checks `files` in one child run. */
export function warm(files: readonly ContentFile[]): void {
  child ??= childMdxChecker(
    fileURLToPath(new URL('../../scripts/mdx-worker.ts', import.meta.url)),
    fileURLToPath(new URL('../..', import.meta.url)),
  );
  checkMdx(files.filter((f) => f.file.endsWith('.mdx')));
}

export const checkMdx: MdxChecker = (files) => {
  if (!child) throw new Error('call warm() first (in beforeAll)');
  const misses = files.filter((f) => !cache.has(key(f)));
  if (misses.length) {
    // one file may appear with several texts (fixtures replace base files): one run per text
    const byFile = new Map<string, ContentFile[]>();
    for (const f of misses) byFile.set(f.file, [...(byFile.get(f.file) ?? []), f]);
    while (byFile.size) {
      const batch = [...byFile.values()].map((list) => list.shift()!);
      for (const [file, list] of [...byFile]) if (!list.length) byFile.delete(file);
      const results = child(batch);
      for (const f of batch) cache.set(key(f), results.get(f.file) ?? { problems: [], refs: [] });
    }
  }
  return new Map(files.map((f) => [f.file, cache.get(key(f))!]));
};
