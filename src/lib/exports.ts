/**
 * Open data: the dataset's collections (and the corrections log) as JSON and CSV, the JSON Schema of each (generated
 * from the zod schemas in schemas.ts), the data dictionary the Data page shows, and the Atom feed
 * of events. Everything here is a pure function of the entries: the same content gives the same
 * bytes, so two builds of one commit give the same files.
 */
import { z } from 'astro/zod';
import { dateSpan, day, makeSchemas, partialDate, slugRef } from './schemas';
import { isObject } from './typed';
import type { Actor, Correction, Event, Place, Relation, Source } from './dataset';
import {
  ACTOR_KINDS,
  CORRECTABLE,
  PLACE_KINDS,
  PLACE_MAPS,
  RELATION_TYPES,
  SIDES,
  SLUG,
  SOURCE_KINDS,
  GRADES,
} from './vocabulary';
import { escapeAttr } from './escape';

export const EXPORT_COLLECTIONS = [
  'actors',
  'events',
  'relations',
  'sources',
  'places',
  'corrections',
] as const;
export type ExportCollection = (typeof EXPORT_COLLECTIONS)[number];

/** What an export needs of an entry: its id and its validated data. */
export interface Item<T> {
  id: string;
  data: T;
}
export interface ExportData {
  actors: Item<Actor>[];
  events: Item<Event>[];
  relations: Item<Relation>[];
  sources: Item<Source>[];
  places: Item<Place>[];
  corrections: Item<Correction>[];
}

const schemas = makeSchemas(slugRef);
/** Each exported collection's content schema (ids as plain slugs), as the data files are checked. */
export const schemaOf = {
  actors: schemas.actor,
  events: schemas.event,
  relations: schemas.relation,
  sources: schemas.source,
  places: schemas.place,
  corrections: schemas.correction,
} as const;

/** The record schema of one collection: the content file's schema with the entry's id first. */
export function recordSchema(collection: ExportCollection) {
  const id = z.string().regex(SLUG, { message: "expected the entry's id, a lower-case slug" });
  return z.strictObject({ id, ...schemaOf[collection].shape });
}

// ---------------------------------------------------------------------------------------------
// The data dictionary: every field of every collection, in the files' column order.
// ---------------------------------------------------------------------------------------------

export interface FieldDoc {
  name: string;
  /** The value's type, in words. */
  type: string;
  description: string;
}

const DATE = 'date: YYYY, YYYY-MM or YYYY-MM-DD, as precise as the sources';
const oneOf = (values: readonly string[]) => `one of: ${values.join(', ')}`;
const SOURCES: FieldDoc = {
  name: 'sources',
  type: 'list of source ids',
  description: 'The sources the entry rests on; each is an id in sources.json.',
};

export const FIELDS: Record<ExportCollection, FieldDoc[]> = {
  actors: [
    {
      name: 'id',
      type: 'id (lower-case slug)',
      description: 'Stable identifier; the profile page is actors/<id>/.',
    },
    { name: 'name', type: 'text', description: 'The name used on this site.' },
    {
      name: 'shortName',
      type: 'text, optional',
      description: 'A short form or abbreviation, e.g. HTS.',
    },
    { name: 'aliases', type: 'list of text', description: 'Other names in use, in any spelling.' },
    {
      name: 'formerNames',
      type: 'list of { name, from?, until? }',
      description:
        'Names the actor used before, with the dates between which it used them, each as precise as the sources.',
    },
    { name: 'kind', type: oneOf(ACTOR_KINDS), description: 'What sort of actor it is.' },
    {
      name: 'side',
      type: oneOf(SIDES),
      description: 'Its side or alignment in mid-2019, the time of the report.',
    },
    { name: 'summary', type: 'text', description: 'One or two sentences in our words.' },
    {
      name: 'leaders',
      type: 'list of actor ids',
      description: 'People who led it, each an id in actors.json.',
    },
    { name: 'founded', type: `${DATE}, optional`, description: 'When it was founded or formed.' },
    {
      name: 'dissolved',
      type: `${DATE}, optional`,
      description: 'When it was dissolved or merged away.',
    },
    {
      name: 'country',
      type: 'text, optional',
      description: 'The country it belongs to or is based in.',
    },
    SOURCES,
  ],
  events: [
    {
      name: 'id',
      type: 'id (lower-case slug)',
      description: 'Stable identifier; the event page is events/<id>/.',
    },
    { name: 'title', type: 'text', description: 'A short title in our words.' },
    {
      name: 'date',
      type: `${DATE}, or a range START/END`,
      description:
        'When it happened, as precise as the sources give it; nothing is padded to a day.',
    },
    { name: 'summary', type: 'text', description: 'One sentence in our words.' },
    {
      name: 'place',
      type: 'place id, optional',
      description:
        'Where it happened: an id in places.json, which gives its coordinates and their source.',
    },
    {
      name: 'participants',
      type: 'list of { actor, role }',
      description:
        'The actors that took part (ids in actors.json) and the part each played, e.g. signatory or attacker.',
    },
    SOURCES,
  ],
  relations: [
    {
      name: 'id',
      type: 'id (from--type--to)',
      description: 'Stable identifier; the permalink is relations/<id>/.',
    },
    {
      name: 'from',
      type: 'actor id',
      description: 'The actor that acts: who backs, arms, leads or fights.',
    },
    { name: 'to', type: 'actor id', description: 'The actor acted on.' },
    {
      name: 'type',
      type: oneOf(RELATION_TYPES),
      description: 'What the relation is; the Method page defines each.',
    },
    {
      name: 'periods',
      type: 'list of { from, to, startGiven }',
      description: `When it held. "from" is a ${DATE}; "to" is a date, "ongoing" (still in force when last checked) or "unknown" (end not known); startGiven false means "from" is only when the sources first attest it (CSV: "by " before the date).`,
    },
    {
      name: 'grade',
      type: oneOf(GRADES),
      description: 'The grade: how well the relation is established (see Grades below).',
    },
    {
      name: 'claimant',
      type: 'text, optional',
      description:
        'Who makes the claim, in words, when it is alleged, e.g. "unnamed rebel source".',
    },
    {
      name: 'claimantActor',
      type: 'actor id, optional',
      description: 'The claimant when it is an actor of the dataset.',
    },
    {
      name: 'reportedBy',
      type: 'actor id, optional',
      description: 'The outlet or monitor that reported it.',
    },
    {
      name: 'note',
      type: 'text',
      description: 'One line on what the relation is and where it stands.',
    },
    SOURCES,
  ],
  sources: [
    {
      name: 'id',
      type: 'id (lower-case slug)',
      description: 'Stable identifier; the bibliography entry is sources/#<id>.',
    },
    {
      name: 'title',
      type: 'text',
      description:
        'The title as published; a description in square brackets when the title is not known.',
    },
    { name: 'publisher', type: 'text', description: 'Who published it.' },
    {
      name: 'citeAs',
      type: 'text, optional',
      description: 'Short label used in inline citations, e.g. AFP.',
    },
    { name: 'authors', type: 'list of text', description: 'Named authors, when known.' },
    { name: 'date', type: DATE, description: 'Publication date.' },
    { name: 'kind', type: oneOf(SOURCE_KINDS), description: 'What sort of source it is.' },
    { name: 'url', type: 'URL, optional', description: 'The original address, where to read it.' },
    {
      name: 'read',
      type: 'true or false',
      description:
        'true: we read the text and it supports what cites it; false: we have not read it, and details say what is known of it and from where.',
    },
    {
      name: 'details',
      type: 'text, optional',
      description:
        'Publication details: how to find it when there is no url (print edition, document symbol), which copy we read, and what is known of it when we have not read it.',
    },
    {
      name: 'reliability',
      type: 'text, optional',
      description: 'What to keep in mind when relying on it.',
    },
    {
      name: 'language',
      type: 'language code',
      description: 'The language it is written in (BCP 47, e.g. en, ar).',
    },
  ],
  places: [
    {
      name: 'id',
      type: 'id (lower-case slug)',
      description: 'Stable identifier; the place is listed on the map page at map/#place-<id>.',
    },
    { name: 'name', type: 'text', description: 'The name as this site writes it.' },
    {
      name: 'shortName',
      type: 'text, optional',
      description: 'A short form used to label the maps.',
    },
    {
      name: 'otherNames',
      type: 'list of text',
      description: 'Other spellings readers meet, e.g. Khan Sheikhoun.',
    },
    { name: 'kind', type: oneOf(PLACE_KINDS), description: 'What sort of place it is.' },
    { name: 'country', type: 'text', description: 'The country it lies in.' },
    {
      name: 'governorate',
      type: 'text, optional',
      description: 'The Syrian governorate (province) it lies in.',
    },
    {
      name: 'map',
      type: oneOf(PLACE_MAPS),
      description: 'The map it is drawn on: north-west Syria, Syria in its region, or the world.',
    },
    {
      name: 'coordinates',
      type: '{ lat, lon, source }, optional',
      description:
        'Latitude and longitude in decimal degrees (WGS 84) as the source gives them, and that source (an id in sources.json). The CSV splits it into lat, lon and coordinatesSource.',
    },
    {
      name: 'around',
      type: 'list of place ids, optional',
      description: 'For a region with no coordinates of its own: the places it is drawn around.',
    },
    {
      name: 'within',
      type: 'place id, optional',
      description: 'For a place our sources do not locate exactly: the region it lies in.',
    },
    {
      name: 'note',
      type: 'text, optional',
      description: 'A line for readers, e.g. what the coordinates mark.',
    },
  ],
  corrections: [
    {
      name: 'id',
      type: 'id (YYYY-MM-DD-slug)',
      description:
        'Stable identifier; the entry of the corrections log is corrections/#correction-<id>.',
    },
    { name: 'date', type: 'date: YYYY-MM-DD', description: 'The day the correction was made.' },
    {
      name: 'entries',
      type: 'list of collection/id',
      description: `The entries it changed, each as collection/id with a collection among ${CORRECTABLE.join(', ')}; article/report is the report page.`,
    },
    { name: 'wrong', type: 'text', description: 'What the site said before, in a sentence.' },
    { name: 'right', type: 'text', description: 'What is right now, in a sentence.' },
    SOURCES,
  ],
};

/** The CSV columns of one collection: the fields, with a place's coordinates split into three. */
export function csvColumns(collection: ExportCollection): string[] {
  return FIELDS[collection].flatMap((f) =>
    collection === 'places' && f.name === 'coordinates'
      ? ['lat', 'lon', 'coordinatesSource']
      : [f.name],
  );
}

// ---------------------------------------------------------------------------------------------
// Records, JSON and CSV
// ---------------------------------------------------------------------------------------------

const byId = <T>(a: Item<T>, b: Item<T>) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/** The records of one collection in id order, each { id, ...data } with the fields in schema order. */
export function records(
  collection: ExportCollection,
  items: readonly Item<object>[],
): Record<string, unknown>[] {
  const keys = FIELDS[collection].map((f) => f.name).filter((k) => k !== 'id');
  return [...items].sort(byId).map((item) => {
    const data = new Map<string, unknown>(Object.entries(item.data));
    const extra = [...data.keys()].filter((k) => !keys.includes(k));
    if (extra.length)
      throw new Error(
        `${collection}/${item.id}: field(s) ${extra.join(', ')} missing from the data dictionary (src/lib/exports.ts)`,
      );
    const out: Record<string, unknown> = { id: item.id };
    for (const k of keys) if (data.get(k) !== undefined) out[k] = data.get(k);
    return out;
  });
}

/** One collection as a JSON array, two-space indented, ending in a newline. */
export function toJson(collection: ExportCollection, items: readonly Item<object>[]): string {
  return `${JSON.stringify(records(collection, items), null, 2)}\n`;
}

/**
 * Text a spreadsheet would run as a formula (it begins with =, +, -, @, a tab or a carriage
 * return) gets an apostrophe in front, so it is read as text (OWASP's advice for CSV injection).
 * Plain numbers are left alone.
 */
function csvSafe(value: string): string {
  return /^[=+\-@\t\r]/.test(value) && !/^[+-]?\d+(?:\.\d+)?$/.test(value) ? `'${value}` : value;
}

/** One CSV field (RFC 4180): neutralised (csvSafe), quoted when it holds a comma, quote, line break or edge space. */
export function csvField(value: string): string {
  const safe = csvSafe(value);
  return /[",\r\n]|^\s|\s$/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

export const LIST_SEPARATOR = '; ';

const list = (values: readonly string[]) => values.join(LIST_SEPARATOR);

/** "Nusra Front (until 2016-07-28)", "JFS (from 2016-07-28 until 2017-01-28)". */
function formerNameText(n: {
  name: string;
  from?: string | undefined;
  until?: string | undefined;
}): string {
  const when = [n.from && `from ${n.from}`, n.until && `until ${n.until}`]
    .filter(Boolean)
    .join(' ');
  return when ? `${n.name} (${when})` : n.name;
}

/** A value of a record as text: strings, numbers and booleans as they are, anything else as JSON. */
const valueText = (x: unknown): string =>
  typeof x === 'string' || typeof x === 'number' || typeof x === 'boolean'
    ? String(x)
    : JSON.stringify(x);
/** The objects of a list field (former names, participants, periods). */
const objects = (v: unknown): Record<string, unknown>[] =>
  Array.isArray(v) ? v.filter(isObject) : [];
const optional = (v: unknown): string | undefined => (typeof v === 'string' ? v : undefined);

/** A CSV cell for one field of a record. */
function cell(collection: ExportCollection, column: string, r: Record<string, unknown>): string {
  const v = r[column];
  if (collection === 'actors' && column === 'formerNames')
    return list(
      objects(v).map((n) =>
        formerNameText({
          name: valueText(n['name']),
          from: optional(n['from']),
          until: optional(n['until']),
        }),
      ),
    );
  if (collection === 'places' && ['lat', 'lon', 'coordinatesSource'].includes(column)) {
    const c = r['coordinates'];
    const v = isObject(c) ? c[column === 'coordinatesSource' ? 'source' : column] : undefined;
    return v === undefined ? '' : valueText(v);
  }
  if (collection === 'events') {
    if (column === 'participants')
      return list(objects(v).map((p) => `${valueText(p['actor'])}: ${valueText(p['role'])}`));
  }
  if (collection === 'relations' && column === 'periods')
    return list(
      objects(v).map(
        (p) =>
          `${p['startGiven'] === false ? 'by ' : ''}${valueText(p['from'])}/${valueText(p['to'])}`,
      ),
    );
  if (v === undefined || v === null) return '';
  if (Array.isArray(v)) return list(v.map(valueText));
  return valueText(v);
}

/** One collection as CSV: a header row, one row per entry in id order, CRLF line ends (RFC 4180), UTF-8. */
export function toCsv(collection: ExportCollection, items: readonly Item<object>[]): string {
  const columns = csvColumns(collection);
  const rows = records(collection, items).map((r) =>
    columns.map((c) => csvField(cell(collection, c, r))).join(','),
  );
  return [columns.join(','), ...rows].map((line) => `${line}\r\n`).join('');
}

/** Parses CSV text written by toCsv (or any RFC 4180 CSV) into rows of fields. */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text.charAt(i);
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else field += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ',') {
      row.push(field);
      field = '';
    } else if (ch === '\r' && text[i + 1] === '\n') {
      /* CRLF: the \n ends the row */
    } else if (ch === '\n') {
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
    } else field += ch;
  }
  if (field !== '' || row.length) {
    row.push(field);
    rows.push(row);
  }
  return rows;
}

// ---------------------------------------------------------------------------------------------
// JSON Schema
// ---------------------------------------------------------------------------------------------

const PARTIAL_DATE = '^\\d{4}(?:-\\d{2}(?:-\\d{2})?)?$';
const DATE_SPAN = `^\\d{4}(?:-\\d{2}(?:-\\d{2})?)?(?:/\\d{4}(?:-\\d{2}(?:-\\d{2})?)?)?$`;

const TITLES: Record<ExportCollection, string> = {
  actors: 'Actors',
  events: 'Events',
  relations: 'Relations between actors',
  sources: 'Sources',
  places: 'Places',
  corrections: 'Corrections log',
};

/**
 * The JSON Schema (draft 2020-12) of one collection's JSON file: an array of records, generated
 * from the zod schema the build validates with. References to other entries are their ids
 * (strings); dates get their pattern; every field carries its description from the dictionary.
 * It describes the file as exported, so fields that have defaults are always present.
 */
export function jsonSchema(collection: ExportCollection): Record<string, unknown> {
  const generated: Record<string, unknown> = z.toJSONSchema(z.array(recordSchema(collection)), {
    io: 'output',
    override: (ctx) => {
      const s: Record<string, unknown> = ctx.jsonSchema;
      if (ctx.zodSchema === partialDate)
        Object.assign(s, { pattern: PARTIAL_DATE, description: DATE });
      if (ctx.zodSchema === dateSpan)
        Object.assign(s, { pattern: DATE_SPAN, description: `${DATE}, or a range START/END` });
      if (ctx.zodSchema === day)
        Object.assign(s, { pattern: '^\\d{4}-\\d{2}-\\d{2}$', description: 'a day as YYYY-MM-DD' });
    },
  });
  const items = generated['items'];
  const properties = isObject(items) && isObject(items['properties']) ? items['properties'] : {};
  for (const f of FIELDS[collection]) {
    const p = properties[f.name];
    if (isObject(p)) {
      const { description: _format, ...rest } = p;
      properties[f.name] = { description: f.description, ...rest };
    }
  }
  const { $schema, ...rest } = generated;
  return {
    $schema,
    title: `The Idlib explainer: ${TITLES[collection]}`,
    description: `The ${collection} of the Idlib explainer, one record per entry in id order. References to other entries are their ids. Content and data under CC BY 4.0.`,
    ...rest,
  };
}

/** The fields every record has, by a collection's JSON Schema (its items' `required`). */
export function requiredFields(schema: Record<string, unknown>): string[] {
  const items = schema['items'];
  const required = isObject(items) ? items['required'] : undefined;
  return Array.isArray(required) ? required.filter((r): r is string => typeof r === 'string') : [];
}

/** The JSON Schema as the file's text. */
function toJsonSchemaText(collection: ExportCollection): string {
  return `${JSON.stringify(jsonSchema(collection), null, 2)}\n`;
}

// ---------------------------------------------------------------------------------------------
// Downloads and the Atom feed
// ---------------------------------------------------------------------------------------------

export type ExportFormat = 'json' | 'csv' | 'schema';

export const FORMATS: Record<ExportFormat, { ext: string; type: string; label: string }> = {
  json: { ext: '.json', type: 'application/json', label: 'JSON' },
  csv: { ext: '.csv', type: 'text/csv', label: 'CSV' },
  schema: { ext: '.schema.json', type: 'application/schema+json', label: 'JSON Schema' },
};

/** The path of a download relative to the site root: "data/actors.csv". */
export const downloadPath = (collection: ExportCollection, format: ExportFormat) =>
  `data/${collection}${FORMATS[format].ext}`;

/** Every download of the dataset: collection, format, path and body. */
export function downloads(
  data: ExportData,
): { collection: ExportCollection; format: ExportFormat; path: string; body: string }[] {
  return EXPORT_COLLECTIONS.flatMap((c) =>
    (['json', 'csv', 'schema'] as const).map((format) => ({
      collection: c,
      format,
      path: downloadPath(c, format),
      body:
        format === 'json'
          ? toJson(c, data[c])
          : format === 'csv'
            ? toCsv(c, data[c])
            : toJsonSchemaText(c),
    })),
  );
}

export interface FeedEntry {
  /** The entry page's absolute URL; also its Atom id. */
  url: string;
  title: string;
  summary: string;
  categories?: { term: string; label: string }[];
  /** Where the event happened: a category in the places scheme and, with coordinates, a GeoRSS point. */
  place?:
    { id: string; name: string; scheme: string; point?: [number, number] | undefined } | undefined;
  /** When the entry last changed (YYYY-MM-DD or RFC 3339); the feed's `updated` when absent. */
  updated?: string | undefined;
  /** When it first appeared (YYYY-MM-DD or RFC 3339); left out when absent. */
  published?: string | undefined;
}

export interface Feed {
  title: string;
  subtitle: string;
  /** The feed's own absolute URL (rel="self"); also its Atom id. */
  self: string;
  /** The HTML page it mirrors (rel="alternate"). */
  alternate: string;
  /**
   * YYYY-MM-DD or RFC 3339: the build date, so that a build of one commit gives the same feed.
   * The feed's own `updated` is its newest entry's, when entries carry dates.
   */
  updated: string;
  author: string;
  rights: string;
  entries: FeedEntry[];
  /** The feed's language (xml:lang); English when not given. */
  lang?: string | undefined;
}

/** An Atom date (RFC 3339): a day as its midnight UTC, a timestamp as given. */
const atomDate = (date: string) => (/^\d{4}-\d{2}-\d{2}$/.test(date) ? `${date}T00:00:00Z` : date);

/**
 * An Atom 1.0 feed (RFC 4287), for any list of pages (the timeline, corrections). Entries stay in
 * the order given, each with its own `updated` (and `published` when known).
 */
export function atomFeed(feed: Feed): string {
  const entryUpdated = (x: FeedEntry) => atomDate(x.updated ?? feed.updated);
  // RFC 3339 timestamps in UTC ("...Z") compare as strings.
  const updated = feed.entries.some((x) => x.updated)
    ? feed.entries.map(entryUpdated).reduce((a, b) => (a > b ? a : b))
    : atomDate(feed.updated);
  const e = escapeAttr;
  return [
    '<?xml version="1.0" encoding="utf-8"?>',
    `<feed xmlns="http://www.w3.org/2005/Atom"${feed.entries.some((x) => x.place?.point) ? ' xmlns:georss="http://www.georss.org/georss"' : ''} xml:lang="${feed.lang ?? 'en'}">`,
    `  <id>${e(feed.self)}</id>`,
    `  <title>${e(feed.title)}</title>`,
    `  <subtitle>${e(feed.subtitle)}</subtitle>`,
    `  <link rel="self" type="application/atom+xml" href="${e(feed.self)}"/>`,
    `  <link rel="alternate" type="text/html" href="${e(feed.alternate)}"/>`,
    `  <updated>${updated}</updated>`,
    `  <author><name>${e(feed.author)}</name></author>`,
    `  <rights>${e(feed.rights)}</rights>`,
    ...feed.entries.flatMap((x) => [
      '  <entry>',
      `    <id>${e(x.url)}</id>`,
      `    <title>${e(x.title)}</title>`,
      `    <link rel="alternate" type="text/html" href="${e(x.url)}"/>`,
      `    <updated>${entryUpdated(x)}</updated>`,
      ...(x.published ? [`    <published>${atomDate(x.published)}</published>`] : []),
      `    <summary type="text">${e(x.summary)}</summary>`,
      ...(x.place
        ? [
            x.place.point
              ? `    <georss:point>${x.place.point[1]} ${x.place.point[0]}</georss:point>`
              : '',
            `    <category scheme="${e(x.place.scheme)}" term="${e(x.place.id)}" label="${e(x.place.name)}"/>`,
          ].filter(Boolean)
        : []),
      ...(x.categories ?? []).map(
        (c) => `    <category term="${e(c.term)}" label="${e(c.label)}"/>`,
      ),
      '  </entry>',
    ]),
    '</feed>',
    '',
  ].join('\n');
}
