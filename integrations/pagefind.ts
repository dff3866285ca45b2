/**
 * Indexes the finished build with Pagefind's Node API and writes the index to <dist>/pagefind/.
 * Only what pages mark with data-pagefind-body (Base.astro's <main>) is indexed. Any error from
 * Pagefind, or an index with no pages, fails the build.
 */
import type { AstroIntegration } from 'astro';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { close, createIndex } from 'pagefind';

export class PagefindError extends Error {
  override name = 'PagefindError';
}

function check(step: string, errors: readonly string[] | undefined): void {
  if (errors && errors.length > 0) throw new PagefindError(`Pagefind could not ${step}:\n  ${errors.join('\n  ')}`);
}

export default function pagefind(): AstroIntegration {
  return {
    name: 'idlib:pagefind',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const site = fileURLToPath(dir);
        const started = performance.now();
        try {
          const created = await createIndex({ forceLanguage: 'en' });
          check('create an index', created.errors);
          const index = created.index;
          if (!index) throw new PagefindError('Pagefind could not create an index (no index returned).');
          const added = await index.addDirectory({ path: site });
          check(`index ${site}`, added.errors);
          if (!added.page_count) throw new PagefindError(`Pagefind found no pages to index in ${site}: is data-pagefind-body still on <main>?`);
          const written = await index.writeFiles({ outputPath: join(site, 'pagefind') });
          check('write its files', written.errors);
          logger.info(`indexed ${added.page_count} pages into ${written.outputPath} in ${Math.round(performance.now() - started)} ms`);
        } finally {
          await close();
        }
      },
    },
  };
}
