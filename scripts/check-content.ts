/**
 * The content check, outside Astro: reads every file under src/content, checks each one against its
 * zod schema (the same makeSchemas as the build), then the checks across entries (validate.ts), the
 * MDX lint (mdx-lint.ts) and, when given a parser, MDX syntax. Every problem names the file, line,
 * field, what was expected and a fix. scripts/check.ts runs main() (`npm run check`, and the build
 * through integrations/content-check.ts); tests/unit/content-corpus.test.ts calls checkContent()
 * on the fixtures.
 * It only reads: nothing under src/content is ever written.
 */
import {
  closeSync,
  mkdtempSync,
  openSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import { spawn, spawnSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import {
  isMap,
  isScalar,
  isSeq,
  parseDocument,
  type Document,
  type DocumentOptions,
  type ParseOptions,
  type SchemaOptions,
} from 'yaml';
import {
  makeSchemas,
  makeTranslationSchemas,
  slugRef,
  TRANSLATION_LOCALES,
} from '../src/lib/schemas';
import {
  formatProblems,
  oneLine,
  placeholderProblems,
  singleSourceWarnings,
  validateDataset,
  type Problem,
} from '../src/lib/validate';
import { idFromFile } from '../src/lib/content-ids';
import { parsePartialDate } from '../src/lib/dates';
import { closest } from '../src/lib/content-policy';
import { sharedRuns } from '../src/lib/copy-check';
import { isSplit, splitFrontmatter } from '../src/lib/frontmatter';
import type { BodyRef } from '../src/lib/mdx-lint';
import { load as jsYamlLoad } from 'js-yaml';
import type { Dataset, Entry } from '../src/lib/dataset';

export interface ContentFile {
  /** Path from the project root, with forward slashes: src/content/actors/hts.mdx */
  file: string;
  raw: string;
}

export interface CheckResult {
  errors: Problem[];
  warnings: Problem[];
  /** Files read per collection (translations under "<collection>/<lang>"). */
  counts: Record<string, number>;
  /** Per language of a translated edition, the entries ("collection/id") with no translation yet. */
  untranslated: Record<string, string[]>;
}

/** What the MDX check (scripts/mdx-check.ts) finds in one file: problems and the ids its components use. */
export interface MdxFileResult {
  problems: Problem[];
  refs: BodyRef[];
}

/**
 * Checks MDX bodies as the build reads them: parse tree, lint, render. Returns a result per file,
 * or `crashed` (with the line the crash starts at, when known) when the native parser died on it.
 */
export type MdxChecker = (
  files: readonly ContentFile[],
) => Map<string, MdxFileResult | { crashed: true; line?: number | undefined }>;

type Kind = 'article' | 'actor' | 'event' | 'relation' | 'source' | 'place' | 'correction';
type CollectionName = keyof Dataset;

const COLLECTIONS: Record<
  CollectionName,
  { ext: '.mdx' | '.yaml'; kind: Kind; template?: string }
> = {
  article: { ext: '.mdx', kind: 'article' },
  actors: { ext: '.mdx', kind: 'actor', template: 'actor' },
  events: { ext: '.mdx', kind: 'event', template: 'event' },
  relations: { ext: '.yaml', kind: 'relation', template: 'relation' },
  sources: { ext: '.yaml', kind: 'source', template: 'source' },
  places: { ext: '.yaml', kind: 'place', template: 'place' },
  corrections: { ext: '.yaml', kind: 'correction' },
};

const schemas = makeSchemas(slugRef);
const translationSchemas = makeTranslationSchemas();
const LANGUAGE_NAMES: Record<string, string> = { ar: 'Arabic' };

/** js-yaml's default schema, which Astro uses: YAML 1.2 core plus timestamps (unquoted dates become dates). */
const YAML_OPTIONS: ParseOptions & DocumentOptions & SchemaOptions = {
  schema: 'core',
  customTags: ['timestamp'],
  merge: true,
  prettyErrors: false,
};

const DOCS = 'docs/content-model.md';

interface Parsed {
  file: ContentFile;
  collection: CollectionName;
  id: string;
  /** Offset of the YAML text inside the file. */
  base: number;
  /** The YAML text (the whole file, or an MDX file's frontmatter). */
  text?: string;
  doc?: Document;
  data?: unknown;
  /** An MDX file whose frontmatter was found where the build finds it. */
  mdx?: boolean;
  /** The language of a translation (a file in <collection>/<lang>/); undefined for an English entry. */
  lang?: string;
}

/** "2019-7-1" written as the valid date "2019-07-01", if that is a date; undefined otherwise. */
export function validDate(written: string): string | undefined {
  const m = /^(\d{4})-(\d{1,2})(?:-(\d{1,2}))?$/.exec(written.trim());
  if (!m) return undefined;
  const padded = [m[1], m[2]!.padStart(2, '0'), m[3]?.padStart(2, '0')].filter(Boolean).join('-');
  return typeof parsePartialDate(padded) === 'string' ? undefined : padded;
}

function lineAt(raw: string, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset && i < raw.length; i++) if (raw.charCodeAt(i) === 10) line++;
  return line;
}

type Path = (string | number)[];

function pathText(path: readonly PropertyKey[]): string {
  return path.reduce<string>(
    (s, k) => (typeof k === 'number' ? `${s}[${k}]` : s ? `${s}.${String(k)}` : String(k)),
    '',
  );
}

function parsePathText(field: string): Path | undefined {
  if (!/^[A-Za-z]\w*(?:\[\d+\]|\.[A-Za-z]\w*)*$/.test(field)) return undefined;
  return [...field.matchAll(/([A-Za-z]\w*)|\[(\d+)\]/g)].map((m) =>
    m[2] !== undefined ? Number(m[2]) : m[1]!,
  );
}

/**
 * The offset of the YAML node at `path` (a map key's line for fields); with `exact`, undefined
 * when the path does not exist, otherwise the nearest existing ancestor.
 */
function locate(doc: Document, path: Path, exact = false): number | undefined {
  for (let k = path.length; k >= 1; k--) {
    const parent = k === 1 ? doc.contents : doc.getIn(path.slice(0, k - 1), true);
    const last = path[k - 1];
    if (isMap(parent)) {
      const pair = parent.items.find((it) => isScalar(it.key) && it.key.value === last);
      if (pair && isScalar(pair.key) && pair.key.range) return pair.key.range[0];
    } else if (isSeq(parent) && typeof last === 'number') {
      const item = parent.items[last] as { range?: [number, number, number] } | undefined;
      if (item?.range) return item.range[0];
    }
    if (exact) return undefined;
  }
  return (doc.contents as { range?: [number, number, number] } | null)?.range?.[0];
}

function valueAt(data: unknown, path: readonly PropertyKey[]): unknown {
  let v = data;
  for (const k of path) {
    if (v === null || typeof v !== 'object') return undefined;
    v = (v as Record<PropertyKey, unknown>)[k];
  }
  return v;
}

function describe(v: unknown): string {
  if (v === undefined) return 'the field is missing';
  if (v === null) return 'it is empty';
  if (v instanceof Date) return 'it is an unquoted date, which YAML reads as a timestamp, not text';
  if (Array.isArray(v)) return 'it is a list';
  if (typeof v === 'object') return 'it is a group of fields';
  if (typeof v === 'string')
    return `it is the text "${v.length > 60 ? `${v.slice(0, 57)}...` : v}"`;
  return `it is ${typeof v === 'number' ? 'the number' : 'the value'} ${typeof v === 'number' || typeof v === 'boolean' || typeof v === 'bigint' ? String(v) : typeof v}`;
}

interface ZodDefLike {
  _zod?: {
    def?: {
      type?: string;
      innerType?: unknown;
      shape?: Record<string, unknown>;
      element?: unknown;
    };
  };
}

/** The field names a strict object schema allows at `path`, for "unknown field" fixes. */
function keysAt(schema: unknown, path: readonly PropertyKey[]): string[] | undefined {
  let s = schema as ZodDefLike | undefined;
  const unwrap = () => {
    while (
      s?._zod?.def &&
      ['optional', 'default', 'nullable', 'prefault', 'readonly', 'catch'].includes(
        s._zod.def.type ?? '',
      )
    ) {
      s = s._zod.def.innerType as ZodDefLike;
    }
  };
  for (const seg of path) {
    unwrap();
    const def = s?._zod?.def;
    if (def?.type === 'object') s = def.shape?.[String(seg)] as ZodDefLike;
    else if (def?.type === 'array') s = def.element as ZodDefLike;
    else return undefined;
  }
  unwrap();
  return s?._zod?.def?.type === 'object' ? Object.keys(s._zod.def.shape ?? {}) : undefined;
}

interface Issue {
  code: string;
  path: PropertyKey[];
  message: string;
  keys?: string[];
  values?: unknown[];
  format?: string;
  origin?: string;
  expected?: string;
}

function schemaProblems(p: Parsed, issues: Issue[], placeholders: Map<string, Problem>): Problem[] {
  const out: Problem[] = [];
  const { kind, template } = COLLECTIONS[p.collection];
  const schema = p.lang ? translationSchemas[kind] : schemas[kind];
  const lineOfPath = (path: Path) => {
    const at = p.doc ? locate(p.doc, path) : undefined;
    return at === undefined ? undefined : lineAt(p.file.raw, p.base + at);
  };
  const generic = p.lang
    ? 'see what a translation carries in docs/translating.md'
    : `see the ${kind} format in ${DOCS}${template ? ` (npm run new -- ${template} an-id writes a template)` : ''}`;

  for (const issue of issues) {
    const path = issue.path.filter((k): k is string | number => typeof k !== 'symbol');
    if (issue.code === 'unrecognized_keys') {
      const allowed = keysAt(schema, path);
      for (const key of issue.keys ?? []) {
        const dataField =
          p.lang &&
          path.length === 0 &&
          key in ((schemas[kind] as unknown as { shape: Record<string, unknown> }).shape ?? {});
        out.push({
          file: p.file.file,
          line: lineOfPath([...path, key]),
          field: pathText([...path, key]),
          message: dataField
            ? `a translation sets the data field "${key}", which comes from the English entry`
            : `unknown field "${key}"`,
          fix: dataField
            ? `delete it: a translation carries only ${allowed?.join(', ')} (docs/translating.md)`
            : `remove it or correct its spelling${allowed ? `; the fields here are ${allowed.join(', ')}` : ''} (${p.lang ? 'docs/translating.md' : DOCS})`,
        });
      }
      continue;
    }
    const field = pathText(path) || '(the whole file)';
    const value = valueAt(p.data, path);
    const held = placeholders.get(field);
    if (held) {
      // the template's TODO is still there: one problem for the field, saying what it needs
      if (!held.message.includes(issue.message)) held.message += `; ${issue.message}`;
      continue;
    }
    const expectedName: Record<string, string> = {
      array: 'a list',
      string: 'text',
      number: 'a number',
      object: 'a group of fields',
      boolean: 'true or false',
    };
    let message = issue.message.startsWith('Invalid input')
      ? `expected ${expectedName[issue.expected ?? ''] ?? issue.expected ?? 'another kind of value'}`
      : issue.message;
    let fix = generic;
    const last = path[path.length - 1];
    const key = typeof last === 'string' ? last : pathText(path);
    if (value instanceof Date) {
      // the date as written (YAML turns 2018-09-31 into 1 October: never show that)
      const node = p.doc?.getIn(path, true) as { range?: [number, number, number] } | undefined;
      const written =
        node?.range && p.text
          ? p.text.slice(node.range[0], node.range[1]).trim()
          : value.toISOString().slice(0, 10);
      message = `${message}; ${describe(value)}`;
      const padded = validDate(written);
      fix = padded
        ? `put the date in double quotes: ${key}: "${padded}"`
        : `put the date in double quotes, with only the parts the sources give: ${key}: "YYYY-MM-DD", "YYYY-MM" or "YYYY"`;
    } else if (issue.code === 'invalid_type') {
      message = `${message}; ${describe(value)}`;
      if (value === undefined) fix = `add the field ${key}: (${generic})`;
      else if (typeof value === 'number')
        fix = `write it in double quotes: ${key}: "${String(value)}"`;
    } else if (issue.code === 'invalid_value') {
      message = `${message}; ${describe(value)}`;
      fix = issue.values?.length ? `write one of: ${issue.values.join(', ')}` : generic;
    } else if (key === 'url' || (issue.code === 'invalid_format' && issue.format === 'url')) {
      message = `${message}; ${describe(value)}`;
      fix =
        'give the full address, starting with https://; if you are not certain of it, delete url and describe the publication in details';
    } else if (issue.code === 'invalid_format') {
      message = `${message}; ${describe(value)}`;
      fix =
        'use the id of an existing entry: its file name without the extension, in lower-case letters, digits and hyphens';
    } else if (issue.code === 'too_small') {
      fix =
        issue.origin === 'array'
          ? 'add at least one item to the list'
          : 'write the value, or delete the line if the field is optional';
    } else if (issue.message.includes('invisible characters')) {
      message = `${message}; ${describe(value)}`;
      fix =
        'retype the name: it holds zero-width or direction-control characters that readers cannot see';
    } else if (issue.code === 'custom' || issue.code === 'invalid_union') {
      const periodEnd = path[0] === 'periods' && last === 'to';
      if (periodEnd && !message.includes('"ongoing"'))
        message += '; the end of a period may also be "ongoing" or "unknown"';
      const padded = typeof value === 'string' ? validDate(value) : undefined;
      fix = padded
        ? `write it with two-digit months and days: ${key}: "${padded}"`
        : `write the date in double quotes with only the parts the sources give, e.g. "2019", "2019-07" or "2019-07-10"${kind === 'event' ? ', or a range "2019-01-01/2019-01-10"' : ''}${periodEnd ? '; or ongoing or unknown for the end of a period' : ''}`;
    }
    out.push({ file: p.file.file, line: lineOfPath(path), field, message, fix });
  }
  return out;
}

/**
 * An MdxChecker that runs `worker` (scripts/mdx-worker.ts) in child processes, so that a
 * crash of the native MDX parser names the file instead of killing the check. A file that crashes
 * it is cut down line by line (a binary search on its length) to find the line the crash starts at.
 */
/** How the MDX worker runs: the same for the check that waits for it and the one beside it. */
function workerOptions(cwd: string, render: boolean) {
  return {
    cwd,
    env: {
      // Node's compile cache from the worker's first module on: a worker that starts it itself
      // (scripts/resolve-ts.ts) starts a third slower, and a crash search starts dozens
      NODE_COMPILE_CACHE: join(tmpdir(), 'node-compile-cache'),
      ...process.env,
      MDX_CHECK_RENDER: render ? '1' : '0',
    },
  };
}

/** The worker's results, and the file it had started when it stopped, if it crashed there. */
function workerResults(
  files: readonly ContentFile[],
  out: { stdout: string; stderr: string; status: number | null; error?: string | undefined },
): { done: Map<string, MdxFileResult>; crashed: string | undefined } {
  const done = new Map<string, MdxFileResult>();
  let started: string | undefined;
  for (const line of out.stdout.split('\n')) {
    if (!line.trim()) continue;
    const msg = JSON.parse(line) as { start?: string; file?: string } & MdxFileResult;
    if (msg.start) started = msg.start;
    else if (msg.file) {
      done.set(msg.file, { problems: msg.problems, refs: msg.refs });
      started = undefined;
    }
  }
  if (started === undefined && out.status !== 0 && done.size < files.length) {
    throw new Error(
      `the MDX check could not run: ${(out.stderr || out.error || '').split('\n').slice(0, 5).join(' ')}`,
    );
  }
  return { done, crashed: started };
}

export function childMdxChecker(worker: string, cwd: string): MdxChecker {
  const run = (files: readonly ContentFile[], render = true) => {
    const r = spawnSync(process.execPath, [worker], {
      ...workerOptions(cwd, render),
      input: JSON.stringify(files),
      encoding: 'utf8',
      maxBuffer: 256 * 1024 * 1024,
      stdio: ['pipe', 'pipe', 'pipe'],
    });
    return workerResults(files, {
      stdout: r.stdout ?? '',
      stderr: r.stderr ?? '',
      status: r.status,
      error: r.error?.message,
    });
  };
  const crashLine = (f: ContentFile): number | undefined => {
    const lines = f.raw.split('\n');
    let lo = 1;
    let hi = lines.length; // the whole file crashes; find the fewest lines that still do
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (run([{ file: f.file, raw: lines.slice(0, mid).join('\n') }], false).crashed) hi = mid;
      else lo = mid + 1;
    }
    return lo;
  };
  return (files) => {
    const out = new Map<string, MdxFileResult | { crashed: true; line?: number | undefined }>();
    let remaining = [...files];
    while (remaining.length) {
      const { done, crashed } = run(remaining);
      for (const [file, result] of done) out.set(file, result);
      if (crashed === undefined) break;
      const f = remaining.find((x) => x.file === crashed)!;
      out.set(crashed, { crashed: true, line: crashLine(f) });
      remaining = remaining.slice(remaining.indexOf(f) + 1);
    }
    return out;
  };
}

/**
 * childMdxChecker() without blocking: the worker runs while the rest of the check does
 * (checkContentBeside). Should the parser crash, the files are checked again the blocking way,
 * which finds the crashing file and line.
 */
export function childMdxCheckerBeside(
  worker: string,
  cwd: string,
): (files: readonly ContentFile[]) => Promise<ReturnType<MdxChecker>> {
  return (files) => {
    // Files, not pipes, both ways: a pipe holds 64 KB, and this process, busy with the rest of
    // the check, would not empty it; the worker would stop and wait.
    const dir = mkdtempSync(join(tmpdir(), 'idlib-mdx-check-'));
    const input = join(dir, 'in.json');
    const output = join(dir, 'out.jsonl');
    writeFileSync(input, JSON.stringify(files));
    const fds = [openSync(input, 'r'), openSync(output, 'w')] as const;
    const child = spawn(process.execPath, [worker], {
      ...workerOptions(cwd, true),
      stdio: [fds[0], fds[1], 'pipe'],
    });
    fds.forEach((fd) => closeSync(fd));
    let stderr = '';
    child.stderr?.setEncoding('utf8').on('data', (s: string) => (stderr += s));
    return new Promise((done, failed) => {
      child.on('error', (e) => {
        rmSync(dir, { recursive: true, force: true });
        failed(e);
      });
      child.on('close', (status) => {
        try {
          const stdout = readFileSync(output, 'utf8');
          const { done: results, crashed } = workerResults(files, { stdout, stderr, status });
          done(crashed === undefined ? results : childMdxChecker(worker, cwd)(files));
        } catch (e) {
          failed(e instanceof Error ? e : new Error(String(e)));
        } finally {
          rmSync(dir, { recursive: true, force: true });
        }
      });
    });
  };
}

/**
 * A translation must belong to an English entry, and match it where the two are paired: the same
 * claims of the article by id, as many framing notes, as many former names, as many roles.
 */
function translationProblems(
  ds: Dataset,
  failed: Record<CollectionName, string[]>,
  translations: { p: Parsed; data: Record<string, unknown> }[],
): Problem[] {
  const out: Problem[] = [];
  for (const { p, data } of translations) {
    const english = (ds[p.collection] as unknown as Entry<Record<string, unknown>>[]).find(
      (e) => e.id === p.id,
    );
    const at = (key: string) => {
      const where = p.doc ? locate(p.doc, [key], true) : undefined;
      return where === undefined ? 1 : lineAt(p.file.raw, p.base + where);
    };
    const language = LANGUAGE_NAMES[p.lang!] ?? p.lang!;
    if (!english) {
      if (failed[p.collection].includes(p.id)) continue; // the English file's own problem is reported
      const suggestion = closest(
        p.id,
        ds[p.collection].map((e) => e.id),
      );
      out.push({
        file: p.file.file,
        line: 1,
        field: 'id (the file name)',
        message: `no English entry src/content/${p.collection}/${p.id}${COLLECTIONS[p.collection].ext} for this ${language} translation`,
        fix: `name the file after an existing English entry${suggestion ? ` (did you mean ${suggestion}?)` : ''}, or add the English entry first`,
      });
      continue;
    }
    const list = (v: unknown) => (Array.isArray(v) ? (v as Record<string, unknown>[]) : []);
    /** A list translated item by item must have as many items as the English one. */
    const sameCount = (
      field: string,
      english: number,
      what: (n: number) => string,
      fix: string,
    ) => {
      const mine = list(data[field]).length;
      if (mine !== english)
        out.push({
          file: p.file.file,
          line: at(field),
          field,
          message: `${mine} ${what(english)}`,
          fix,
        });
    };
    if (p.collection === 'article') {
      const ids = list(english.data['claims']).map((c) => c['id']);
      const mine = list(data['claims']).map((c) => c['id']);
      if (ids.join('|') !== mine.join('|')) {
        out.push({
          file: p.file.file,
          line: at('claims'),
          field: 'claims',
          message: `the claims must be the English article's, in its order: ${ids.join(', ')}`,
          fix: 'translate each claim once, keeping its id',
        });
      }
      sameCount(
        'framing',
        list(english.data['framing']).length,
        (n) => `framing notes for the English article's ${n}`,
        'translate each framing note once, in the English order',
      );
    }
    if (p.collection === 'actors')
      sameCount(
        'formerNames',
        list(english.data['formerNames']).length,
        (n) => `former names for the English entry's ${n}`,
        'give each former name once, in the English order (the dates come from the English entry)',
      );
    if (p.collection === 'events')
      sameCount(
        'roles',
        list(english.data['participants']).length,
        (n) => `roles for the English entry's ${n} participants`,
        "give each participant's role once, in the English order of participants (the actors come from the English entry)",
      );
  }
  return out;
}

/** Words a content file may share in a row with the source report (docs/source/README.md). */
export const COPY_LIMIT = 6;

type MdxResults = ReturnType<MdxChecker>;
interface CheckOptions {
  checkMdx?: MdxChecker;
  sourceReport?: string;
}

/** Checks a whole content tree given as files; reads nothing from disk. */
export function checkContent(
  files: readonly ContentFile[],
  options: CheckOptions = {},
): CheckResult {
  const run = checking(files, options);
  const none: MdxResults = new Map(); // it asks only when there is a checker
  let step = run.next();
  while (!step.done) step = run.next(options.checkMdx?.(step.value) ?? none);
  return step.value;
}

/**
 * Like checkContent(), with the MDX bodies checked while the rest is: `mdx` was started on every
 * .mdx file of the tree (in a child process), and the schemas, the rules across entries and the
 * copy check run in the meantime.
 */
export async function checkContentBeside(
  files: readonly ContentFile[],
  mdx: Promise<MdxResults>,
  options: Omit<CheckOptions, 'checkMdx'> = {},
): Promise<CheckResult> {
  const run = checking(files, { ...options, checkMdx: () => new Map() });
  let step = run.next();
  while (!step.done) step = run.next(await mdx);
  return step.value;
}

/**
 * The check itself. It yields the MDX files it needs checked and goes on with their results, so
 * that one piece of code serves the check that waits for them (checkContent) and the one that has
 * them checked beside everything else (checkContentBeside).
 */
function* checking(
  files: readonly ContentFile[],
  options: CheckOptions,
): Generator<readonly ContentFile[], CheckResult, MdxResults> {
  const errors: Problem[] = [];
  const counts: Record<string, number> = {};
  const ds: Dataset = {
    actors: [],
    events: [],
    relations: [],
    sources: [],
    article: [],
    places: [],
    corrections: [],
  };
  const failed: Record<CollectionName, string[]> = {
    actors: [],
    events: [],
    relations: [],
    sources: [],
    article: [],
    places: [],
    corrections: [],
  };
  const parsed = new Map<string, Parsed>();
  const translations: { p: Parsed; data: Record<string, unknown> }[] = [];

  for (const f of files) {
    const parts = f.file.split('/');
    const name = parts[parts.length - 1]!;
    let dir = parts[parts.length - 2] ?? '';
    if (name.startsWith('.')) continue;
    // a translation: <collection>/<lang>/<id>.<ext> (docs/translating.md)
    const lang =
      (TRANSLATION_LOCALES as readonly string[]).includes(dir) &&
      (parts[parts.length - 3] ?? '') in COLLECTIONS
        ? dir
        : undefined;
    if (lang) dir = parts[parts.length - 3]!;
    const collection = (Object.keys(COLLECTIONS) as CollectionName[]).find((c) => c === dir);
    const inContent = parts.indexOf('content');
    if (!collection) {
      const top = inContent >= 0 ? parts[inContent + 1] : undefined;
      const known = top && top in COLLECTIONS;
      errors.push({
        file: f.file,
        field: 'file',
        message: known
          ? `the site reads only files directly inside src/content/${top}/ and its translations in ${TRANSLATION_LOCALES.map((l) => `src/content/${top}/${l}/`).join(', ')}: this file is ignored`
          : `"${dir}" is not a collection: the site ignores this file`,
        fix: `move it to one of src/content/${Object.keys(COLLECTIONS).join('/, src/content/')}/`,
      });
      continue;
    }
    const { ext, template } = COLLECTIONS[collection];
    const countKey = lang ? `${collection}/${lang}` : collection;
    counts[countKey] = (counts[countKey] ?? 0) + 1;
    if (!name.endsWith(ext)) {
      errors.push({
        file: f.file,
        field: 'file',
        message: `${collection} files end in ${ext}: the site ignores ${name}`,
        fix: `rename it to ${idFromFile(name)}${ext}${template ? ` (npm run new -- ${template} ${idFromFile(name).toLowerCase()} writes a template)` : ''}`,
      });
      continue;
    }
    const id = idFromFile(name);
    const p: Parsed = { file: f, collection, id, base: 0, ...(lang ? { lang } : {}) };
    parsed.set(f.file, p);

    let text = f.raw;
    if (ext === '.mdx') {
      const split = splitFrontmatter(f.file, f.raw);
      if (!isSplit(split)) {
        errors.push({ ...split, fix: `${split.fix} (${DOCS})` });
        failed[collection].push(id);
        continue;
      }
      p.base = split.yamlOffset;
      text = split.yaml;
      p.mdx = true;
    }
    const doc = parseDocument(text, YAML_OPTIONS);
    p.doc = doc;
    p.text = text;
    if (doc.errors.length) {
      for (const err of doc.errors) {
        errors.push({
          file: f.file,
          line: lineAt(f.raw, p.base + (err.pos[0] ?? 0)),
          field: 'YAML',
          message: `the YAML cannot be read: ${err.message.split('\n')[0]}`,
          fix: 'check indentation and quotes on this line: text containing ": " or " #", or starting with [ { * & ! | > \' " % @ `, must be in double quotes',
        });
      }
      failed[collection].push(id);
      continue;
    }
    // The data is what the build will see: Astro reads YAML with js-yaml (the yaml document above
    // gives the line numbers). Unquoted 2019-7-1, for one, is a date to yaml and text to js-yaml.
    let data: unknown;
    try {
      data = jsYamlLoad(text);
    } catch (e) {
      const mark = (e as { mark?: { line?: number } }).mark;
      errors.push({
        file: f.file,
        line: lineAt(f.raw, p.base) + (mark?.line ?? 0),
        field: 'YAML',
        message: `the YAML cannot be read: ${String((e as { reason?: string }).reason ?? (e as Error).message).split('\n')[0]}`,
        fix: 'write plain fields: text in double quotes, lists with "- ", no tags (!!), anchors (&, *) or merge keys (<<)',
      });
      failed[collection].push(id);
      continue;
    }
    if (ext === '.mdx' && (data === null || data === undefined)) data = {};
    p.data = data;
    const placeholders = new Map(
      placeholderProblems({ file: f.file, raw: f.raw }, data).map((x) => [x.field, x] as const),
    );
    for (const [field, problem] of placeholders) {
      const path = parsePathText(field);
      const at = path && locate(doc, path, true);
      if (at !== undefined) problem.line = lineAt(f.raw, p.base + at);
    }
    const result = (lang ? translationSchemas : schemas)[COLLECTIONS[collection].kind].safeParse(
      data,
    );
    if (!result.success) {
      errors.push(
        ...schemaProblems(p, result.error.issues, placeholders),
        ...placeholders.values(),
      );
      if (!lang) failed[collection].push(id);
      continue;
    }
    // a translation's TODOs are all text, so its schema passes: the placeholders alone must stop it
    if (lang && placeholders.size) {
      errors.push(...placeholders.values());
      continue;
    }
    if (lang) translations.push({ p, data: result.data });
    else
      (ds[collection] as Entry<unknown>[]).push({
        id,
        file: f.file,
        raw: f.raw,
        data: result.data,
      });
  }

  for (const list of Object.values(ds) as Entry<unknown>[][])
    list.sort((a, b) => a.id.localeCompare(b.id));
  errors.push(...translationProblems(ds, failed, translations));
  const untranslated = Object.fromEntries(
    TRANSLATION_LOCALES.map((lang) => {
      const done = new Set(
        translations.filter((t) => t.p.lang === lang).map((t) => `${t.p.collection}/${t.p.id}`),
      );
      return [
        lang,
        (Object.keys(COLLECTIONS) as CollectionName[])
          .flatMap((c) => ds[c].map((e) => `${c}/${e.id}`))
          .filter((k) => !done.has(k)),
      ];
    }),
  );

  // our own words: no long run of words shared with the source report, outside quotation marks
  if (options.sourceReport) {
    for (const f of files) {
      for (const run of sharedRuns(f.raw, options.sourceReport, COPY_LIMIT)) {
        errors.push({
          file: f.file,
          line: lineAt(f.raw, run.at),
          field: 'text',
          message: `${run.length} words in a row as in the source report: "${run.text}"`,
          fix: "write it in your own words, rewriting the structure, not only the words; a named person's words may be quoted, in quotation marks, attributed and cited",
        });
      }
    }
  }

  // MDX bodies as the build reads them: parse tree, lint, render (scripts/mdx-check.ts)
  const bodyRefs: BodyRef[] = [];
  const toCheck = [...parsed.values()].filter((p) => p.mdx).map((p) => p.file);
  if (options.checkMdx && toCheck.length) {
    const results = yield toCheck;
    for (const file of toCheck.map((f) => f.file)) {
      const result = results.get(file);
      if (!result) continue;
      if ('crashed' in result) {
        errors.push({
          file,
          line: result.line,
          field: 'body',
          message: 'the MDX parser crashes on this text (the build would crash too)',
          fix: 'look for very deep nesting (lists, quotations, emphasis or components inside each other) and flatten it',
        });
        continue;
      }
      errors.push(...result.problems);
      bodyRefs.push(...result.refs);
    }
  }

  // checks across entries; lines made precise with the YAML positions where the field is a path
  for (const problem of validateDataset(ds, {
    knownIds: failed,
    bodyRefs: options.checkMdx ? bodyRefs : undefined,
  })) {
    const p = parsed.get(problem.file);
    const path = parsePathText(problem.field);
    if (p?.doc && path) {
      const at = locate(p.doc, path, true);
      if (at !== undefined) problem.line = lineAt(p.file.raw, p.base + at);
    }
    errors.push(problem);
  }

  errors.sort((a, b) => a.file.localeCompare(b.file) || (a.line ?? 0) - (b.line ?? 0));
  const warnings = singleSourceWarnings(ds).map((w) => {
    const p = parsed.get(w.file);
    const path = parsePathText(w.field);
    const at = p?.doc && path ? locate(p.doc, path, true) : undefined;
    return at === undefined || !p ? w : { ...w, line: lineAt(p.file.raw, p.base + at) };
  });
  warnings.sort((a, b) => a.file.localeCompare(b.file) || (a.line ?? 0) - (b.line ?? 0));
  return { errors, warnings, counts, untranslated };
}

/** Every file under a content folder, with paths relative to `root`. */
export function readContentFiles(
  root: string,
  contentDir = join(root, 'src', 'content'),
): ContentFile[] {
  const out: ContentFile[] = [];
  const walk = (dir: string) => {
    for (const name of readdirSync(dir).sort()) {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) walk(path);
      else
        out.push({
          file: relative(root, path).split(sep).join('/'),
          raw: readFileSync(path, 'utf8'),
        });
    }
  };
  walk(contentDir);
  return out;
}

/** GitHub Actions workflow commands: annotate the file and line in the pull request. */
export function githubAnnotations(
  level: 'error' | 'warning',
  problems: readonly Problem[],
): string {
  const data = (s: string) => s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
  const prop = (s: string) => data(s).replace(/:/g, '%3A').replace(/,/g, '%2C');
  return problems
    .map(
      (p) =>
        `::${level} file=${prop(p.file)},line=${p.line ?? 1},title=${prop(`${p.field}: content ${level}`)}::${data(`${p.message}\nFix: ${p.fix}`)}`,
    )
    .join('\n');
}

/** The command line: node scripts/check.ts [--root DIR] [--content DIR]. Returns the exit code. */
/** The source report the site explains, which content must not copy (docs/source/report.txt). */
export function readSourceReport(projectRoot: string): string {
  return readFileSync(join(projectRoot, 'docs', 'source', 'report.txt'), 'utf8');
}

export async function main(
  argv: readonly string[],
  options: {
    checkMdx: MdxChecker;
    /** The MDX check that runs beside the rest (childMdxCheckerBeside); checkMdx without it. */
    checkMdxBeside?: (files: readonly ContentFile[]) => Promise<ReturnType<MdxChecker>>;
    env?: Record<string, string | undefined>;
    log?: (s: string) => void;
    files?: readonly ContentFile[];
    sourceReport?: string;
    projectRoot?: string;
  },
): Promise<number> {
  const log = options.log ?? ((s: string) => process.stdout.write(`${s}\n`));
  const env = options.env ?? process.env;
  const arg = (name: string) => {
    const i = argv.indexOf(name);
    return i >= 0 ? argv[i + 1] : undefined;
  };
  const root = resolve(arg('--root') ?? '.');
  const contentDir = resolve(root, arg('--content') ?? join('src', 'content'));
  const started = Date.now();
  const files = options.files ?? readContentFiles(root, contentDir);
  const sourceReport =
    options.sourceReport ?? readSourceReport(options.projectRoot ?? process.cwd());
  // every .mdx file goes to the MDX worker at once; the check asks only for those it can read
  const mdxFiles = files.filter((f) => f.file.endsWith('.mdx'));
  const beside = options.checkMdxBeside?.(mdxFiles);
  beside?.catch(() => {}); // a failure is reported where the check awaits it (if it needs it)
  const { errors, warnings, counts, untranslated } = beside
    ? await checkContentBeside(files, beside, { sourceReport })
    : checkContent(files, { checkMdx: options.checkMdx, sourceReport });
  const total = Object.values(counts).reduce((a, b) => a + b, 0);
  const quiet = argv.includes('--quiet');
  const summary = `Content check: ${total} files (${Object.entries(counts)
    .map(([c, k]) => `${k} ${c}`)
    .join(', ')}) in ${((Date.now() - started) / 1000).toFixed(1)} s`;
  if (!quiet) {
    log(summary);
    for (const [lang, missing] of Object.entries(untranslated)) {
      const all = Object.entries(counts)
        .filter(([k]) => !k.includes('/'))
        .reduce((n, [, k]) => n + k, 0);
      const shown = missing.slice(0, 8).join(', ');
      log(
        `${LANGUAGE_NAMES[lang] ?? lang} edition: ${all - missing.length} of ${all} entries translated${missing.length ? `; not yet (shown in English with a notice): ${shown}${missing.length > 8 ? ` and ${missing.length - 8} more` : ''}` : ''}`,
      );
    }
  }
  if (warnings.length && !quiet) {
    log(
      `\n${warnings.length} warning(s), which do not fail the check: claims that rest on a single source. Add a second, independent source where there is one.`,
    );
    for (const w of warnings)
      log(
        `  ${oneLine(w.file)}${w.line ? `:${w.line}` : ''}  ${oneLine(w.field)}: ${oneLine(w.message)}`,
      );
  }
  if (env['GITHUB_ACTIONS'] === 'true') {
    if (warnings.length) log(githubAnnotations('warning', warnings));
    if (errors.length) log(githubAnnotations('error', errors));
  }
  if (errors.length) {
    log(`${quiet ? '' : '\n'}${errors.length} content problem(s):\n\n${formatProblems(errors)}\n`);
    log(
      `The content check failed. How to write each kind of entry: CONTRIBUTING.md; every field: ${DOCS}.`,
    );
    return 1;
  }
  if (quiet) {
    log(`${summary}: no problems`);
    return 0;
  }
  log('\nNo content problems.');
  return 0;
}
