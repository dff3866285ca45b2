/**
 * Indexes the finished build with Pagefind's Node API and writes the index to <dist>/pagefind/.
 * Only what pages mark with data-pagefind-body (Base.astro's <main>) is indexed. Any error from
 * Pagefind, or an index with no pages, fails the build. Pagefind reads copies of the pages with
 * word boundaries made explicit (search-text.ts) and the normalised forms of their words as
 * metadata (search-forms.ts); result URLs are the same as the pages'. The page pass writes the
 * copies (page-pass-worker.ts) from the finished pages while Astro renders them.
 */
import type { AstroIntegration } from 'astro';
import { readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { close, createIndex } from 'pagefind';
import { UNINDEXED_CLASSES } from './search-forms';
import { searchCopies } from './page-pass';
import { phase } from './build-profile';
import { releaseMemory } from './release-memory';
import { mergeEntries, parseEntry, type PagefindEntry } from './search-copies';

/** The file Pagefind's browser code reads first: which languages have an index, and their files. */
const ENTRY = 'pagefind-entry.json';

export class PagefindError extends Error {
  override name = 'PagefindError';
}

function check(step: string, errors: readonly string[] | undefined): void {
  if (errors && errors.length > 0)
    throw new PagefindError(`Pagefind could not ${step}:\n  ${errors.join('\n  ')}`);
}

/** Indexes one language's copies with a fresh Pagefind service and writes its files. */
async function indexLanguage(
  folder: string,
  outputPath: string,
  language: string,
): Promise<number> {
  try {
    // Chrome inside <main>: screen-reader-only text, citation marks, breadcrumbs. (Pagefind itself
    // leaves out nav, form, label, footer and svg.)
    const created = await createIndex({ excludeSelectors: UNINDEXED_CLASSES.map((c) => `.${c}`) });
    check('create an index', created.errors);
    const index = created.index;
    if (!index) throw new PagefindError('Pagefind could not create an index (no index returned).');
    const added = await phase(`pagefind index ${language}`, () =>
      index.addDirectory({ path: folder }),
    );
    check(`index ${folder}`, added.errors);
    const written = await phase(`pagefind write ${language}`, () =>
      index.writeFiles({ outputPath }),
    );
    check('write its files', written.errors);
    return added.page_count;
  } finally {
    // the service ends with its language: its memory is not held while the next one is indexed
    await close();
  }
}

export default function pagefind(): AstroIntegration {
  return {
    name: 'idlib:pagefind',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const site = fileURLToPath(dir);
        const started = performance.now();
        const outputPath = join(site, 'pagefind');
        // the page pass wrote them, from the finished pages, as Astro rendered them
        const work = searchCopies();
        if (!work)
          throw new PagefindError('no copies of the pages to index: is the page pass still on?');
        // the rendering's garbage goes before Pagefind's process comes (release-memory.ts)
        await phase('release memory', releaseMemory);
        try {
          // One index per language, by each page's <html lang> (en, ar): a search from an Arabic page
          // finds Arabic pages, with Arabic word handling. Pagefind would make the same indexes in
          // one run; one language a run holds a single language's index in memory at a time. Each
          // run writes its language's files and an entry file naming it; the entry files are merged.
          const languages = (await readdir(work)).sort();
          const entries: PagefindEntry[] = [];
          let pages = 0;
          for (const language of languages) {
            pages += await indexLanguage(join(work, language), outputPath, language);
            entries.push(parseEntry(await readFile(join(outputPath, ENTRY), 'utf8')));
          }
          if (!pages)
            throw new PagefindError(
              `Pagefind found no pages to index in ${site}: is data-pagefind-body still on <main>?`,
            );
          await writeFile(join(outputPath, ENTRY), JSON.stringify(mergeEntries(entries)));
          logger.info(
            `read ${pages} pages (${languages.join(', ')}), wrote the index to ${outputPath} in ${Math.round(performance.now() - started)} ms`,
          );
        } finally {
          await rm(work, { recursive: true, force: true });
        }
      },
    },
  };
}
