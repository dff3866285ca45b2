/**
 * Indexes the finished build with Pagefind's Node API and writes the index to <dist>/pagefind/.
 * Only what pages mark with data-pagefind-body (Base.astro's <main>) is indexed. Any error from
 * Pagefind, or an index with no pages, fails the build. Pagefind reads copies of the pages with
 * word boundaries made explicit (search-text.ts) and the normalised forms of their words as
 * metadata (search-forms.ts); result URLs are the same as the pages'.
 */
import type { AstroIntegration } from 'astro';
import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { close, createIndex } from 'pagefind';
import { UNINDEXED_CLASSES } from './search-forms';
import { runPool } from './worker-pool';
import { phase } from './build-profile';
import type { CopyDone, CopyJob } from './pagefind-copy-worker';

export class PagefindError extends Error {
  override name = 'PagefindError';
}

function check(step: string, errors: readonly string[] | undefined): void {
  if (errors && errors.length > 0)
    throw new PagefindError(`Pagefind could not ${step}:\n  ${errors.join('\n  ')}`);
}

/** Copies every HTML page of `site` into `into`, spaced for indexing: on a thread per core. */
async function copyForIndexing(site: string, into: string): Promise<void> {
  const entries = await readdir(site, { recursive: true, withFileTypes: true });
  const jobs = entries
    .filter((e) => e.isFile() && e.name.endsWith('.html'))
    .map((e, id) => {
      const from = join(e.parentPath, e.name);
      return { id, from, to: join(into, relative(site, from)) };
    });
  await runPool<CopyJob, CopyDone>(
    new URL('./pagefind-copy-worker.ts', import.meta.url),
    jobs,
    undefined,
    (j) => `copying ${j.from} for Pagefind`,
  );
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
          work = await mkdtemp(join(tmpdir(), 'idlib-pagefind-'));
          await phase('pagefind copies', () => copyForIndexing(site, work!));
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
