/**
 * One of the page pass's worker threads (integrations/page-pass.ts bundles this file with esbuild
 * and starts one per core): it takes pages one at a time, rewrites each in place with
 * src/lib/html-pass.ts and answers with what the page carries and any problem.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { readFile, writeFile } from 'node:fs/promises';
import { passPage } from '../src/lib/html-pass';

export interface PageJob {
  id: number;
  file: string;
  page: string;
  relative: boolean;
}
export interface PageDone {
  id: number;
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
}

const shared = workerData as PassShared;
const scripts = new Set(shared.scripts);

async function handle(job: PageJob): Promise<void> {
  try {
    const result = await passPage(await readFile(job.file, 'utf8'), {
      page: job.page,
      base: shared.base,
      origin: shared.origin,
      relative: job.relative,
      scripts,
      stylesheets: shared.stylesheets,
    });
    await writeFile(job.file, result.html);
    parentPort!.postMessage({
      id: job.id,
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
