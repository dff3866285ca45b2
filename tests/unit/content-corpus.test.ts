/**
 * The bad-input corpus: every fixture in tests/content/bad breaks one rule and must fail the content
 * check with its expected message, in its own file; every fixture in tests/content/good must pass.
 * Each fixture is checked together with the small valid dataset in tests/content/base, so that its
 * references resolve, by the same code as `npm run check` (scripts/check-content.ts).
 *
 * A fixture's header comments say what it is:
 *   # rule: what it breaks (or shows)
 *   # as: the path it takes in the content tree (it replaces a base file with the same path)
 *   # expect: a part of the expected problem (message or fix)
 *   # field: (optional) the problem's field     # line: (optional) its line
 *   # reported-on: (optional) the file the problem is reported on, when not the fixture itself
 *   # warn: (good fixtures, optional) a part of an expected warning
 */
import { beforeAll, describe, expect, it } from 'vitest';
import {
  cpSync,
  existsSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { createHash } from 'node:crypto';
import { tmpdir } from 'node:os';
import { join, relative, resolve } from 'node:path';
import { spawnSync } from 'node:child_process';
import {
  checkContent,
  readContentFiles,
  githubAnnotations,
  type ContentFile,
} from '../../scripts/check-content.ts';
import { checkMdx, warm } from './mdx-checker';

const root = resolve('.');
const fixtures = join(root, 'tests/content');

function base(): ContentFile[] {
  return readContentFiles(join(fixtures, 'base'), join(fixtures, 'base')).map((f) => ({
    file: `src/content/${f.file}`,
    raw: f.raw,
  }));
}

interface Fixture {
  name: string;
  raw: string;
  meta: Record<string, string>;
}

function load(dir: string): Fixture[] {
  return readdirSync(join(fixtures, dir))
    .sort()
    .map((name) => {
      const raw = readFileSync(join(fixtures, dir, name), 'utf8');
      const meta = Object.fromEntries(
        [...raw.matchAll(/^# ([a-z-]+): (.*)$/gm)].map((m) => [m[1]!, m[2]!.trim()]),
      );
      return { name, raw, meta };
    });
}

function filesWith(fixture: Fixture): ContentFile[] {
  const as = fixture.meta['as']!;
  return [...base().filter((f) => f.file !== as), { file: as, raw: fixture.raw }];
}

function checkWith(fixture: Fixture) {
  return checkContent(filesWith(fixture), { checkMdx });
}

const bad = load('bad');
const good = load('good');

beforeAll(() => {
  warm([...base(), ...[...bad, ...good].flatMap(filesWith)]);
}, 120_000);

describe('the base dataset', () => {
  it('passes the check with no warnings', () => {
    const { errors, warnings, counts } = checkContent(base(), { checkMdx });
    expect(errors).toEqual([]);
    expect(warnings).toEqual([]);
    expect(counts).toEqual({
      actors: 7,
      article: 1,
      events: 2,
      relations: 3,
      sources: 4,
      places: 5,
    });
  });
});

describe('bad fixtures fail with their expected message', () => {
  it('has at least 25 fixtures, each with a rule, a path and an expected message', () => {
    expect(bad.length).toBeGreaterThanOrEqual(25);
    for (const f of bad)
      expect(f.meta, f.name).toMatchObject({
        rule: expect.any(String),
        as: expect.stringMatching(/^src\/content\//),
        expect: expect.any(String),
      });
  });

  it.each(bad.map((f) => [f.name, f] as const))('%s', (_, fixture) => {
    const { errors } = checkWith(fixture);
    const target = fixture.meta['reported-on'] ?? fixture.meta['as']!;
    const match = errors.find(
      (p) => p.file === target && `${p.message}\n${p.fix}`.includes(fixture.meta['expect']!),
    );
    expect(
      match,
      `expected "${fixture.meta['expect']}" on ${target}, got:\n${JSON.stringify(errors, null, 2)}`,
    ).toBeDefined();
    if (fixture.meta['field']) expect(match!.field).toBe(fixture.meta['field']);
    if (fixture.meta['line']) expect(match!.line).toBe(Number(fixture.meta['line']));
    // every problem names a field, says what is wrong and how to fix it
    for (const p of errors) {
      expect(p.field.length).toBeGreaterThan(0);
      expect(p.message.length).toBeGreaterThan(5);
      expect(p.fix.length).toBeGreaterThan(5);
    }
    // the fixture breaks its own rule only: nothing is reported on the base files it does not touch
    expect(errors.filter((p) => p.file !== fixture.meta['as'] && p.file !== target)).toEqual([]);
  });
});

describe('good fixtures pass', () => {
  it.each(good.map((f) => [f.name, f] as const))('%s', (_, fixture) => {
    const { errors, warnings } = checkWith(fixture);
    expect(errors).toEqual([]);
    if (fixture.meta['warn']) {
      expect(warnings.map((w) => w.message)).toContain(fixture.meta['warn']);
      expect(warnings.every((w) => w.file === fixture.meta['as'])).toBe(true);
    } else expect(warnings).toEqual([]);
  });
});

// The real content is checked by `npm run check`, the first step of `npm test` and of every build,
// not here: an editorial change must not fail a test of the code. What the code must do with any
// content is tested here on the fixtures: read it and change nothing.
describe('the check', () => {
  it('leaves the files it reads untouched', () => {
    const dir = join(fixtures, 'base');
    const hash = () => {
      const h = createHash('sha256');
      const walk = (d: string) => {
        for (const name of readdirSync(d).sort()) {
          const p = join(d, name);
          if (statSync(p).isDirectory()) walk(p);
          else
            h.update(relative(root, p))
              .update(readFileSync(p))
              .update(String(statSync(p).mtimeMs));
        }
      };
      walk(dir);
      return h.digest('hex');
    };
    const before = hash();
    const { errors } = checkContent(base(), { checkMdx });
    expect(errors).toEqual([]);
    expect(hash()).toBe(before);
  });
});

describe('GitHub annotations', () => {
  it('escapes the properties and the message', () => {
    const text = githubAnnotations('error', [
      {
        file: 'src/content/a,b.yaml',
        line: 3,
        field: 'to',
        message: '50% bad\nreally',
        fix: 'mend: it',
      },
    ]);
    expect(text).toBe(
      '::error file=src/content/a%2Cb.yaml,line=3,title=to%3A content error::50%25 bad%0Areally%0AFix: mend: it',
    );
  });
});

describe('npm run new', () => {
  const fill: Record<string, string> = {
    name: 'Jaish al-Test',
    kind: 'armed-group',
    side: 'opposition',
    summary: 'A test actor.',
    title: 'A test title',
    date: '"2019-05-06"',
    from: '"2019-05"',
    to: 'ongoing',
    grade: 'reported',
    note: 'A test note.',
    actor: 'turkey',
    role: 'attacker',
    publisher: 'Test Agency',
    details: '"Filed from Beirut."',
    read: 'true',
    country: 'Syria',
    lat: '35.43889',
    lon: '36.65111',
    source: 'wikipedia-sochi',
  };
  /** Replaces every TODO value the way a writer would, field by field. */
  const complete = (text: string, kind: string) =>
    text
      .replace(
        /^(\s*(?:- )?)(\w+):\s+("?)TODO[^"\n#]*\3(\s*#.*)?$/gm,
        (_, indent: string, key: string) =>
          `${indent}${key}: ${kind === 'source' && key === 'kind' ? 'news' : kind === 'place' && key === 'kind' ? 'town' : kind === 'place' && key === 'name' ? 'Kafr Zita' : (fill[key] ?? `"${key}"`)}`,
      )
      .replace(/\[TODO\]/g, '[reuters-2019-07-10, report-2019-07-12]')
      .replace(/^TODO:.*$/m, 'A test body in our own words. <Cite id="reuters-2019-07-10" />');

  function scaffold(args: string[]) {
    const dir = mkdtempSync(join(tmpdir(), 'idlib-new-'));
    cpSync(join(fixtures, 'base'), join(dir, 'src/content'), { recursive: true });
    const r = spawnSync(process.execPath, [join(root, 'scripts/new.ts'), ...args, '--root', dir], {
      encoding: 'utf8',
    });
    const files = () => readContentFiles(dir);
    return { dir, r, files };
  }

  it.each([
    ['actor', 'jaish-al-test', 'src/content/actors/jaish-al-test.mdx'],
    ['event', 'test-event', 'src/content/events/test-event.mdx'],
    [
      'relation',
      'turkey--funding--national-front-for-liberation',
      'src/content/relations/turkey--funding--national-front-for-liberation.yaml',
    ],
    ['source', 'test-agency-2019-07-01', 'src/content/sources/test-agency-2019-07-01.yaml'],
    ['place', 'kafr-zita', 'src/content/places/kafr-zita.yaml'],
  ])(
    'writes a %s template that fails until its TODOs are filled, then passes',
    (kind, id, path) => {
      const { dir, r, files } = scaffold([kind, id]);
      try {
        expect(r.status, r.stderr).toBe(0);
        const first = checkContent(files());
        expect(first.errors.length).toBeGreaterThan(0);
        expect(
          first.errors.every((p) => p.file === path && /template placeholder/.test(p.message)),
        ).toBe(true);
        const file = join(dir, path);
        writeFileSync(file, complete(readFileSync(file, 'utf8'), kind));
        warm(files());
        const second = checkContent(files(), { checkMdx });
        expect(second.errors).toEqual([]);
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    },
  );

  it.each([
    ['event', 'sochi-memorandum', 'src/content/events/ar/sochi-memorandum.mdx', 'roles'],
    ['actor', 'hts', 'src/content/actors/ar/hts.mdx', 'formerNames'],
    [
      'relation',
      'hts--affiliation--al-qaeda',
      'src/content/relations/ar/hts--affiliation--al-qaeda.yaml',
      'note',
    ],
    [
      'source',
      'reuters-2019-07-10',
      'src/content/sources/ar/reuters-2019-07-10.yaml',
      'titleTranslation',
    ],
    ['place', 'morek', 'src/content/places/ar/morek.yaml', 'name'],
    ['article', 'report', 'src/content/article/ar/report.mdx', 'claims'],
  ])(
    '--lang ar writes the translation template of %s %s: it fails until translated, then passes',
    (kind, id, path, field) => {
      const { dir, r, files } = scaffold([kind, id, '--lang', 'ar']);
      try {
        expect(r.status, r.stderr).toBe(0);
        const text = readFileSync(join(dir, path), 'utf8');
        expect(text).toContain(`${field}:`);
        const first = checkContent(files());
        expect(first.errors.length).toBeGreaterThan(0);
        expect(
          first.errors.every((p) => p.file === path && /template placeholder/.test(p.message)),
          JSON.stringify(first.errors),
        ).toBe(true);
        writeFileSync(
          join(dir, path),
          text
            .replace(/"TODO[^"]*"/g, '"نص مترجم"')
            .replace(/^TODO:.*$/m, 'نص مترجم. <Cite id="reuters-2019-07-10" />'),
        );
        warm(files());
        const second = checkContent(files(), { checkMdx });
        expect(second.errors).toEqual([]);
        expect(second.untranslated?.['ar'] ?? []).not.toContain(
          `${kind === 'article' ? 'article' : `${kind}s`}/${id}`,
        );
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    },
  );

  it.each([
    [['actor', 'nobody', '--lang', 'ar'], /no English entry/],
    [['actor', 'hts', '--lang', 'fr'], /no such edition/],
    [['actor', 'hts'], /already exists/],
    [['actor', 'Jaish_Al_Test'], /not a lower-case slug/],
    [['relation', 'turkey-funds-nfl'], /<from>--<type>--<to>/],
    [['relation', 'turkey--backs--hts'], /not a relation type/],
    [['relation', 'turkey--funding--nobody'], /"nobody" \(to\) is not an actor/],
    [['relation', 'turkey--funding--turkey'], /not to itself/],
    [['relation', 'turkey--arms-supply--national-front-for-liberation'], /already exists/],
    [['widget', 'x'], /not a kind of entry/],
  ])('refuses %j', (args, message) => {
    const { dir, r } = scaffold(args);
    try {
      expect(r.status).not.toBe(0);
      expect(r.stderr).toMatch(message);
      expect(existsSync(join(dir, 'src/content/actors/jaish_al_test.mdx'))).toBe(false);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
