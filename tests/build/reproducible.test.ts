/** Two clean builds of the same sources give byte-identical output. */
import { describe, expect, it } from 'vitest';
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildCopy } from './project-copy';

function digest(dir: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const f of readdirSync(dir, { recursive: true, encoding: 'utf8' }).sort()) {
    try { out.set(f, createHash('sha256').update(readFileSync(join(dir, f))).digest('hex')); } catch { /* a directory */ }
  }
  return out;
}

describe('reproducible builds', () => {
  it('gives the same bytes twice, wherever it is built', () => {
    // Same commit date for both: the build date comes from git, which the copies do not have.
    const env = { SOURCE_DATE_EPOCH: '1562889600' };
    const a = buildCopy(undefined, env);
    const b = buildCopy(undefined, env);
    try {
      expect(a.status, a.output).toBe(0);
      expect(b.status, b.output).toBe(0);
      const da = digest(join(a.dir, 'dist'));
      const db = digest(join(b.dir, 'dist'));
      expect(da.size).toBeGreaterThan(100);
      const differ = [...new Set([...da.keys(), ...db.keys()])].filter((f) => da.get(f) !== db.get(f));
      expect(differ).toEqual([]);
    } finally {
      a.cleanup();
      b.cleanup();
    }
  });
});
