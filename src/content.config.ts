import { defineCollection, reference } from 'astro:content';
import { glob } from 'astro/loaders';
import type { Loader, LoaderContext } from 'astro/loaders';
import { contentChecked } from './lib/content-check-gate';
import { makeSchemas, makeTranslationSchemas } from './lib/schemas';
import { uniqueIds } from './lib/content-ids';

const schemas = makeSchemas((collection) => reference(collection));
const translation = makeTranslationSchemas();

/**
 * A loader that reads nothing until the content check has passed (lib/content-check-gate.ts), and
 * keeps an MDX file's body as text: the .mdx entry type is given to the glob loader without its
 * compiler, so no body becomes a module for Vite to compile and bundle. Pages parse the text into
 * HTML and the site's components (src/lib/content-body.ts); content never becomes code.
 */
function checkedLoader(loader: Loader): Loader {
  return {
    ...loader,
    load: async (context) => {
      await contentChecked();
      return loader.load(withMdxAsText(context));
    },
  };
}

/**
 * Astro hands loaders its entry types beside the documented context (astro 7,
 * dist/content/content-layer.js), and the glob loader reads them from there. Without them (a
 * future Astro), pages still read the bodies as text, but Vite compiles them too, which is slow:
 * the build log says so.
 */
type EntryTypes = Map<string, { getEntryInfo: unknown }>;
function withMdxAsText(context: LoaderContext): LoaderContext {
  const types = (context as LoaderContext & { entryTypes?: EntryTypes }).entryTypes;
  const mdx = types?.get('.mdx');
  if (!types || !mdx) {
    context.logger.warn('no .mdx entry type to keep MDX bodies as text: they will be compiled');
    return context;
  }
  const entryTypes: EntryTypes = new Map(types);
  entryTypes.set('.mdx', { getEntryInfo: mdx.getEntryInfo });
  return { ...context, entryTypes } as LoaderContext;
}

function files(collection: string, pattern: string) {
  const base = `./src/content/${collection}`;
  return checkedLoader(glob({ pattern, base, generateId: uniqueIds(collection, base.slice(2)) }));
}

/** The Arabic translations of a collection: src/content/<collection>/ar/ (docs/translating.md). */
function arabic(collection: string, ext: string) {
  const base = `./src/content/${collection}/ar`;
  return checkedLoader(
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
