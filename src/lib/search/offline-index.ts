/**
 * The offline index of an edition. Pagefind cannot load from file://, so the build also writes a
 * compact index of names, aliases, titles and summaries as a classic script (search-fallback.js,
 * ar/search-fallback.js) that matcher.ts searches in the browser. Text is stored as written, in
 * the edition's language; facet values as ids. Build side only; pure.
 */
import {
  bodyOffset,
  otherNames,
  type Actor,
  type Event,
  type Relation,
  type Source,
} from '../dataset';
import type { SiteModel } from '../model';
import { headingSlug } from '../model';
import { formatSpan, type DateSpan } from '../dates';
import { dateText, relationSentence } from '../format';
import { paths } from '../paths';
import type { Dictionary } from '../strings';
import { en } from '../strings';
import { leaderNames } from './facets';
import { globalScript } from './global-script';
import { FALLBACK_GLOBAL, type SearchEntry, type SearchIndex } from './matcher';

/** The entry without its empty fields. */
function clean(o: SearchEntry): SearchEntry {
  const out: SearchEntry = { t: o.t, u: o.u, n: o.n };
  for (const k of ['a', 'l', 's', 'k', 'sd', 'd', 'y', 'g'] as const) {
    const v = o[k];
    if (v === undefined || v === '' || (Array.isArray(v) && v.length === 0)) continue;
    Object.assign(out, { [k]: v });
  }
  return out;
}

/** Plain text of an MDX body: tags, expressions and Markdown marks removed. */
export function plainText(mdx: string): string {
  return mdx
    .replace(/<[^>]+\/>/g, ' ')
    .replace(/<\/?[A-Za-z][^>]*>/g, '')
    .replace(/\{[^}]*\}/g, ' ')
    .replace(/!?\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/[*_`>#]+/g, '')
    .replace(/\s+/g, ' ')
    .trim();
}

/** Cuts text at a word boundary near `max` characters. */
export function clip(text: string, max = 200): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max);
  return `${cut.slice(0, Math.max(cut.lastIndexOf(' '), max * 0.6)).replace(/[\s,;:.،؛]+$/, '')}…`;
}

/** The report's "## " sections: title, anchor and the first words of their text. */
export function reportSections(raw: string): { title: string; anchor: string; text: string }[] {
  const body = raw.slice(bodyOffset(raw));
  const out: { title: string; anchor: string; text: string }[] = [];
  for (const part of body.split(/^##\s+/m).slice(1)) {
    const [heading = '', ...rest] = part.split('\n');
    out.push({
      title: heading.trim(),
      anchor: headingSlug(heading),
      text: plainText(rest.join('\n')),
    });
  }
  return out;
}

const actorEntry = (id: string, a: Actor, model: SiteModel): SearchEntry =>
  clean({
    t: 'actor',
    u: paths.actor(id),
    n: a.name,
    a: otherNames(a),
    l: leaderNames(a, model),
    s: a.summary,
    k: a.kind,
    sd: a.side,
  });

const eventEntry = (id: string, e: Event, date: DateSpan, t: Dictionary): SearchEntry =>
  clean({
    t: 'event',
    u: paths.event(id),
    n: e.title,
    s: e.summary,
    d: formatSpan(date, t.dates),
    y: String(date.start.year),
  });

const relationEntry = (
  id: string,
  r: Relation,
  name: (id: string) => string,
  t: Dictionary,
): SearchEntry =>
  clean({
    t: 'relation',
    u: paths.relation(id),
    n: relationSentence(name(r.from), r.type, name(r.to), t),
    s: r.note,
    g: r.grade,
  });

function sourceEntry(id: string, s: Source, t: Dictionary): SearchEntry {
  const by = [s.publisher, ...s.authors].join(t.lang === 'ar' ? '، ' : ', ');
  return clean({
    t: 'source',
    u: paths.source(id),
    n: s.title,
    a: s.titleTranslation ? [s.titleTranslation] : [],
    s: `${by}. ${t.sourceKindLabel[s.kind]}.`,
    d: dateText(s.date, t),
  });
}

/** The offline index of an edition: every actor, event, relation and source, the report, its sections and claims. */
export function buildSearchIndex(model: SiteModel, t: Dictionary = en): SearchIndex {
  const name = (id: string) => model.actors.get(id)?.data.name ?? id;
  const art = model.article;
  const report = paths.report();
  const entries: SearchEntry[] = [
    clean({
      t: 'report',
      u: report,
      n: art.data.title,
      a: [art.data.originalTitle],
      s: art.data.summary,
      d: dateText(art.data.published, t),
    }),
    ...reportSections(art.raw).map((s) =>
      clean({ t: 'report', u: `${report}#${s.anchor}`, n: s.title, s: clip(s.text) }),
    ),
    ...art.data.claims.map((c) =>
      clean({ t: 'report', u: `${report}#claim-${c.id}`, n: c.text, g: c.grade }),
    ),
    ...[...model.actors.values()].map((a) => actorEntry(a.id, a.data, model)),
    ...model.timeline.flatMap((e) => {
      const date = model.eventDate.get(e.id);
      return date ? [eventEntry(e.id, e.data, date, t)] : [];
    }),
    ...[...model.relations.values()].map((r) => relationEntry(r.id, r.data, name, t)),
    ...[...model.sources.values()].map((s) => sourceEntry(s.id, s.data, t)),
  ];
  return { v: 2, entries };
}

/** The classic script that carries the index: `window.__IDLIB_SEARCH__ = {...}`. */
export function fallbackScript(index: SearchIndex): string {
  return globalScript(FALLBACK_GLOBAL, index);
}
