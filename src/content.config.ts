import { defineCollection, reference } from 'astro:content';
import { glob } from 'astro/loaders';
import { makeSchemas, type RefFactory } from './lib/schemas';
import { uniqueIds } from './lib/content-ids';

const schemas = makeSchemas(reference as unknown as RefFactory);

function files(collection: string, pattern: string) {
  const base = `./src/content/${collection}`;
  return glob({ pattern, base, generateId: uniqueIds(collection, base.slice(2)) });
}

export const collections = {
  article: defineCollection({ loader: files('article', '*.mdx'), schema: schemas.article }),
  actors: defineCollection({ loader: files('actors', '*.mdx'), schema: schemas.actor }),
  events: defineCollection({ loader: files('events', '*.mdx'), schema: schemas.event }),
  relations: defineCollection({ loader: files('relations', '*.yaml'), schema: schemas.relation }),
  sources: defineCollection({ loader: files('sources', '*.yaml'), schema: schemas.source }),
  places: defineCollection({ loader: files('places', '*.yaml'), schema: schemas.place }),
  corrections: defineCollection({ loader: files('corrections', '*.yaml'), schema: schemas.correction }),
};
