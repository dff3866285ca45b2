#!/usr/bin/env node
/**
 * npm run new -- actor|event|relation|source|place <id>
 * npm run new -- actor|event|relation|source|place|correction|article <id> --lang ar
 *
 * Writes a new content file from a template; with --lang, the translation template of an existing
 * English entry (src/content/<collection>/<lang>/<id>, with the fields docs/translating.md lists,
 * each English value quoted in a comment beside it). Every value a writer must supply holds TODO, so
 * `npm run check` fails, naming each field, until all are filled in; optional fields are commented
 * out. Refuses ids that are not lower-case slugs or that already exist; a relation id must be
 * <from>--<type>--<to> with two existing actors and a known type (add -2 only for a second record).
 *
 *   --root DIR   project root (default: the current directory)
 *   --lang LANG  a translation (ar) of the English entry <id>
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import yaml from 'js-yaml';
import { join, resolve } from 'node:path';
import './resolve-ts.ts';

// The closed vocabularies, from the one place that defines them.
const { ACTOR_KINDS, SIDES, RELATION_TYPES, GRADES, SOURCE_KINDS, SLUG, PLACE_KINDS, PLACE_MAPS } =
  await import('../src/lib/vocabulary.ts');

/** Where entries of a kind live. */
interface Place {
  dir: string;
  ext: '.mdx' | '.yaml';
}

const KINDS: Record<string, Place | undefined> = {
  actor: { dir: 'actors', ext: '.mdx' },
  event: { dir: 'events', ext: '.mdx' },
  relation: { dir: 'relations', ext: '.yaml' },
  source: { dir: 'sources', ext: '.yaml' },
  place: { dir: 'places', ext: '.yaml' },
};
/** Translations may also be of the corrections log and of the report. */
const TRANSLATABLE: Record<string, Place | undefined> = {
  ...KINDS,
  correction: { dir: 'corrections', ext: '.yaml' },
  article: { dir: 'article', ext: '.mdx' },
};
const LANGUAGES: Record<string, string | undefined> = { ar: 'Arabic' };

const USAGE = `usage: npm run new -- actor|event|relation|source|place <id>

  npm run new -- actor jaish-al-nasr
  npm run new -- event khan-shaykhun-falls
  npm run new -- relation turkey--arms-supply--national-front-for-liberation
  npm run new -- source reuters-2019-07-10
  npm run new -- place kafr-zita

ids are lower-case slugs (a-z, 0-9, hyphens); a relation id is <from>--<type>--<to>.

A translation of an existing entry (docs/translating.md):

  npm run new -- actor hts --lang ar
  npm run new -- event sochi-memorandum --lang ar
  npm run new -- article report --lang ar`;

function fail(message: string): never {
  process.stderr.write(`npm run new: ${message}\n`);
  process.exit(1);
}

const argv = process.argv.slice(2);
/** The value of an option (--root DIR) and the arguments without the options. */
const options: { root?: string; lang?: string } = {};
const args: string[] = [];
for (let i = 0; i < argv.length; i++) {
  const a = argv[i] ?? '';
  if (a === '--root') options.root = argv[++i] ?? '';
  else if (a === '--lang') options.lang = argv[++i] ?? '';
  else args.push(a);
}
const root = resolve(options.root ?? '.');
if (args.length !== 2) {
  process.stderr.write(`${USAGE}\n`);
  process.exit(2);
}
const [given = '', id = ''] = args;
const kind = given.replace(/s$/, '');
const content = join(root, 'src', 'content');
if (options.lang !== undefined) translation(options.lang);
const spec =
  KINDS[kind] ??
  fail(
    `"${given}" is not a kind of entry; use actor, event, relation, source or place.\n\n${USAGE}`,
  );

const idsIn = (dir: string): string[] => {
  const path = join(content, dir);
  return existsSync(path)
    ? readdirSync(path)
        .filter((f) => !f.startsWith('.'))
        .map((f) => f.replace(/\.[^.]+$/, '').toLowerCase())
    : [];
};

if (!SLUG.test(id)) {
  const suggestion = id
    .toLowerCase()
    .replace(/[^a-z0-9-]+/g, '-')
    .replace(/^-+|-+$/g, '');
  fail(
    `"${id}" is not a lower-case slug: use only a-z, 0-9 and hyphens${SLUG.test(suggestion) ? `, e.g. ${suggestion}` : ''}.`,
  );
}
if (idsIn(spec.dir).includes(id)) {
  fail(
    `src/content/${spec.dir}/${id}${spec.ext} already exists: edit that file, or choose another id.`,
  );
}

/** The parts of a new relation's id. */
interface NewRelation {
  from: string;
  type: string;
  to: string;
  /** "-2" for a second record of the same relation, else "". */
  suffix: string;
}
let relation: NewRelation | undefined;
if (kind === 'relation') {
  const parts = id.split('--');
  const [from = '', type = '', last = ''] = parts;
  if (parts.length !== 3)
    fail(
      `a relation id is <from>--<type>--<to>, e.g. turkey--arms-supply--national-front-for-liberation; "${id}" has ${parts.length} part(s).`,
    );
  let to = last;
  const actors = idsIn('actors');
  if (!(RELATION_TYPES as readonly string[]).includes(type))
    fail(`"${type}" is not a relation type; use one of: ${RELATION_TYPES.join(', ')}.`);
  let suffix = '';
  if (!actors.includes(to) && /-\d+$/.test(to) && actors.includes(to.replace(/-\d+$/, ''))) {
    suffix = to.slice(to.replace(/-\d+$/, '').length);
    to = to.replace(/-\d+$/, '');
    if (!idsIn('relations').includes(`${from}--${type}--${to}`)) {
      fail(
        `there is no ${from}--${type}--${to} yet: name the first record without a number suffix.`,
      );
    }
  }
  for (const [end, actor] of [
    ['from', from],
    ['to', to],
  ] as const) {
    if (!actors.includes(actor))
      fail(
        `"${actor}" (${end}) is not an actor: add it first with npm run new -- actor ${actor}, or use an id from src/content/actors/.`,
      );
  }
  if (from === to) fail('a relation goes from one actor to another, not to itself.');
  relation = { from, type, to, suffix };
}

const list = (values: readonly string[]) => values.join(' | ');
const header = (what: string) => [
  `# New ${what}. Replace every TODO (the check fails until none is left), uncomment the optional`,
  '# lines you need and delete the rest, then run: npm run check',
  '# Every field: docs/content-model.md. How to write and grade: CONTRIBUTING.md.',
];

const templates: Record<string, (r: NewRelation) => string[]> = {
  actor: () => [
    '---',
    ...header(`actor "${id}"`),
    'name: TODO the name most sources use',
    '# shortName: HTS                     # optional: an abbreviation readers know',
    'aliases: []                          # other current names readers search for, e.g. [Tahrir al-Sham]; not former names',
    '# formerNames:                       # optional: earlier names, with only the dates the sources give',
    '#   - { name: Nusra Front, until: "2016-07-28" }',
    `kind: TODO                           # ${list(ACTOR_KINDS)}`,
    `side: TODO                           # in mid-2019: ${list(SIDES)}`,
    'summary: TODO one or two neutral sentences in our own words',
    '# leaders: [abu-mohammad-al-jolani]  # optional: actor ids of its leaders',
    '# founded: "2017-01-28"              # optional, in quotes: "2017", "2017-01" or "2017-01-28"',
    '# dissolved: "2019"                  # optional',
    '# country: Syria                     # optional',
    'sources: [TODO]                      # source ids from src/content/sources/, e.g. [reuters-2019-07-10]',
    '#',
    '# In the text below: <Actor id="hts">HTS</Actor>, <Event id="hts-formed">its founding</Event>,',
    '# <Relation id="hts--affiliation--al-qaeda">its ties</Relation>, <Cite id="reuters-2019-07-10" />,',
    '# <Quote by="mustafa-bakour" source="reuters-2019-07-10">a short quotation</Quote>, <Note>an aside</Note>.',
    '---',
    'TODO: one to four short paragraphs in our own words: who they are, what they did in the period, who backs or opposes them. Cite a source after each claim.',
    '',
  ],
  event: () => [
    '---',
    ...header(`event "${id}"`),
    'title: TODO a short title, e.g. Sochi memorandum on Idlib',
    'date: "TODO"                         # in quotes: "2018-09-17", "2018-09", "2018" or a range "2019-01-01/2019-01-10"; only what the sources give',
    'summary: TODO one sentence in our own words',
    '# place: sochi                       # optional: where it happened, a place id from src/content/places/',
    'participants:                        # each actor once, with its role; add a block per actor',
    '  - actor: TODO                      # an actor id from src/content/actors/',
    '    role: TODO e.g. signatory, attacker or target',
    'sources: [TODO]                      # source ids from src/content/sources/',
    '#',
    '# In the text below: <Actor id="turkey">Turkey</Actor>, <Event id="sochi-memorandum">Sochi</Event>,',
    '# <Cite id="daily-sabah-2018-09-17" />, <Note>an aside</Note>.',
    '---',
    'TODO: one to three short paragraphs in our own words: what happened, who took part, what followed. Cite a source after each claim.',
    '',
  ],
  relation: (relation) => [
    `# New relation: ${relation.from} --${relation.type}--> ${relation.to}${relation.suffix ? ` (record ${relation.suffix.slice(1)})` : ''}.`,
    '# Replace every TODO (the check fails until none is left), then run: npm run check',
    '# Direction: from acts on, backs, belongs to or leads to. Every field: docs/content-model.md.',
    `from: ${relation.from}`,
    `to: ${relation.to}`,
    `type: ${relation.type}`,
    'periods:                   # when it held, as precisely as the sources say; add a block per period',
    '  - from: "TODO"           # in quotes: "2019-05-06", "2019-05" or "2019"',
    '    to: "TODO"             # a date in quotes, ongoing (still true when last checked) or unknown',
    `grade: TODO                # ${list(GRADES)} (CONTRIBUTING.md, "Choosing a grade")`,
    '# claimant: Unnamed rebel source quoted by Reuters   # who makes the claim; required when grade is alleged',
    '# claimantActor: reuters                            # optional: the claimant as an actor id',
    '# reportedBy: reuters                               # optional: the outlet that reported it, as an actor id',
    'note: TODO one line in our own words',
    'sources: [TODO]            # source ids from src/content/sources/, e.g. [reuters-2019-07-10]',
    '',
  ],
  source: () => [
    `# New source "${id}". Replace every TODO (the check fails until none is left), uncomment the`,
    '# optional lines you need and delete the rest, then run: npm run check',
    '# Every field: docs/content-model.md.',
    'title: "TODO the title exactly as published"',
    'publisher: TODO e.g. Reuters',
    '# citeAs: AP                 # optional: a short label for inline citations',
    'authors: []                  # as published, e.g. [Tom Perry, Suleiman Al-Khalidi]; [] when not given',
    'date: "TODO"                 # in quotes, as published: "2019-07-10", "2019-07" or "2019"',
    `kind: TODO                   # ${list(SOURCE_KINDS)}`,
    '# url: https://...           # the original address, only when you are certain of it; never guess a URL',
    'read: TODO                   # true: you read the text and it supports what cites it; false: not read (details then say what is known of it)',
    'details: "TODO where and how it was published: section, place filed, document number (needed when there is no url; delete the line if url says it all)"',
    '# reliability: "..."         # for monitors: how it gathers information, and its limits',
    '',
  ],
  place: () => [
    `# New place "${id}". Replace every TODO (the check fails until none is left), uncomment the`,
    '# optional lines you need and delete the rest, then run: npm run check',
    '# Every field: docs/content-model.md.',
    'name: TODO the name as this site writes it, e.g. Khan Shaykhun',
    'otherNames: []               # other spellings readers meet, e.g. [Khan Sheikhoun]',
    `kind: TODO                   # ${list(PLACE_KINDS)}`,
    'country: TODO e.g. Syria',
    '# shortName: Bab al-Hawa    # optional: a short form for map labels',
    '# governorate: Idlib         # optional: the Syrian governorate (province)',
    `# map: north-west            # the map it is drawn on: ${list(PLACE_MAPS)} (default north-west)`,
    'coordinates:                 # decimal degrees (north and east positive), as a source a reader can open gives them',
    '  lat: TODO',
    '  lon: TODO',
    '  source: TODO               # the id of that source in src/content/sources/ (add it first)',
    '# A region with no coordinates of its own: delete coordinates and list the places it spans instead:',
    '# around: [khan-shaykhun, morek]',
    '# A place whose exact position no source gives: delete coordinates and name the area it lies in:',
    '# within: southern-idlib-northern-hama',
    '# note: "..."                # optional: one line for readers, e.g. what the coordinates mark',
    '',
  ],
};

const dir = join(content, spec.dir);
const file = join(dir, `${id}${spec.ext}`);
mkdirSync(dir, { recursive: true });
const template = templates[kind] ?? fail(`no template for ${kind}`);
writeFileSync(file, template(relation ?? { from: '', type: '', to: '', suffix: '' }).join('\n'), {
  flag: 'wx',
});
process.stdout.write(
  `Wrote src/content/${spec.dir}/${id}${spec.ext}\nFill in every TODO, then run npm run check (it names each field still to do).\n`,
);

/**
 * The translation template of an existing English entry: the fields a translation carries
 * (docs/translating.md), each TODO, with the English value in a comment to translate from. Lists
 * paired with the English entry (former names, roles, claims, framing) get one line per item.
 */
function translation(lang: string): never {
  const language =
    LANGUAGES[lang] ??
    fail(`--lang ${lang}: the site has no such edition; use ${Object.keys(LANGUAGES).join(', ')}.`);
  const t =
    TRANSLATABLE[kind] ??
    fail(
      `"${given}" is not a kind of entry; translate an actor, event, relation, source, place, correction or article.\n\n${USAGE}`,
    );
  const english = join(content, t.dir, `${id}${t.ext}`);
  if (!existsSync(english))
    fail(
      `there is no English entry src/content/${t.dir}/${id}${t.ext} to translate: translations carry the id of an existing entry.`,
    );
  const target = join(content, t.dir, lang, `${id}${t.ext}`);
  if (existsSync(target))
    fail(`src/content/${t.dir}/${lang}/${id}${t.ext} already exists: edit that file.`);
  const raw = readFileSync(english, 'utf8');
  const front = t.ext === '.mdx' ? (/^---\r?\n([\s\S]*?)\r?\n---/.exec(raw)?.[1] ?? '') : raw;
  // Whatever the English file holds: a field it lacks or gets wrong shows as "" in the comment.
  const data = (yaml.load(front) ?? {}) as EnglishEntry;
  const q = (v: string | undefined) => JSON.stringify(v ?? '');
  const line = (key: string, english: string | undefined, what = 'the text in ' + language) => [
    `${key}: "TODO ${what}"`,
    `#   English: ${q(english)}`,
  ];
  const items = <T>(key: string, list: readonly T[], render: (x: T) => string) =>
    list.length
      ? [`${key}:`, ...list.flatMap((x) => [`  - "TODO"   # ${render(x)}`])]
      : [`${key}: []`];
  const lines: string[] = [];
  if (kind === 'actor') {
    lines.push(...line('name', data.name, 'the name as Arabic news agencies write it'));
    if (data.shortName) lines.push(...line('shortName', data.shortName, 'the short name'));
    lines.push(
      `aliases: []   # other ${language} forms readers search for; English: ${q((data.aliases ?? []).join(', '))}`,
    );
    lines.push(
      ...items(
        'formerNames',
        data.formerNames ?? [],
        (f) => `English: ${q(f.name)} (its dates come from the English entry)`,
      ),
    );
    lines.push(...line('summary', data.summary));
  } else if (kind === 'event') {
    lines.push(...line('title', data.title), ...line('summary', data.summary));
    lines.push(...items('roles', data.participants ?? [], (p) => `${p.actor}: ${q(p.role)}`));
  } else if (kind === 'relation') {
    lines.push(...line('note', data.note));
    if (data.claimant) lines.push(...line('claimant', data.claimant));
  } else if (kind === 'source') {
    lines.push(
      ...line(
        'titleTranslation',
        data.title,
        'the headline translated (the original stays as published)',
      ),
    );
    if (data.details) lines.push(...line('details', data.details));
    if (data.reliability) lines.push(...line('reliability', data.reliability));
  } else if (kind === 'place') {
    lines.push(...line('name', data.name));
    if (data.shortName)
      lines.push(...line('shortName', data.shortName, 'the short name for the maps'));
    lines.push(
      `otherNames: []   # other ${language} spellings; English: ${q((data.otherNames ?? []).join(', '))}`,
    );
    if (data.note) lines.push(...line('note', data.note));
  } else if (kind === 'correction') {
    lines.push(...line('wrong', data.wrong), ...line('right', data.right));
  } else {
    lines.push(
      ...line('title', data.title),
      ...line('originalTitleTranslation', data.originalTitle, "the outlet's headline translated"),
      ...line('summary', data.summary),
    );
    lines.push(
      'claims:',
      ...(data.claims ?? []).flatMap((c) => [
        `  - id: ${c.id}`,
        `    text: "TODO"   # English: ${q(c.text)}`,
      ]),
    );
    lines.push(
      'framing:',
      ...(data.framing ?? []).flatMap((f) => [
        `  - wording: "TODO"   # English: ${q(f.wording)}`,
        `    note: "TODO"      # English: ${q(f.note)}`,
      ]),
    );
  }
  const head = [
    `# The ${language} translation of src/content/${t.dir}/${id}${t.ext}. Replace every TODO (the check fails`,
    '# until none is left), then run: npm run check. It carries only the text a reader reads: dates,',
    '# references, grades and sources come from the English entry. Terms: docs/glossary-ar.md;',
    '# what each field is: docs/translating.md. Comments may go once you are done.',
  ];
  const body =
    t.ext === '.mdx'
      ? [
          '---',
          ...head,
          ...lines,
          '---',
          `TODO: the text of src/content/${t.dir}/${id}${t.ext} in ${language}: keep every component and its ids (<Actor id="...">, <Cite id="..." />, <Claim id="...">), translate the words inside them.`,
          '',
        ]
      : [...head, ...lines, ''];
  mkdirSync(join(content, t.dir, lang), { recursive: true });
  writeFileSync(target, body.join('\n'), { flag: 'wx' });
  process.stdout.write(
    `Wrote src/content/${t.dir}/${lang}/${id}${t.ext}\nTranslate every TODO, then run npm run check (it names each field still to do).\n`,
  );
  process.exit(0);
}

/** The fields of an English entry that a translation template quotes. */
interface EnglishEntry {
  name?: string;
  shortName?: string;
  aliases?: string[];
  otherNames?: string[];
  formerNames?: { name: string }[];
  title?: string;
  originalTitle?: string;
  summary?: string;
  participants?: { actor: string; role: string }[];
  note?: string;
  claimant?: string;
  details?: string;
  reliability?: string;
  wrong?: string;
  right?: string;
  claims?: { id: string; text: string }[];
  framing?: { wording: string; note: string }[];
}
