/**
 * The A–Z index of an edition: every actor (and each of its other names), event and source, in
 * the alphabetical order of the edition's language, grouped by first letter. Where the header's
 * search leads without JavaScript. Build side only; pure.
 */
import { otherNames } from '../dataset';
import type { SiteModel } from '../model';
import { formatSpan } from '../dates';
import { dateText } from '../format';
import { paths } from '../paths';
import type { Dictionary } from '../strings';
import { en } from '../strings';
import { normalise } from './normalise';
import type { PageType } from './vocabulary';

export interface AzEntry {
  /** The text sorted and shown. */
  label: string;
  type: PageType;
  path: string;
  /** For an other name: the main name it points to. */
  see?: string;
  /** A short note: kind of actor, date of event, publisher of source. */
  note?: string;
}

export interface AzGroup {
  /** The heading: a letter, or "#" for what starts with neither a letter nor a digit. */
  letter: string;
  /** The heading's id. */
  anchor: string;
  entries: AzEntry[];
}

/**
 * The sort key: compared as search compares (case, accents, Arabic spellings ignored), without a
 * leading article ("The", "al-", "ال").
 */
export function azKey(label: string): string {
  return normalise(label).replace(/^(the|al) /, '');
}

/** The letter an entry is filed under: its key's first letter (upper case in Latin), or "#". */
function azLetter(key: string): string {
  const first = key.charAt(0);
  return /\p{L}/u.test(first) ? first.toUpperCase() : '#';
}

const anchorOf = (letter: string) => `letter-${letter === '#' ? 'other' : letter.toLowerCase()}`;

/** Every actor (and each other name), event and source, in the edition's alphabetical order. */
export function azIndex(model: SiteModel, t: Dictionary = en): AzGroup[] {
  const list: AzEntry[] = [];
  for (const a of model.actors.values()) {
    const path = paths.actor(a.id);
    list.push({ label: a.data.name, type: 'actor', path, note: t.kindLabel[a.data.kind] });
    for (const o of otherNames(a.data))
      list.push({ label: o, type: 'actor', path, see: a.data.name });
  }
  for (const e of model.timeline) {
    const date = model.eventDate.get(e.id);
    list.push({
      label: e.data.title,
      type: 'event',
      path: paths.event(e.id),
      ...(date ? { note: formatSpan(date, t.dates) } : {}),
    });
  }
  for (const s of model.sources.values()) {
    list.push({
      label: s.data.title,
      type: 'source',
      path: paths.source(s.id),
      note: `${s.data.publisher}${t.search.comma}${dateText(s.data.date, t)}`,
    });
  }
  const collator = new Intl.Collator(t.lang);
  const keyed = list.map((e) => ({ e, key: azKey(e.label) }));
  keyed.sort((a, b) => collator.compare(a.key, b.key) || collator.compare(a.e.label, b.e.label));
  const groups = new Map<string, AzEntry[]>();
  for (const { e, key } of keyed) {
    const letter = azLetter(key);
    groups.set(letter, [...(groups.get(letter) ?? []), e]);
  }
  return [...groups].map(([letter, entries]) => ({ letter, anchor: anchorOf(letter), entries }));
}
