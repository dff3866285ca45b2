import { defineCollection, reference } from 'astro:content';
import { glob } from 'astro/loaders';
import { makeSchemas, type RefFactory } from './lib/schemas';

const schemas = makeSchemas(reference as unknown as RefFactory);
const base = './src/content';

export const collections = {
  article: defineCollection({ loader: glob({ pattern: '*.mdx', base: `${base}/article` }), schema: schemas.article }),
  actors: defineCollection({ loader: glob({ pattern: '*.mdx', base: `${base}/actors` }), schema: schemas.actor }),
  events: defineCollection({ loader: glob({ pattern: '*.mdx', base: `${base}/events` }), schema: schemas.event }),
  relations: defineCollection({ loader: glob({ pattern: '*.yaml', base: `${base}/relations` }), schema: schemas.relation }),
  sources: defineCollection({ loader: glob({ pattern: '*.yaml', base: `${base}/sources` }), schema: schemas.source }),
};
