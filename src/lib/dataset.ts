/**
 * The content as plain data: what the Astro loader hands to the pure logic (validation, graph,
 * exports). No Astro imports here, so all of it runs in unit tests.
 */
import type { z } from 'astro/zod';
import type { PlainSchemas } from './schemas';
import { isObject } from './typed';

export interface Entry<T> {
  id: string;
  /** Path of the content file relative to the project root. */
  file: string;
  /** The whole file as written, for line numbers in error messages. */
  raw: string;
  data: T;
}

/*
 * The types of the content are the zod schemas' output with references as plain ids
 * (schemas.ts makeSchemas(slugRef)): one definition, so a field added to a schema is a field here.
 */
type Out<K extends keyof PlainSchemas> = z.output<PlainSchemas[K]>;

export type Actor = Out<'actor'>;
export type FormerName = Actor['formerNames'][number];
export type Event = Out<'event'>;
export type Relation = Out<'relation'>;
export type Period = Relation['periods'][number];
/** A source; in a translated edition also its headline in that edition's language (translate.ts). */
export type Source = Out<'source'> & { titleTranslation?: string | undefined };
export type Place = Out<'place'>;
/** The article; in a translated edition also the outlet's headline in that language (translate.ts). */
export type Article = Out<'article'> & { originalTitleTranslation?: string | undefined };
export type Correction = Out<'correction'>;

export interface Dataset {
  actors: Entry<Actor>[];
  events: Entry<Event>[];
  relations: Entry<Relation>[];
  sources: Entry<Source>[];
  article: Entry<Article>[];
  places: Entry<Place>[];
  corrections: Entry<Correction>[];
}

/** An actor's other names: short name, aliases, former names, without repeats or its own name. */
export function otherNames(
  a: Pick<Actor, 'name' | 'shortName' | 'aliases' | 'formerNames'>,
): string[] {
  return [...new Set([a.shortName, ...a.aliases, ...a.formerNames.map((f) => f.name)])].filter(
    (x): x is string => !!x && x !== a.name,
  );
}

/** Replaces every { collection, id } reference inside plain data by its id, recursively. */
/** A value with every { collection, id } reference replaced by its id, as flattenRefs returns it. */
export type Flat<T> = T extends { collection: string; id: infer I }
  ? I
  : T extends readonly (infer U)[]
    ? Flat<U>[]
    : T extends Date
      ? T
      : T extends object
        ? { [K in keyof T]: Flat<T[K]> }
        : T;

export function flattenRefs<T>(value: T): Flat<T> {
  return flatten(value) as Flat<T>;
}

function flatten(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(flatten);
  if (isObject(value)) {
    const o = value;
    const keys = Object.keys(o);
    if (keys.length === 2 && 'id' in o && 'collection' in o) return o['id'];
    return Object.fromEntries(keys.map((k) => [k, flatten(o[k])]));
  }
  return value;
}

export function byId<T>(entries: Entry<T>[]): Map<string, Entry<T>> {
  return new Map(entries.map((e) => [e.id, e]));
}

/** Where an MDX body starts: after the frontmatter block, as Astro finds it. */
export function bodyOffset(raw: string): number {
  const m = /^(?:\uFEFF)?(?:\s*\n)?---\r?\n[\s\S]*?\r?\n---[ \t]*(?:\r?\n|$)/.exec(raw);
  return m ? m[0].length : 0;
}
