/**
 * One of the page pass's worker threads (integrations/page-pass.ts bundles this file with esbuild
 * and starts one per core). It takes pages one at a time, as Astro renders them (their HTML comes
 * in the job and goes back in the answer) or from disk (rewritten in place), passes each with
 * src/lib/html-pass.ts and answers with what the page carries and any problem. From the same
 * finished HTML it writes Pagefind's copy of the page (pagefind.ts indexes those copies): spaced
 * (search-text.ts) and given its normalised word forms (search-forms.ts).
 */
import { parentPort, workerData } from 'node:worker_threads';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { passPage } from '../src/lib/html-pass';
import { spaceBlocks } from './search-text';
import { withSearchForms } from './search-forms';
import { languageFolder } from './search-copies';

export interface PageJob {
  id: number;
  /** The page's path from the site root, e.g. "actors/hts/index.html". */
  page: string;
  /** The page as Astro rendered it; without it, the page is read from `file` and rewritten there. */
  html?: string | undefined;
  file?: string | undefined;
  relative: boolean;
}
export interface PageDone {
  id: number;
  /** The passed page, when it came in the job. */
  html?: string | undefined;
  scripts: string[];
  styles: string[];
  problems: string[];
  error?: string;
}
export interface PassShared {
  base: string;
  origin: string;
  scripts: string[];
  stylesheets: string[];
  /** Where Pagefind's copies of the pages go. */
  copies: string;
}

const shared = workerData as PassShared;
const scripts = new Set(shared.scripts);

async function handle(job: PageJob): Promise<void> {
  try {
    const result = await passPage(job.html ?? (await readFile(job.file!, 'utf8')), {
      page: job.page,
      base: shared.base,
      origin: shared.origin,
      relative: job.relative,
      scripts,
      stylesheets: shared.stylesheets,
    });
    // one folder per language (<html lang>): Pagefind indexes one language at a time (pagefind.ts)
    const copy = join(shared.copies, languageFolder(result.lang), job.page);
    await mkdir(dirname(copy), { recursive: true });
    await Promise.all([
      writeFile(copy, withSearchForms(spaceBlocks(result.html))),
      job.html === undefined ? writeFile(job.file!, result.html) : undefined,
    ]);
    parentPort!.postMessage({
      id: job.id,
      html: job.html === undefined ? undefined : result.html,
      scripts: result.scripts,
      styles: result.styles,
      problems: result.problems,
    } satisfies PageDone);
  } catch (e) {
    parentPort!.postMessage({
      id: job.id,
      scripts: [],
      styles: [],
      problems: [],
      error: e instanceof Error ? (e.stack ?? e.message) : String(e),
    } satisfies PageDone);
  }
}

// each job answers through postMessage (errors included), so nothing awaits the handler
parentPort!.on('message', (job: PageJob) => void handle(job));
