/**
 * Two clean builds of the same sources give byte-identical output: the fixture site's shared build
 * (tests/fixtures/site-build.ts, which the browser tests reuse) against a second, cold build of the
 * same sources in another folder.
 */
import { describe, expect, it } from 'vitest';
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { FIXTURE_EPOCH, fixtureCopy, fixtureSite } from '../fixtures/site-build';
import { buildCopy } from './project-copy';

function digest(dir: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const f of readdirSync(dir, { recursive: true, encoding: 'utf8' }).sort()) {
    try {
      out.set(
        f,
        createHash('sha256')
          .update(readFileSync(join(dir, f)))
          .digest('hex'),
      );
    } catch {
      /* a directory */
    }
  }
  return out;
}

describe('reproducible builds', () => {
  it('gives the same bytes twice, wherever it is built, and compiles no content body', () => {
    const a = fixtureSite();
    // The same sources committed at the same date, as two clones of one commit.
    const b = buildCopy(fixtureCopy, { SOURCE_DATE_EPOCH: FIXTURE_EPOCH });
    try {
      expect(b.status, b.output).toBe(0);
      const da = digest(a);
      const db = digest(join(b.dir, 'dist'));
      expect(da.size).toBeGreaterThan(100);
      const differ = [...new Set([...da.keys(), ...db.keys()])].filter(
        (f) => da.get(f) !== db.get(f),
      );
      expect(differ).toEqual([]);
      // The same build kept every MDX body as text (src/content.config.ts): Astro listed no content
      // module for Vite to compile, which would cost seconds per thousand pages.
      expect(readFileSync(join(b.dir, '.astro/content-modules.mjs'), 'utf8').trim()).toBe(
        'export default new Map();',
      );
    } finally {
      b.cleanup();
    }
  });
});
