/**
 * A pool of worker threads, one per core, for the after-build steps that treat every page alike
 * (page-pass.ts, pagefind.ts). Each worker file is bundled whole with esbuild (it then runs as a
 * script, with nothing left to resolve) and is given its next job as soon as it answers: pages
 * differ a hundredfold in size, so fixed shares would leave a core idle.
 */
import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { build } from 'esbuild';

export interface Job {
  id: number;
}
export interface Answer {
  id: number;
  error?: string | undefined;
}

const bundles = new Map<string, Promise<string>>();

function workerCode(file: URL): Promise<string> {
  let code = bundles.get(file.href);
  if (!code) {
    code = build({
      entryPoints: [fileURLToPath(file)],
      bundle: true,
      platform: 'node',
      format: 'cjs',
      target: 'node20',
      write: false,
      logLevel: 'error',
    }).then((out) => out.outputFiles[0]!.text);
    bundles.set(file.href, code);
  }
  return code;
}

/**
 * Runs every job on the worker of `file` (sent `shared` as workerData); resolves with the answers
 * in the jobs' order, or rejects with the first error, naming the job by `describe`.
 */
export async function runPool<J extends Job, A extends Answer>(
  file: URL,
  jobs: J[],
  shared: unknown,
  describe: (job: J) => string,
): Promise<A[]> {
  const code = await workerCode(file);
  const done = new Array<A>(jobs.length);
  let next = 0;
  // a few pages are not worth a thread's start-up
  const size = Math.max(1, Math.min(availableParallelism(), Math.ceil(jobs.length / 20)));
  await Promise.all(
    Array.from(
      { length: size },
      () =>
        new Promise<void>((resolve, reject) => {
          const worker = new Worker(code, { eval: true, workerData: shared });
          const feed = () => {
            if (next < jobs.length) worker.postMessage(jobs[next++]);
            else worker.terminate().then(() => resolve(), reject);
          };
          worker.on('message', (answer: A) => {
            if (answer.error) {
              void worker.terminate();
              reject(new Error(`failed on ${describe(jobs[answer.id]!)}: ${answer.error}`));
              return;
            }
            done[answer.id] = answer;
            feed();
          });
          worker.on('error', reject);
          feed();
        }),
    ),
  );
  return done;
}
