/**
 * One of the threads that make Pagefind's copies of the pages (pagefind.ts starts one per core
 * through worker-pool.ts): a page at a time, spaced (search-text.ts) and given its normalised word
 * forms (search-forms.ts, which parses the page).
 */
import { parentPort } from 'node:worker_threads';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import { spaceBlocks } from './search-text';
import { withSearchForms } from './search-forms';

export interface CopyJob {
  id: number;
  from: string;
  to: string;
}
export interface CopyDone {
  id: number;
  error?: string;
}

async function handle(job: CopyJob): Promise<void> {
  try {
    await mkdir(dirname(job.to), { recursive: true });
    await writeFile(job.to, withSearchForms(spaceBlocks(await readFile(job.from, 'utf8'))));
    parentPort!.postMessage({ id: job.id } satisfies CopyDone);
  } catch (e) {
    parentPort!.postMessage({
      id: job.id,
      error: e instanceof Error ? (e.stack ?? e.message) : String(e),
    } satisfies CopyDone);
  }
}

// each job answers through postMessage (errors included), so nothing awaits the handler
parentPort!.on('message', (job: CopyJob) => void handle(job));
