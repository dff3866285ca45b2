/**
 * The MDX check run beside the rest of the content check (scripts/check-content.ts,
 * childMdxCheckerBeside) answers as the blocking one does, with a stand-in worker that crashes on
 * a marked line the way the native parser would, and with more files than a pipe holds.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  childMdxChecker,
  childMdxCheckerBeside,
  type ContentFile,
} from '../../scripts/check-content.ts';

const dir = mkdtempSync(join(tmpdir(), 'idlib-mdx-beside-'));
const worker = join(dir, 'worker.mjs');
// as scripts/mdx-worker.ts talks: a line as each file starts, a line with its result
writeFileSync(
  worker,
  `import { readFileSync, writeSync } from 'node:fs';
for (const f of JSON.parse(readFileSync(0, 'utf8'))) {
  writeSync(1, JSON.stringify({ start: f.file }) + '\\n');
  if (f.raw.includes('CRASH')) process.exit(134);
  writeSync(1, JSON.stringify({ file: f.file, problems: [], refs: [{ id: f.file.length }] }) + '\\n');
}
`,
);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const files = (n: number, crashAt?: number): ContentFile[] =>
  Array.from({ length: n }, (_, i) => ({
    file: `src/content/actors/a${i}.mdx`,
    raw: `---\nname: A\n---\n${'x'.repeat(80)}\n${i === crashAt ? 'fine\nCRASH\n' : 'fine\n'}`,
  }));

describe('the MDX check beside the rest', () => {
  it('gives what the blocking check gives, for more files than a pipe holds', async () => {
    const many = files(2000);
    const beside = await childMdxCheckerBeside(worker, dir)(many);
    expect(beside.size).toBe(2000);
    expect([...beside]).toEqual([...childMdxChecker(worker, dir)(many)]);
  });
  it('names the file and line a crash starts at, and checks the files after it', async () => {
    const some = files(5, 2);
    const beside = await childMdxCheckerBeside(worker, dir)(some);
    expect(beside.get('src/content/actors/a2.mdx')).toEqual({ crashed: true, line: 6 });
    expect(beside.get('src/content/actors/a4.mdx')).toMatchObject({ problems: [] });
    expect([...beside]).toEqual([...childMdxChecker(worker, dir)(some)]);
  });
});
