/**
 * A translated edition's dataset: the English dataset with the text fields of its translations
 * laid over it (docs/translating.md). Data (dates, references, grades, sources) always comes from
 * the English entry; a translation only replaces what a reader reads. An entry with no translation
 * keeps its English text and is listed in `untranslated`, so the page can say so. Pure.
 */
import type { Dataset, Entry } from './dataset';
import { isObject } from './typed';

/** Translations as the loader gives them: per collection, entries with their text fields. */
export type Translations = Partial<Record<keyof Dataset, Entry<Record<string, unknown>>[]>>;

export interface TranslatedDataset {
  ds: Dataset;
  /** "collection/id" of every entry shown in English for want of a translation. */
  untranslated: Set<string>;
}

type Overlay<T> = (english: T, t: Record<string, unknown>) => T;

const str = (v: unknown): string | undefined => (typeof v === 'string' && v.trim() ? v : undefined);
const list = (v: unknown): string[] =>
  Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : [];
const text = (v: unknown): string | undefined => (typeof v === 'string' ? v : undefined);
const records = (v: unknown): Record<string, unknown>[] =>
  Array.isArray(v) ? v.filter(isObject) : [];

const OVERLAYS: { [K in keyof Dataset]: Overlay<Dataset[K][number]['data']> } = {
  actors: (e, t) => ({
    ...e,
    name: str(t['name']) ?? e.name,
    shortName: str(t['shortName']) ?? e.shortName,
    aliases: list(t['aliases']).length ? list(t['aliases']) : e.aliases,
    formerNames: e.formerNames.map((f, i) => ({ ...f, name: list(t['formerNames'])[i] ?? f.name })),
    summary: str(t['summary']) ?? e.summary,
  }),
  events: (e, t) => ({
    ...e,
    title: str(t['title']) ?? e.title,
    summary: str(t['summary']) ?? e.summary,
    participants: e.participants.map((p, i) => ({ ...p, role: list(t['roles'])[i] ?? p.role })),
  }),
  relations: (e, t) => ({
    ...e,
    note: str(t['note']) ?? e.note,
    claimant: str(t['claimant']) ?? e.claimant,
  }),
  sources: (e, t) => ({
    ...e,
    titleTranslation: str(t['titleTranslation']),
    details: str(t['details']) ?? e.details,
    reliability: str(t['reliability']) ?? e.reliability,
  }),
  places: (e, t) => ({
    ...e,
    name: str(t['name']) ?? e.name,
    shortName: str(t['shortName']) ?? e.shortName,
    otherNames: [...new Set([...list(t['otherNames']), ...e.otherNames])],
    note: str(t['note']) ?? e.note,
  }),
  corrections: (e, t) => ({
    ...e,
    wrong: str(t['wrong']) ?? e.wrong,
    right: str(t['right']) ?? e.right,
  }),
  article: (e, t) => {
    const claims = new Map(records(t['claims']).map((c) => [c['id'], text(c['text'])]));
    const framing = records(t['framing']);
    return {
      ...e,
      title: str(t['title']) ?? e.title,
      originalTitleTranslation: str(t['originalTitleTranslation']),
      summary: str(t['summary']) ?? e.summary,
      claims: e.claims.map((c) => ({ ...c, text: claims.get(c.id) ?? c.text })),
      framing: e.framing.map((f, i) => ({
        ...f,
        wording: text(framing[i]?.['wording']) ?? f.wording,
        note: text(framing[i]?.['note']) ?? f.note,
      })),
    };
  },
};

/** The dataset of a translated edition. */
export function translateDataset(ds: Dataset, translations: Translations): TranslatedDataset {
  const untranslated = new Set<string>();
  const each = <T>(name: keyof Dataset, entries: Entry<T>[], overlay: Overlay<T>): Entry<T>[] => {
    const byId = new Map((translations[name] ?? []).map((t) => [t.id, t]));
    return entries.map((e) => {
      const t = byId.get(e.id);
      if (!t) {
        untranslated.add(`${name}/${e.id}`);
        return e;
      }
      // the translation's file and text: its body is what the edition renders and indexes
      return { id: e.id, file: t.file, raw: t.raw, data: overlay(e.data, t.data) };
    });
  };
  const out: Dataset = {
    actors: each('actors', ds.actors, OVERLAYS.actors),
    events: each('events', ds.events, OVERLAYS.events),
    relations: each('relations', ds.relations, OVERLAYS.relations),
    sources: each('sources', ds.sources, OVERLAYS.sources),
    article: each('article', ds.article, OVERLAYS.article),
    places: each('places', ds.places, OVERLAYS.places),
    corrections: each('corrections', ds.corrections, OVERLAYS.corrections),
  };
  return { ds: out, untranslated };
}
