/**
 * Indexes the finished build with Pagefind's Node API and writes the index to <dist>/pagefind/.
 * Only what pages mark with data-pagefind-body (Base.astro's <main>) is indexed. Any error from
 * Pagefind, or an index with no pages, fails the build. Pagefind reads copies of the pages with
 * word boundaries made explicit (search-text.ts) and the normalised forms of their words as
 * metadata (search-forms.ts); result URLs are the same as the pages'. The page pass writes the
 * copies (page-pass-worker.ts) from the finished pages while Astro renders them.
 */
import type { AstroIntegration } from 'astro';
import { rm } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { close, createIndex } from 'pagefind';
import { UNINDEXED_CLASSES } from './search-forms';
import { searchCopies } from './page-pass';
import { phase } from './build-profile';

export class PagefindError extends Error {
  override name = 'PagefindError';
}

function check(step: string, errors: readonly string[] | undefined): void {
  if (errors && errors.length > 0)
    throw new PagefindError(`Pagefind could not ${step}:\n  ${errors.join('\n  ')}`);
}

export default function pagefind(): AstroIntegration {
  return {
    name: 'idlib:pagefind',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const site = fileURLToPath(dir);
        const started = performance.now();
        let work: string | undefined;
        try {
          // One index per language, by each page's <html lang> (en, ar): a search from an Arabic page
          // finds Arabic pages, with Arabic word handling.
          const created = await createIndex({
            // Chrome inside <main>: screen-reader-only text, citation marks, breadcrumbs. (Pagefind
            // itself leaves out nav, form, label, footer and svg.)
            excludeSelectors: UNINDEXED_CLASSES.map((c) => `.${c}`),
          });
          check('create an index', created.errors);
          const index = created.index;
          if (!index)
            throw new PagefindError('Pagefind could not create an index (no index returned).');
          // the page pass wrote them, from the finished pages, as Astro rendered them
          work = searchCopies();
          if (!work)
            throw new PagefindError('no copies of the pages to index: is the page pass still on?');
          const added = await phase('pagefind index', () => index.addDirectory({ path: work! }));
          check(`index ${site}`, added.errors);
          if (!added.page_count)
            throw new PagefindError(
              `Pagefind found no pages to index in ${site}: is data-pagefind-body still on <main>?`,
            );
          const written = await phase('pagefind write', () =>
            index.writeFiles({ outputPath: join(site, 'pagefind') }),
          );
          check('write its files', written.errors);
          logger.info(
            `read ${added.page_count} pages, wrote the index to ${written.outputPath} in ${Math.round(performance.now() - started)} ms`,
          );
        } finally {
          await close();
          if (work) await rm(work, { recursive: true, force: true });
        }
      },
    },
  };
}
