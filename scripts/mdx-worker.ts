/**
 * The child process of the content check: reads [{ file, raw }] as JSON on stdin and writes one
 * JSON line as it starts each file and one with the file's result, so that when the native MDX
 * parser crashes the parent knows which file did it (scripts/check-content.ts, childMdxChecker).
 */
import { readFileSync, writeSync } from 'node:fs';
import './resolve-ts.ts';

const { checkMdxFile } = await import('./mdx-check.ts');
const files = JSON.parse(readFileSync(0, 'utf8')) as { file: string; raw: string }[];
const render = process.env['MDX_CHECK_RENDER'] !== '0';
for (const f of files) {
  writeSync(1, `${JSON.stringify({ start: f.file })}\n`);
  const result = checkMdxFile(f.file, f.raw, { render });
  writeSync(1, `${JSON.stringify({ file: f.file, ...result })}\n`);
}
