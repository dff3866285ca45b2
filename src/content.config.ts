import { defineCollection, reference } from 'astro:content';
import { glob } from 'astro/loaders';
import type { Loader } from 'astro/loaders';
import { contentChecked } from './lib/content-check-gate';
import { makeSchemas, makeTranslationSchemas } from './lib/schemas';
import { uniqueIds } from './lib/content-ids';

const schemas = makeSchemas((collection) => reference(collection));
const translation = makeTranslationSchemas();

/** A loader that reads nothing until the content check has passed (lib/content-check-gate.ts). */
function afterCheck(loader: Loader): Loader {
  return {
    ...loader,
    load: async (context) => {
      await contentChecked();
      return loader.load(context);
    },
  };
}

function files(collection: string, pattern: string) {
  const base = `./src/content/${collection}`;
  return afterCheck(glob({ pattern, base, generateId: uniqueIds(collection, base.slice(2)) }));
}

/** The Arabic translations of a collection: src/content/<collection>/ar/ (docs/translating.md). */
function arabic(collection: string, ext: string) {
  const base = `./src/content/${collection}/ar`;
  return afterCheck(
    glob({ pattern: `*.${ext}`, base, generateId: uniqueIds(`${collection}/ar`, base.slice(2)) }),
  );
}

export const collections = {
  article: defineCollection({ loader: files('article', '*.mdx'), schema: schemas.article }),
  actors: defineCollection({ loader: files('actors', '*.mdx'), schema: schemas.actor }),
  events: defineCollection({ loader: files('events', '*.mdx'), schema: schemas.event }),
  relations: defineCollection({ loader: files('relations', '*.yaml'), schema: schemas.relation }),
  sources: defineCollection({ loader: files('sources', '*.yaml'), schema: schemas.source }),
  places: defineCollection({ loader: files('places', '*.yaml'), schema: schemas.place }),
  corrections: defineCollection({
    loader: files('corrections', '*.yaml'),
    schema: schemas.correction,
  }),
  articleAr: defineCollection({ loader: arabic('article', 'mdx'), schema: translation.article }),
  actorsAr: defineCollection({ loader: arabic('actors', 'mdx'), schema: translation.actor }),
  eventsAr: defineCollection({ loader: arabic('events', 'mdx'), schema: translation.event }),
  relationsAr: defineCollection({
    loader: arabic('relations', 'yaml'),
    schema: translation.relation,
  }),
  sourcesAr: defineCollection({ loader: arabic('sources', 'yaml'), schema: translation.source }),
  placesAr: defineCollection({ loader: arabic('places', 'yaml'), schema: translation.place }),
  correctionsAr: defineCollection({
    loader: arabic('corrections', 'yaml'),
    schema: translation.correction,
  }),
};
