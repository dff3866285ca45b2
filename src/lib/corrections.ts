/**
 * The public corrections log, as the pages need it: which entries a correction touched (named and
 * linked), the "Corrected on <date>" note of each page, and the entries of the log's Atom feed.
 * Pure functions of the site model, in the words of the edition's dictionary; the pages only render them.
 */
import type { SiteModel } from './model';
import { paths } from './paths';
import { dateText, relationSentence, sourceTitle } from './format';
import type { Dictionary } from './strings';

export interface CorrectedEntry {
  key: string;
  /** What a reader calls it: the actor's name, the event's title, the relation as a sentence. */
  label: string;
  /** Site path of its page (a source's is its place in the bibliography). */
  path: string;
}

/** Names and links one "collection/id" of a correction; undefined for an entry that does not exist. */
export function correctedEntry(
  model: SiteModel,
  key: string,
  t: Dictionary,
): CorrectedEntry | undefined {
  const [collection, id = ''] = key.split('/');
  switch (collection) {
    case 'actors': {
      const a = model.actors.get(id);
      return a && { key, label: a.data.name, path: paths.actor(id) };
    }
    case 'events': {
      const e = model.events.get(id);
      return e && { key, label: e.data.title, path: paths.event(id) };
    }
    case 'relations': {
      const r = model.relations.get(id);
      if (!r) return undefined;
      const name = (actor: string) => model.actors.get(actor)?.data.name ?? actor;
      return {
        key,
        label: relationSentence(name(r.data.from), r.data.type, name(r.data.to), t),
        path: paths.relation(id),
      };
    }
    case 'sources': {
      const s = model.sources.get(id);
      return (
        s && {
          key,
          label: `${s.data.publisher}: ${sourceTitle(s.data, t)}`,
          path: paths.source(id),
        }
      );
    }
    case 'article':
      return model.article.id === id
        ? { key, label: t.corrections.reportPage, path: paths.report() }
        : undefined;
    default:
      return undefined;
  }
}

export interface CorrectionNote {
  /** YYYY-MM-DD of the latest correction. */
  date: string;
  /** The corrections of the entry, newest first: their ids, for links into the log. */
  ids: string[];
}

/** The note a page shows when its entry was corrected; undefined when it never was. */
export function correctionNote(model: SiteModel, key: string): CorrectionNote | undefined {
  const list = model.correctionsOf.get(key);
  if (!list?.length) return undefined;
  return { date: list[0]!.data.date, ids: list.map((c) => c.id) };
}

/** One row of the log, ready to render. */
export interface LogEntry {
  id: string;
  date: string;
  wrong: string;
  right: string;
  entries: CorrectedEntry[];
  sources: string[];
}

export function correctionLog(model: SiteModel, t: Dictionary): LogEntry[] {
  return model.corrections.map((c) => ({
    id: c.id,
    date: c.data.date,
    wrong: c.data.wrong,
    right: c.data.right,
    entries: c.data.entries
      .map((k) => correctedEntry(model, k, t))
      .filter((e): e is CorrectedEntry => !!e),
    sources: c.data.sources,
  }));
}

/** The log's Atom entries: newest first, each dated by its own day and linked to its place in the log. */
export function correctionFeedEntries(
  model: SiteModel,
  abs: (path: string) => string,
  t: Dictionary,
): {
  url: string;
  title: string;
  summary: string;
  updated: string;
  categories: { term: string; label: string }[];
}[] {
  return correctionLog(model, t).map((c) => ({
    url: abs(paths.correction(c.id)),
    title: `${dateText(c.date, t)}: ${c.entries.map((e) => e.label).join(t.semicolon)}`,
    summary: t.corrections.feedSummary(c.wrong, c.right),
    updated: c.date,
    categories: c.entries.map((e) => ({ term: e.key, label: e.label })),
  }));
}

/** The latest correction date of an entry, for citations: "2026-11-30", or undefined. */
export function correctedOn(model: SiteModel, key: string): string | undefined {
  return correctionNote(model, key)?.date;
}
