// Synthetic, schema-valid content for the scale benchmark: actors and events (MDX), relations and
// sources (YAML) and one article/report.mdx, in the proportions of the real site (about 30% actors,
// 25% events, 45% relations of the content pages). It passes src/lib/validate.ts and the MDX lint:
// every reference resolves, names and aliases are unique, alleged relations name a claimant, no
// relation is duplicated, lineage points from a later actor to an earlier one (so it cannot loop),
// dates are in order. Deterministic: one seed, the same files every time.
//
// Writes into a content folder of a temporary copy of the project, never into the real src/content.
//   node scripts/bench/generate-content.ts <content-dir> <total-pages>
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import '../resolve-ts.ts';

/**
 * Pages that do not come from entries (home, report, who-backs-whom, actors, events, sources,
 * method, 404 ...): used only to plan the sizes; the benchmark counts the HTML files it gets.
 */
const FIXED_PAGES = 8;

const ROLES = ['signatory', 'attacker', 'defender', 'mediator', 'guarantor', 'observer', 'target'];
/** [id, name, kind, country, map, lat, lon]: the synthetic events happen at these places. */
const PLACES: [string, string, string, string, string, number, number][] = [
  ['idlib', 'Idlib', 'city', 'Syria', 'north-west', 35.93, 36.63],
  ['aleppo', 'Aleppo', 'city', 'Syria', 'north-west', 36.2, 37.16],
  ['hama', 'Hama', 'city', 'Syria', 'north-west', 35.13, 36.75],
  ['khan-shaykhun', 'Khan Shaykhun', 'town', 'Syria', 'north-west', 35.44, 36.65],
  ['sochi', 'Sochi', 'city', 'Russia', 'world', 43.6, 39.73],
  ['astana', 'Astana', 'city', 'Kazakhstan', 'world', 51.17, 71.45],
];
const WORDS = (
  'the front line held through the spring while commanders on both sides traded claims about losses and ' +
  'supply routes across the province observers counted strikes on villages and markets and local councils asked ' +
  'for a ceasefire that outside patrons had promised but not delivered talks moved between capitals and the ' +
  'fighting shifted north as positions changed hands several times during the summer months'
).split(' ');

/** mulberry32: a small seeded random source, so the same seed gives the same content. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const pad = (n: number) => String(n).padStart(2, '0');
const q = (s: string) => JSON.stringify(s); // YAML accepts JSON strings

/** list[i], which the generator only asks for within the list. */
function at<T>(list: readonly T[], i: number): T {
  const x = list[i];
  if (x === undefined)
    throw new Error(`generate-content: no item ${i} in a list of ${list.length}`);
  return x;
}

/** How many entries of each kind make about `totalPages` pages. */
export function plan(
  totalPages: number,
): Record<'actors' | 'events' | 'relations' | 'sources', number> {
  const content = Math.max(20, totalPages - FIXED_PAGES);
  const actors = Math.round(content * 0.3);
  const events = Math.round(content * 0.25);
  const relations = content - actors - events;
  const sources = Math.max(10, Math.round(content * 0.25)); // the real site: 29 sources for 109 entries
  return { actors, events, relations, sources };
}

/**
 * Replaces the collections in `contentDir` with synthetic entries for about `totalPages` pages.
 * Returns the counts written.
 */
export async function generateContent(
  contentDir: string,
  totalPages: number,
  seed = 20190712,
): Promise<ReturnType<typeof plan> & { pages: number }> {
  // the closed vocabularies come from the project, so the content follows them if they change
  const {
    ACTOR_KINDS,
    SIDES,
    RELATION_TYPES,
    LINEAGE_TYPES,
    GRADES,
    SOURCE_KINDS,
    CONFIRMING_KINDS,
    FRAMING_KINDS,
  } = await import('../../src/lib/vocabulary.ts');
  const LINEAGE: ReadonlySet<string> = new Set(LINEAGE_TYPES);
  const dir = resolve(contentDir);
  if (dir === resolve('src/content'))
    throw new Error(
      "generate-content: refusing to write into the project's own src/content; pass a temporary copy",
    );
  const rnd = random(seed);
  const int = (n: number) => Math.floor(rnd() * n);
  const pick = <T>(list: readonly T[]): T => at(list, int(list.length));
  const sentence = (min = 8, max = 18) => {
    const n = min + int(max - min + 1);
    const w = Array.from({ length: n }, () => pick(WORDS));
    w[0] = at(w, 0).charAt(0).toUpperCase() + at(w, 0).slice(1);
    return `${w.join(' ')}.`;
  };
  const year = (from = 2011, to = 2019) => from + int(to - from + 1);
  const partialDate = (y = year()) => {
    const k = int(4);
    if (k === 0) return `${y}`;
    if (k === 1) return `${y}-${pad(1 + int(12))}`;
    return `${y}-${pad(1 + int(12))}-${pad(1 + int(28))}`;
  };

  const counts = plan(totalPages);
  for (const c of [
    'actors',
    'events',
    'relations',
    'sources',
    'article',
    'corrections',
    'places',
  ]) {
    rmSync(join(dir, c), { recursive: true, force: true });
    mkdirSync(join(dir, c), { recursive: true });
  }

  // Sources.
  const sources = Array.from({ length: counts.sources }, (_, i) => `source-${i + 1}`);
  sources.forEach((id, i) => {
    const kind = at(SOURCE_KINDS, i % SOURCE_KINDS.length);
    const lines = [
      `title: ${q(`Synthetic ${kind} piece number ${i + 1} on the north-west front`)}`,
      `publisher: ${q(`Publisher ${1 + (i % 40)}`)}`,
      ...(i % 3 === 0 ? [`citeAs: ${q(`P${1 + (i % 40)}`)}`] : []),
      ...(i % 2 === 0 ? [`authors: [${q(`Writer ${i}`)}, ${q(`Reporter ${i + 1}`)}]`] : []),
      `date: ${q(partialDate(year(2013, 2020)))}`,
      `kind: ${kind}`,
      i % 4 === 3
        ? `details: ${q(`Printed edition, section ${1 + (i % 9)}, page ${1 + (i % 30)}.`)}`
        : `url: https://example.org/synthetic/${id}`,
      // one in ten not read, as real content has a few: then details say what is known of it
      ...(i % 10 === 9
        ? [
            'read: false',
            ...(i % 4 === 3
              ? []
              : [`details: ${q('Known only from another report that quotes it.')}`]),
          ]
        : ['read: true']),
      ...(kind === 'monitor'
        ? [
            `reliability: ${q('Relies on a network of local contacts; figures are not independently verified.')}`,
          ]
        : []),
    ];
    writeFileSync(join(dir, 'sources', `${id}.yaml`), `${lines.join('\n')}\n`);
  });
  const cite = () => pick(sources);
  for (const [id, name, kind, country, map, lat, lon] of PLACES) {
    writeFileSync(
      join(dir, 'places', `${id}.yaml`),
      `name: ${q(name)}\nkind: ${kind}\ncountry: ${country}\nmap: ${map}\ncoordinates: { lat: ${lat}, lon: ${lon}, source: ${sources[0]} }\n`,
    );
  }
  // sources that can carry a relation to confirmed: read, and official, agency or monitor (validate.ts)
  const confirming = sources.filter(
    (_, i) => i % 10 !== 9 && CONFIRMING_KINDS.includes(at(SOURCE_KINDS, i % SOURCE_KINDS.length)),
  );
  const citeList = (n: number) => [...new Set(Array.from({ length: n }, cite))];

  // Actors: ids, kinds and sides first, so relations and leaders can refer to them.
  const actors = Array.from({ length: counts.actors }, (_, i) => ({
    id: `actor-${i + 1}`,
    n: i + 1,
    kind: at(ACTOR_KINDS, i % ACTOR_KINDS.length),
    side: pick(SIDES),
  }));
  const persons = actors.filter((a) => a.kind === 'person');
  const outlets = actors.filter((a) => a.kind === 'outlet');
  // Relations lean on a few hubs, as the real graph does (HTS, Turkey, Russia): `to` is drawn with
  // a bias towards low indices.
  const hub = () => Math.min(actors.length - 1, Math.floor(actors.length * rnd() ** 2.5));

  const relations: {
    id: string;
    from: string;
    to: string;
    type: string;
    grade: string;
    periods: { from: string; to: string }[];
    claimant: string | undefined;
    claimantActor: string | undefined;
    reportedBy: string | undefined;
    sources: string[];
  }[] = [];
  const keys = new Set<string>();
  while (relations.length < counts.relations) {
    let from = int(actors.length);
    let to = hub();
    if (from === to) continue;
    const type = pick(RELATION_TYPES);
    // lineage points from a later actor (higher index) to an earlier one, so it can never loop
    if (LINEAGE.has(type) && from < to) [from, to] = [to, from];
    const key = `${from}|${type}|${to}`;
    if (keys.has(key)) continue;
    keys.add(key);
    const grade = at(GRADES, relations.length % GRADES.length);
    const start = year(2011, 2019);
    const periods = [
      { from: partialDate(start), to: pick(['ongoing', 'unknown', `${start + 1 + int(2)}`]) },
    ];
    if (relations.length % 7 === 0) periods.push({ from: `${start + 4}`, to: 'ongoing' });
    relations.push({
      id: `${at(actors, from).id}--${type}--${at(actors, to).id}`,
      from: at(actors, from).id,
      to: at(actors, to).id,
      type,
      grade,
      periods,
      claimant:
        grade === 'alleged' || grade === 'disputed'
          ? 'Unnamed source quoted by a news agency'
          : undefined,
      claimantActor:
        grade === 'alleged' && outlets.length && relations.length % 2 === 0
          ? pick(outlets).id
          : undefined,
      reportedBy: outlets.length && relations.length % 3 === 0 ? pick(outlets).id : undefined,
      sources: [
        ...new Set([...citeList(1 + int(3)), ...(grade === 'confirmed' ? [pick(confirming)] : [])]),
      ],
    });
  }
  for (const r of relations) {
    const lines = [
      `from: ${r.from}`,
      `to: ${r.to}`,
      `type: ${r.type}`,
      'periods:',
      ...r.periods.map((p) => `  - { from: ${q(p.from)}, to: ${q(p.to)} }`),
      `grade: ${r.grade}`,
      ...(r.claimant ? [`claimant: ${q(r.claimant)}`] : []),
      ...(r.claimantActor ? [`claimantActor: ${r.claimantActor}`] : []),
      ...(r.reportedBy ? [`reportedBy: ${r.reportedBy}`] : []),
      `note: ${q(sentence(8, 14))}`,
      `sources: [${r.sources.join(', ')}]`,
    ];
    writeFileSync(join(dir, 'relations', `${r.id}.yaml`), `${lines.join('\n')}\n`);
  }
  const relationsOf = new Map<string, string[]>();
  for (const r of relations) {
    for (const a of [r.from, r.to]) relationsOf.set(a, [...(relationsOf.get(a) ?? []), r.id]);
  }

  // Events: dates, places and participants.
  const events = Array.from({ length: counts.events }, (_, i) => {
    const y = year(2011, 2020);
    const k = i % 5;
    const mm = pad(1 + int(12));
    // partial dates as the real data has them: a year, a month, a day, or a range within one month
    const date =
      k === 0
        ? `${y}`
        : k === 1
          ? `${y}-${mm}`
          : k === 2
            ? `${y}-${mm}-01/${y}-${mm}-${pad(10 + int(18))}`
            : `${y}-${mm}-${pad(1 + int(28))}`;
    const participants = [
      ...new Set(Array.from({ length: 1 + int(4) }, () => at(actors, hub()).id)),
    ];
    return { id: `event-${i + 1}`, n: i + 1, date, participants };
  });
  const eventsOf = new Map<string, string[]>();
  for (const e of events)
    for (const a of e.participants) eventsOf.set(a, [...(eventsOf.get(a) ?? []), e.id]);

  const paragraph = (refs: string[]) => {
    // a few sentences of filler with the references woven in
    const parts: string[] = [];
    for (const ref of refs) parts.push(sentence(6, 12).slice(0, -1), ref);
    parts.push(sentence());
    return parts.join(' ');
  };

  events.forEach((e, i) => {
    const place = i % 3 === 0 ? at(PLACES, i % PLACES.length) : undefined;
    const srcs = citeList(1 + int(3));
    const fm = [
      '---',
      `title: ${q(`Synthetic event ${e.n}: ${sentence(3, 6).slice(0, -1).toLowerCase()}`)}`,
      `date: ${q(e.date)}`,
      `summary: ${q(sentence(12, 24))}`,
      ...(place ? [`place: ${place[0]}`] : []),
      'participants:',
      ...e.participants.map(
        (a, j) => `  - { actor: ${a}, role: ${q(at(ROLES, (i + j) % ROLES.length))} }`,
      ),
      `sources: [${srcs.join(', ')}]`,
      '---',
    ];
    const refs = [
      ...e.participants.slice(0, 2).map((a) => `<Actor id="${a}">the actor ${a.slice(6)}</Actor>`),
      `<Cite id="${srcs[0]}" />`,
      ...(i > 0 ? [`<Event id="${at(events, i - 1).id}">the event before</Event>`] : []),
    ];
    const body = [paragraph(refs), paragraph([`<Cite id="${srcs[srcs.length - 1]}" />`])];
    writeFileSync(join(dir, 'events', `${e.id}.mdx`), `${fm.join('\n')}\n${body.join('\n\n')}\n`);
  });

  actors.forEach((a, i) => {
    const founded = a.kind === 'person' ? undefined : year(1990, 2016);
    const leader =
      a.kind !== 'person' && persons.length && i % 4 === 0 ? pick(persons).id : undefined;
    const srcs = citeList(1 + int(4));
    const fm = [
      '---',
      `name: ${q(`Synthetic Actor ${a.n}`)}`,
      ...(i % 2 === 0 ? [`shortName: SA${a.n}`] : []),
      `aliases: [${q(`Actor Number ${a.n}`)}, ${q(`Group ${a.n} of the north`)}]`,
      ...(i % 5 === 0
        ? [
            'formerNames:',
            `  - { name: ${q(`Old Front ${a.n}`)}, until: ${q(`${founded ?? 2012}`)} }`,
          ]
        : []),
      `kind: ${a.kind}`,
      `side: ${a.side}`,
      `summary: ${q(sentence(15, 30))}`,
      ...(leader && leader !== a.id ? [`leaders: [${leader}]`] : []),
      ...(founded ? [`founded: ${q(`${founded}`)}`] : []),
      ...(founded && i % 9 === 0 ? [`dissolved: ${q(`${founded + 3}`)}`] : []),
      ...(i % 3 === 0 ? ['country: Syria'] : []),
      `sources: [${srcs.join(', ')}]`,
      '---',
    ];
    const rel = relationsOf.get(a.id) ?? [];
    const evs = eventsOf.get(a.id) ?? [];
    const other = at(actors, (i + 1) % actors.length).id;
    const refs = [
      `<Actor id="${other}">a neighbouring actor</Actor>`,
      `<Cite id="${srcs[0]}" />`,
      ...(rel.length ? [`<Relation id="${rel[0]}">one of its relations</Relation>`] : []),
      ...(evs.length ? [`<Event id="${evs[0]}">an event it took part in</Event>`] : []),
    ];
    const body = [
      paragraph(refs),
      paragraph([`<Cite id="${srcs[srcs.length - 1]}" />`]),
      i % 4 === 0 ? `<Note>${sentence()}</Note>` : '',
    ];
    writeFileSync(
      join(dir, 'actors', `${a.id}.mdx`),
      `${fm.join('\n')}\n${body.filter(Boolean).join('\n\n')}\n`,
    );
  });

  // The article: claims that cite relations and events, framing notes, a body with sections.
  const outlet = outlets[0]?.id ?? at(actors, 0).id;
  const nClaims = Math.min(12, Math.max(3, Math.floor(relations.length / 10)));
  const claims = Array.from({ length: nClaims }, (_, i) => ({
    id: `claim-${i + 1}`,
    grade: at(GRADES, i % GRADES.length),
    relations: [...new Set(Array.from({ length: 1 + int(4) }, () => pick(relations).id))],
    events: [...new Set(Array.from({ length: int(4) }, () => pick(events).id))],
    sources: citeList(1 + int(3)),
  }));
  const fm = [
    '---',
    `title: ${q('A synthetic report for the scale benchmark')}`,
    `originalTitle: ${q('Synthetic headline')}`,
    `outlet: ${outlet}`,
    `published: ${q('2019-07-12')}`,
    `source: ${sources[0]}`,
    `basedOn: ${sources[1]}`,
    `summary: ${q(sentence(20, 40))}`,
    'claims:',
    ...claims.flatMap((c) => [
      `  - id: ${c.id}`,
      `    text: ${q(sentence(12, 24))}`,
      `    grade: ${c.grade}`,
      `    relations: [${c.relations.join(', ')}]`,
      `    events: [${c.events.join(', ')}]`,
      `    sources: [${c.sources.join(', ')}]`,
    ]),
    'framing:',
    ...FRAMING_KINDS.flatMap((kind: string, i: number) => [
      `  - wording: ${q(`“synthetic wording ${i + 1}”`)}`,
      `    kind: ${kind}`,
      `    note: ${q(sentence())}`,
      `    sources: [${sources[i % sources.length]}]`,
    ]),
    '---',
  ];
  const sections = claims.map((c, i) =>
    [
      `## Section ${i + 1}`,
      '',
      `<Claim id="${c.id}">${paragraph([`<Actor id="${pick(actors).id}">an actor</Actor>`, `<Event id="${pick(events).id}">an event</Event>`])}</Claim> ${paragraph([`<Cite id="${c.sources[0]}" />`])}`,
      '',
      i === 0
        ? `<Quote by="${pick(persons.length ? persons : actors).id}" source="${c.sources[0]}">“${sentence(6, 10)}”</Quote>`
        : paragraph([]),
    ].join('\n'),
  );
  writeFileSync(
    join(dir, 'article', 'report.mdx'),
    `${fm.join('\n')}\n\n${paragraph([`<Actor id="${outlet}">the outlet</Actor>`, `<Cite id="${sources[0]}" />`])}\n\n${sections.join('\n\n')}\n`,
  );

  return { ...counts, pages: counts.actors + counts.events + counts.relations + FIXED_PAGES };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const [dir, pages] = process.argv.slice(2);
  if (!dir || !pages) {
    console.error(
      'usage: node scripts/bench/generate-content.ts <content-dir of a temporary copy> <total pages>',
    );
    process.exit(2);
  }
  console.log(await generateContent(dir, Number(pages)));
}
