/**
 * Checks across entries and collections: references that resolve, dates in order, no self or
 * duplicate relations, no lineage loops, no alias claimed twice, every claim sourced. The zod
 * schemas check each entry's shape; this checks what one entry cannot know alone.
 */
import {
  bodyOffset,
  otherNames,
  type Dataset,
  type Entry,
  type Relation,
  type Source,
} from './dataset';
import type { BodyRef } from './mdx-lint';
import { closest, nameKey } from './content-policy';
import { parsePartialDate, earliest, latest } from './dates';
import { CONFIRMING_KINDS, CORRECTABLE, LINEAGE_TYPES, SLUG } from './vocabulary';
import { isOneOf } from './typed';
import { lineAt } from './frontmatter';
import { EXTENTS, MAP_NAMES, inExtent } from './map-extents';

export interface Problem {
  file: string;
  line?: number | undefined;
  field: string;
  message: string;
  fix: string;
}

type CollectionName = 'actors' | 'events' | 'relations' | 'sources' | 'places' | 'corrections';

/** The 1-based line on which `needle` first appears in the file (for frontmatter fields). */
function lineOf(raw: string, needle: string, from = 0): number | undefined {
  const at = raw.indexOf(needle, from);
  return at < 0 ? undefined : lineAt(raw, at);
}

/** The 1-based line of a top-level key (`key:` at the start of a line), for frontmatter fields. */
export function keyLine(raw: string, key: string): number | undefined {
  const at = new RegExp(`^${key.replace(/[^\w-]/g, '')}[ \t]*:`, 'm').exec(raw);
  return at ? lineAt(raw, at.index) : undefined;
}

export interface ValidateOptions {
  /**
   * Ids of entries that exist but are not in the dataset because their own file failed its schema
   * check (the check script reports those): references to them are not reported a second time.
   */
  knownIds?: Partial<Record<CollectionName, Iterable<string>>>;
  /**
   * The ids that components in MDX bodies use, as the MDX lint found them in the parse tree
   * (mdx-lint.ts). Without them, bodies are not checked here (the content check always passes them).
   */
  bodyRefs?: readonly BodyRef[] | undefined;
}

export function validateDataset(ds: Dataset, options: ValidateOptions = {}): Problem[] {
  const problems: Problem[] = [];
  const known = (c: CollectionName) => [...(options.knownIds?.[c] ?? [])];
  const ids: Record<CollectionName, Set<string>> = {
    actors: new Set([...ds.actors.map((e) => e.id), ...known('actors')]),
    events: new Set([...ds.events.map((e) => e.id), ...known('events')]),
    relations: new Set([...ds.relations.map((e) => e.id), ...known('relations')]),
    sources: new Set([...ds.sources.map((e) => e.id), ...known('sources')]),
    places: new Set([...ds.places.map((e) => e.id), ...known('places')]),
    corrections: new Set([...ds.corrections.map((e) => e.id), ...known('corrections')]),
  };
  const claimIds = new Set(ds.article.flatMap((a) => a.data.claims.map((c) => c.id)));

  const add = (
    entry: Entry<unknown>,
    field: string,
    message: string,
    fix: string,
    needle?: string,
  ) =>
    problems.push({
      file: entry.file,
      line: needle ? lineOf(entry.raw, needle) : undefined,
      field,
      message,
      fix,
    });

  const ref = (
    entry: Entry<unknown>,
    field: string,
    collection: CollectionName,
    id: string | undefined,
  ) => {
    if (id === undefined || ids[collection].has(id)) return;
    const guess = closest(id, ids[collection]);
    add(
      entry,
      field,
      `"${id}" is not the id of any entry in ${collection}`,
      `${guess ? `did you mean "${guess}"? ` : ''}use an existing id (a file name in src/content/${collection}/ without its extension) or add src/content/${collection}/${id}.*`,
      id,
    );
  };
  const refs = (entry: Entry<unknown>, field: string, collection: CollectionName, list: string[]) =>
    list.forEach((id, i) => ref(entry, `${field}[${i}]`, collection, id));

  const collections: Entry<unknown>[][] = [
    ds.actors,
    ds.events,
    ds.relations,
    ds.sources,
    ds.article,
    ds.places,
    ds.corrections,
  ];
  for (const all of collections) {
    for (const e of all) {
      if (!SLUG.test(e.id)) {
        add(
          e,
          'id',
          `the id "${e.id}" (the file name) is not a lower-case slug`,
          'rename the file using only a-z, 0-9 and hyphens (a double hyphen only between the parts of a relation id), e.g. jaish-al-izza.mdx',
        );
      }
    }
    checkIdClashes(all, add);
    for (const e of all) problems.push(...placeholderProblems(e, e.data));
  }

  for (const e of ds.actors) {
    refs(e, 'leaders', 'actors', e.data.leaders);
    refs(e, 'sources', 'sources', e.data.sources);
    orderedDates(e, 'founded', e.data.founded, 'dissolved', e.data.dissolved, add);
    e.data.formerNames.forEach((n, i) =>
      orderedDates(e, `formerNames[${i}].from`, n.from, `formerNames[${i}].until`, n.until, add),
    );
    if (e.data.leaders.includes(e.id))
      add(e, 'leaders', 'an actor cannot lead itself', 'remove its own id from leaders', 'leaders');
  }

  checkAliases(ds, add);

  for (const e of ds.events) {
    e.data.participants.forEach((p, i) => ref(e, `participants[${i}].actor`, 'actors', p.actor));
    refs(e, 'sources', 'sources', e.data.sources);
    if (e.data.place !== undefined && !ids.places.has(e.data.place)) {
      add(
        e,
        'place',
        `"${e.data.place}" is not the id of any place`,
        `use the id of a place in src/content/places/ (its file name without .yaml), or add one with npm run new -- place ${e.data.place}`,
        'place:',
      );
    }
    const seen = new Set<string>();
    for (const p of e.data.participants) {
      if (seen.has(p.actor))
        add(
          e,
          'participants',
          `"${p.actor}" is listed twice`,
          'list each actor once and join its roles, e.g. "signatory, guarantor"',
          p.actor,
        );
      seen.add(p.actor);
    }
  }

  const relationKeys = new Map<string, string>();
  for (const e of ds.relations) {
    const r = e.data;
    ref(e, 'from', 'actors', r.from);
    ref(e, 'to', 'actors', r.to);
    ref(e, 'claimantActor', 'actors', r.claimantActor);
    ref(e, 'reportedBy', 'actors', r.reportedBy);
    refs(e, 'sources', 'sources', r.sources);
    if (r.from === r.to) {
      add(
        e,
        'to',
        `the relation goes from "${r.from}" to itself`,
        'set "to" to the other actor of the relation',
        'to:',
      );
    }
    r.periods.forEach((p, i) => {
      if (p.to !== 'ongoing' && p.to !== 'unknown') {
        orderedDates(e, `periods[${i}].from`, p.from, `periods[${i}].to`, p.to, add);
      }
    });
    if (r.grade === 'alleged' && !r.claimant && !r.claimantActor) {
      add(
        e,
        'claimant',
        'an alleged relation must say who alleges it',
        'add claimant (e.g. "Unnamed rebel source") or claimantActor',
        'grade:',
      );
    }
    checkRelationId(e, ids.actors, add);
    const key = `${r.from}|${r.type}|${r.to}|${r.grade}`;
    const first = relationKeys.get(key);
    if (first) {
      add(
        e,
        'type',
        `duplicates relation "${first}" (same from, to, type and grade)`,
        'merge the two files: one relation can hold several periods and sources; keep two only when their grades differ',
        'type:',
      );
    } else relationKeys.set(key, e.id);
  }
  checkLineage(ds, add);

  for (const e of ds.sources) {
    const { url, details, read } = e.data;
    if (!read && !details?.trim()) {
      add(
        e,
        'details',
        'the source is marked read: false but has no details saying what is known of it',
        'add details: "what is known of it and from where (e.g. quoted in another report), and that we have not read it"; or read it and set read: true',
        'read:',
      );
    } else if (read && !url?.trim() && !details?.trim()) {
      add(
        e,
        'details',
        'the source is marked read: true but has neither a url nor details naming how to find it',
        'add url: https://... (the original address), or details naming how to find it: a print edition and page, or a document symbol such as a UN press release number',
        'read:',
      );
    }
  }
  checkGrades(ds, add);
  checkCorrections(ds, ids, add);

  checkPlaces(ds, ids.places, ids.sources, add);

  for (const e of ds.article) {
    const a = e.data;
    ref(e, 'outlet', 'actors', a.outlet);
    ref(e, 'source', 'sources', a.source);
    ref(e, 'basedOn', 'sources', a.basedOn);
    const seen = new Set<string>();
    a.claims.forEach((c, i) => {
      if (seen.has(c.id))
        add(
          e,
          `claims[${i}].id`,
          `claim id "${c.id}" is used twice`,
          'give each claim its own id',
          `id: ${c.id}`,
        );
      seen.add(c.id);
      refs(e, `claims[${i}].relations`, 'relations', c.relations);
      refs(e, `claims[${i}].events`, 'events', c.events);
      refs(e, `claims[${i}].sources`, 'sources', c.sources);
    });
    a.framing.forEach((f, i) => refs(e, `framing[${i}].sources`, 'sources', f.sources));
  }

  if (options.bodyRefs) checkBodyRefs(options.bodyRefs, ids, claimIds, problems);
  return problems;
}

type Add = (
  entry: Entry<unknown>,
  field: string,
  message: string,
  fix: string,
  needle?: string,
) => void;

/**
 * Places: located in exactly one way (coordinates with a source, a region's places, or the area a
 * place lies in), coordinates inside the map the place names, references that resolve.
 */
function checkPlaces(ds: Dataset, placeIds: Set<string>, sourceIds: Set<string>, add: Add) {
  const byId = new Map(ds.places.map((p) => [p.id, p]));
  for (const e of ds.places) {
    const p = e.data;
    const ways = [
      p.coordinates && 'coordinates',
      p.around && 'around',
      p.within && 'within',
    ].filter(Boolean);
    if (ways.length !== 1) {
      add(
        e,
        ways[1] ? String(ways[1]) : 'coordinates',
        ways.length
          ? `the place is located in ${ways.length} ways (${ways.join(', ')}); give one`
          : 'the place has no location',
        'give coordinates: { lat, lon, source } from a source a reader can open; for a region with no coordinates of its own, around: [the places it spans]; for a place no source locates, within: the area it lies in',
        ways[1] ? `${String(ways[1])}:` : 'name:',
      );
    }
    if (p.coordinates) {
      const { lat, lon, source } = p.coordinates;
      if (!source) {
        add(
          e,
          'coordinates.source',
          'the coordinates have no source: a reader must be able to check where they come from',
          'add source: with the id of a source in src/content/sources/ that gives these coordinates (a gazetteer or encyclopedia page; add it first), or remove the coordinates',
          'coordinates:',
        );
      } else if (!sourceIds.has(source)) {
        add(
          e,
          'coordinates.source',
          `"${source}" is not the id of any entry in sources`,
          `use an existing id (a file name in src/content/sources/ without its extension) or add src/content/sources/${source}.yaml`,
          source,
        );
      }
      const extent = EXTENTS[p.map];
      if (!inExtent(extent, lat, lon)) {
        add(
          e,
          'coordinates',
          `lat ${lat}, lon ${lon} lies outside the map of ${MAP_NAMES[p.map]} (lat ${extent.south} to ${extent.north}, lon ${extent.west} to ${extent.east})`,
          'check the numbers against the source: latitude first, both in decimal degrees with north and east positive (35° 26′ 20″ N is 35.439); if the place lies elsewhere, set map: syria (Syria and its neighbours) or map: world',
          'coordinates:',
        );
      }
    }
    if (p.around) {
      if (p.kind !== 'region')
        add(
          e,
          'around',
          `only a region is drawn around other places; this place is a ${p.kind}`,
          'give it coordinates instead, or set kind: region',
          'around:',
        );
      if (p.around.length < 2)
        add(
          e,
          'around',
          'a region is drawn around at least two places',
          'list two or more place ids, e.g. around: [khan-shaykhun, morek]',
          'around:',
        );
      p.around.forEach((id, i) => {
        const m = byId.get(id);
        if (!placeIds.has(id)) {
          add(
            e,
            `around[${i}]`,
            `"${id}" is not the id of any place`,
            'use ids of places in src/content/places/ that have coordinates',
            id,
          );
        } else if (id === e.id) {
          add(
            e,
            `around[${i}]`,
            'a region cannot be drawn around itself',
            'list the places it spans',
            id,
          );
        } else if (m && !m.data.coordinates) {
          add(
            e,
            `around[${i}]`,
            `"${id}" has no coordinates, so a region cannot be drawn around it`,
            'list only places that have coordinates',
            id,
          );
        }
      });
    }
    if (p.within !== undefined) {
      const area = byId.get(p.within);
      if (!placeIds.has(p.within))
        add(
          e,
          'within',
          `"${p.within}" is not the id of any place`,
          'name the region it lies in, by its id in src/content/places/',
          'within:',
        );
      else if (area && area.data.kind !== 'region')
        add(
          e,
          'within',
          `"${p.within}" is a ${area.data.kind}, not a region`,
          'name a place of kind region, or give this place coordinates with a source',
          'within:',
        );
      else if (p.within === e.id)
        add(
          e,
          'within',
          'a place cannot lie within itself',
          'name the region it lies in',
          'within:',
        );
    }
  }
}

/** How a relation's grade may stand on its sources: see the Method page, "Grades follow the sources". */
const GRADE_RULE =
  "a relation graded confirmed cites at least one source we have read (read: true) that is primary (kind: official), a news agency's report (kind: agency) or a monitor's record (kind: monitor); a party's claim about its adversary is graded alleged";

/** The source ids of a relation that can carry it to confirmed: read, and official, agency or monitor. */
export function confirmingSources(r: Relation, sources: Map<string, Entry<Source>>): string[] {
  return r.sources.filter((id) => {
    const s = sources.get(id)?.data;
    return !!s && s.read && CONFIRMING_KINDS.includes(s.kind);
  });
}

/**
 * The adversaries of an actor: every actor it fights or rivals, and those of the groups it leads
 * or belongs to (a commander speaks for his group).
 */
function adversaries(ds: Dataset, actor: string): Set<string> {
  const groups = new Set([actor]);
  for (const r of ds.relations) {
    if (r.data.from === actor && (r.data.type === 'leadership' || r.data.type === 'member-of'))
      groups.add(r.data.to);
  }
  const out = new Set<string>();
  for (const r of ds.relations) {
    if (r.data.type !== 'armed-conflict' && r.data.type !== 'rivalry') continue;
    if (groups.has(r.data.from)) out.add(r.data.to);
    if (groups.has(r.data.to)) out.add(r.data.from);
  }
  for (const g of groups) out.delete(g);
  return out;
}

/** Grades follow the sources (GRADE_RULE). */
function checkGrades(ds: Dataset, add: Add) {
  const sources = new Map(ds.sources.map((s) => [s.id, s] as const));
  for (const e of ds.relations) {
    const r = e.data;
    if (r.grade === 'confirmed' && confirmingSources(r, sources).length === 0) {
      const listed = r.sources
        .map((id) => {
          const s = sources.get(id)?.data;
          return s ? `${id} (${s.kind}, ${s.read ? 'read' : 'not read'})` : id;
        })
        .join(', ');
      add(
        e,
        'grade',
        `graded confirmed, but none of its sources is a read primary statement, agency report or monitor's record: ${listed}. The rule: ${GRADE_RULE}`,
        "cite such a source and mark it read: true once you have read it; otherwise grade the relation reported (or alleged when it rests on a party's claim about its adversary)",
        'grade:',
      );
    }
    const claimant = r.claimantActor;
    if (claimant && (r.grade === 'confirmed' || r.grade === 'reported')) {
      const enemies = adversaries(ds, claimant);
      const about = [r.from, r.to].find((a) => a !== claimant && enemies.has(a));
      if (about) {
        add(
          e,
          'grade',
          `graded ${r.grade}, but it rests on a claim by "${claimant}" about "${about}", its adversary. The rule: ${GRADE_RULE}`,
          'grade it alleged (keep claimant and claimantActor), or cite independent sources and remove claimantActor if the relation no longer rests on that claim',
          'grade:',
        );
      }
    }
  }
}

/** Every entry a correction names must exist: a correction of nothing misleads the reader. */
function checkCorrections(ds: Dataset, ids: Record<CollectionName, Set<string>>, add: Add) {
  const article = new Set(ds.article.map((a) => a.id));
  for (const e of ds.corrections) {
    e.data.entries.forEach((entry, i) => {
      const [collection = '', id = ''] = entry.split('/');
      const known = !isOneOf(CORRECTABLE, collection)
        ? undefined
        : collection === 'article'
          ? article
          : ids[collection];
      if (!known?.has(id)) {
        add(
          e,
          `entries[${i}]`,
          `"${entry}" is not an entry of the site: there is no ${collection === 'article' ? 'article' : collection} entry "${id}"`,
          `name an existing entry as collection/id, e.g. actors/hts or relations/russia--military-support--syrian-government (file names in src/content/<collection>/ without the extension)`,
          entry,
        );
      }
    });
    e.data.sources.forEach((id, i) => {
      if (!ids.sources.has(id)) {
        add(
          e,
          `sources[${i}]`,
          `"${id}" is not the id of any entry in sources`,
          'use an existing id (a file name in src/content/sources/ without its extension)',
          id,
        );
      }
    });
  }
}

/** Two files of one collection whose ids differ only in case (the loader also refuses them). */
function checkIdClashes(all: Entry<unknown>[], add: Add) {
  const first = new Map<string, Entry<unknown>>();
  for (const e of all) {
    const key = e.id.toLowerCase();
    const other = first.get(key);
    if (other) {
      add(
        e,
        'id',
        `the id "${e.id}" (the file name) clashes with ${other.file}: both give the id "${key}"`,
        `merge the two files into one, or rename one of them (ids are unique lower-case file names)`,
      );
    } else first.set(key, e);
  }
}

/** A relation's file name says what it is: <from>--<type>--<to>, with -2, -3 only for a second record. */
function checkRelationId(e: Entry<Relation>, actors: Set<string>, add: Add) {
  const { from, to, type } = e.data;
  // a self-relation or an unknown actor is reported on its own; do not pile a second problem on it
  if (from === to || !actors.has(from) || !actors.has(to)) return;
  const expected = `${from}--${type}--${to}`;
  if (
    e.id === expected ||
    (e.id.startsWith(`${expected}-`) && /^[1-9]\d*$/.test(e.id.slice(expected.length + 1)))
  )
    return;
  add(
    e,
    'id',
    `the file name says "${e.id}" but the relation is from "${from}", type "${type}", to "${to}"`,
    `rename the file to ${expected}.yaml (add -2 only if that name is taken), or correct from, type or to`,
  );
}

/** The marker that templates (npm run new) put in every value a writer must fill in. */
const PLACEHOLDER = /\bTODO\b/;

/**
 * Values and body text still holding a template's TODO placeholder. `data` is the entry's parsed
 * frontmatter (or YAML), which may not have passed its schema.
 */
export function placeholderProblems(
  entry: { file: string; raw: string },
  data: unknown,
): Problem[] {
  const problems: Problem[] = [];
  const walk = (value: unknown, path: string) => {
    if (typeof value === 'string') {
      if (PLACEHOLDER.test(value)) {
        const key = /^[A-Za-z]+/.exec(path)?.[0];
        problems.push({
          file: entry.file,
          line: key ? keyLine(entry.raw, key) : undefined,
          field: path || 'value',
          message: `still holds the template placeholder: "${value.length > 80 ? `${value.slice(0, 77)}...` : value}"`,
          fix: 'replace the TODO with the real value (see the comment beside it and docs/content-model.md), or delete the line if the field is optional',
        });
      }
    } else if (Array.isArray(value)) value.forEach((v, i) => walk(v, `${path}[${i}]`));
    else if (value && typeof value === 'object') {
      for (const [k, v] of Object.entries(value)) walk(v, path ? `${path}.${k}` : k);
    }
  };
  walk(data, '');
  if (entry.file.endsWith('.mdx')) {
    const start = bodyOffset(entry.raw);
    const body = entry.raw.slice(start);
    const at = body.search(PLACEHOLDER);
    if (at >= 0) {
      problems.push({
        file: entry.file,
        line: lineAt(entry.raw, start + at),
        field: 'body',
        message: 'the text still holds the template placeholder TODO',
        fix: 'write the text in your own words and delete the TODO',
      });
    }
  }
  return problems;
}

/**
 * Claims that rest on one source: relations, events and the article's claims. Not errors: a
 * single good source can be enough, but readers should know, and a second source helps.
 */
export function singleSourceWarnings(ds: Dataset): Problem[] {
  const warnings: Problem[] = [];
  const warn = (e: Entry<unknown>, field: string, what: string, source: string, needle?: string) =>
    warnings.push({
      file: e.file,
      line: needle ? lineOf(e.raw, needle) : keyLine(e.raw, 'sources'),
      field,
      message: `${what} rests on a single source (${source})`,
      fix: 'add a second, independent source if there is one; otherwise make sure the grade and the wording say how thin the support is',
    });
  for (const e of ds.relations) {
    const [only, ...more] = e.data.sources;
    if (only !== undefined && !more.length) warn(e, 'sources', 'the relation', only);
  }
  for (const e of ds.events) {
    const [only, ...more] = e.data.sources;
    if (only !== undefined && !more.length) warn(e, 'sources', 'the event', only);
  }
  for (const e of ds.article) {
    e.data.claims.forEach((c, i) => {
      const [only, ...more] = c.sources;
      if (only !== undefined && !more.length)
        warn(e, `claims[${i}].sources`, `the claim "${c.id}"`, only, `id: ${c.id}`);
    });
  }
  return warnings;
}

function orderedDates(
  e: Entry<unknown>,
  startField: string,
  start: string | undefined,
  endField: string,
  end: string | undefined,
  add: Add,
) {
  if (!start || !end) return;
  const a = parsePartialDate(start);
  const b = parsePartialDate(end);
  if (typeof a === 'string' || typeof b === 'string') return; // the schema reports bad dates
  if (latest(b) < earliest(a)) {
    add(
      e,
      endField,
      `${endField} "${end}" comes before ${startField} "${start}"`,
      `swap the two dates or correct one of them`,
      end,
    );
  }
}

function checkAliases(ds: Dataset, add: Add) {
  const owner = new Map<string, string>();
  for (const e of ds.actors) {
    const names = [e.data.name, ...otherNames(e.data)];
    // compared as readers see them: NFKC, invisible characters removed, case and spaces folded
    for (const name of new Set(names.map(nameKey))) {
      const other = owner.get(name);
      if (other && other !== e.id) {
        add(
          e,
          'aliases',
          `the name "${name}" is used by actor "${other}" too`,
          'keep each name or alias on one actor only, so links and search stay unambiguous',
          name,
        );
      } else owner.set(name, e.id);
    }
  }
}

/** Lineage (splinter of, merged into, successor of) must not loop: A succeeds B succeeds A. */
function checkLineage(ds: Dataset, add: Add) {
  const next = new Map<string, { to: string; entry: Entry<unknown> }[]>();
  for (const e of ds.relations) {
    if (!LINEAGE_TYPES.includes(e.data.type)) continue;
    const list = next.get(e.data.from) ?? [];
    list.push({ to: e.data.to, entry: e });
    next.set(e.data.from, list);
  }
  const reported = new Set<string>();
  for (const start of next.keys()) {
    const stack: { node: string; path: string[] }[] = [{ node: start, path: [start] }];
    for (let top = stack.pop(); top; top = stack.pop()) {
      const { node, path } = top;
      for (const edge of next.get(node) ?? []) {
        if (edge.to === start) {
          const cycle = [...path, start];
          const key = [...cycle].slice(0, -1).sort().join('|');
          if (!reported.has(key)) {
            reported.add(key);
            add(
              edge.entry,
              'type',
              `lineage loops back on itself: ${cycle.join(' → ')}`,
              'lineage (splinter-of, merged-into, successor-of) points from newer to older; remove or reverse one of these relations',
              'type:',
            );
          }
        } else if (!path.includes(edge.to)) stack.push({ node: edge.to, path: [...path, edge.to] });
      }
    }
  }
}

/** Every id a component in a body uses must exist; a near miss gets a "did you mean". */
function checkBodyRefs(
  refs: readonly BodyRef[],
  ids: Record<CollectionName, Set<string>>,
  claimIds: Set<string>,
  problems: Problem[],
) {
  for (const r of refs) {
    const known = r.target === 'claims' ? claimIds : ids[r.target];
    if (known.has(r.id)) continue;
    const where =
      r.target === 'claims'
        ? "the claims listed in the article's frontmatter"
        : `src/content/${r.target}/`;
    const guess = closest(r.id, known);
    problems.push({
      file: r.file,
      line: r.line,
      field: `<${r.component} ${r.attribute}>`,
      message: `"${r.id}" is not the id of any entry in ${r.target}`,
      fix: `${guess ? `did you mean "${guess}"? ` : ''}use an id from ${where}`,
    });
  }
}

/**
 * A value on one line: line breaks and other control characters shown as escapes, so that no
 * content can start a line of its own in the output (a line starting with "::" would be read by
 * GitHub Actions as a workflow command).
 */
export function oneLine(text: string): string {
  return text.replace(/[\u0000-\u001F\u007F-\u009F\u2028\u2029]/g, (c) =>
    c === '\n'
      ? '\\n'
      : c === '\r'
        ? '\\r'
        : c === '\t'
          ? ' '
          : `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );
}

export function formatProblems(problems: Problem[]): string {
  return problems
    .map(
      (p) =>
        `${oneLine(p.file)}${p.line ? `:${p.line}` : ''}\n  field: ${oneLine(p.field)}\n  problem: ${oneLine(p.message)}\n  fix: ${oneLine(p.fix)}`,
    )
    .join('\n\n');
}
