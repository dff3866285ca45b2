/**
 * The hostile corpus: the files in tests/content/hostile/ and the cases generated here because
 * they are huge or deeply nested. Shared by tests/unit/hostile-content.test.ts (the check refuses
 * each) and tests/build/bad-content.test.ts (the build refuses them all with the same message).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

const fixtures = resolve('tests/content');
const FRONT = '---\nname: Jaish al-Test\nkind: armed-group\nside: opposition\nsummary: A test actor.\nsources: [reuters-2019-07-10]\n---\n';

export interface Hostile { name: string; as: string; raw: string; expect: string; line?: number | undefined }

const meta = (raw: string) => Object.fromEntries([...raw.matchAll(/^# ([a-z-]+): (.*)$/gm)].map((m) => [m[1]!, m[2]!.trim()]));

/** The corpus: the files in tests/content/hostile and the generated cases. */
export function hostileCorpus(): Hostile[] {
  const dir = join(fixtures, 'hostile');
  const files = readdirSync(dir).sort().map((name) => {
    const raw = readFileSync(join(dir, name), 'utf8');
    const m = meta(raw);
    return { name, as: m['as']!, raw, expect: m['expect']!, line: m['line'] ? Number(m['line']) : undefined };
  });
  const actor = 'src/content/actors/jaish-al-test.mdx';
  const generated: Hostile[] = [
    { name: 'gen-10000-nested-quotes', as: actor, raw: `${FRONT}${'>'.repeat(10_000)} deep\n`, expect: 'nests', line: 8 },
    { name: 'gen-200-nested-lists', as: actor, raw: `${FRONT}${Array.from({ length: 200 }, (_, i) => `${'  '.repeat(i)}- a`).join('\n')}\n`, expect: 'nests', line: 15 },
    { name: 'gen-5000-nested-components', as: actor, raw: `${FRONT}${'<Note>'.repeat(5000)}a${'</Note>'.repeat(5000)}\n`, expect: 'nest', line: 8 },
    { name: 'gen-5000-nested-emphasis', as: actor, raw: `${FRONT}${'*a '.repeat(5000)}b${'*'.repeat(5000)}\n`, expect: 'nest', line: 8 },
    { name: 'gen-5-mb-body', as: actor, raw: `${FRONT}${'A long line of text. '.repeat(250_000)}\n`, expect: 'content files may be at most', line: 1 },
    { name: 'gen-zero-width-id', as: 'src/content/actors/h\u200Bts.mdx', raw: `${FRONT}Text.\n`, expect: 'is not a lower-case slug' },
  ];
  return [...files, ...generated];
}

