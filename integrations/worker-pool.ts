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

/** Workers started once and fed jobs as they come (run()), each to the first worker free. */
export interface Pool<J extends Job, A extends Answer> {
  /** Resolves with the job's answer, or rejects with its error, naming the job by `describe`. */
  run(job: Omit<J, 'id'>): Promise<A>;
  /** Ends the workers once every job given so far is answered. */
  close(): Promise<void>;
}

/**
 * A pool of `size` workers of `file` (sent `shared` as workerData). Jobs may be given while
 * others run, so a step can start on the first pages while Astro still renders the rest.
 */
export function createPool<J extends Job, A extends Answer>(
  file: URL,
  shared: unknown,
  describe: (job: Omit<J, 'id'>) => string,
  size: number = availableParallelism(),
): Pool<J, A> {
  const queue: { job: J; done: (a: A) => void; failed: (e: Error) => void }[] = [];
  const pending = new Map<number, (typeof queue)[number]>();
  const idle: Worker[] = [];
  let started: Promise<Worker[]> | undefined;
  let next = 0;
  const dispatch = () => {
    while (idle.length && queue.length) {
      const item = queue.shift()!;
      pending.set(item.job.id, item);
      idle.pop()!.postMessage(item.job);
    }
  };
  const start = () =>
    (started ??= workerCode(file).then((code) =>
      Array.from({ length: Math.max(1, size) }, () => {
        const worker = new Worker(code, { eval: true, workerData: shared });
        worker.on('message', (answer: A) => {
          const item = pending.get(answer.id)!;
          pending.delete(answer.id);
          idle.push(worker);
          dispatch();
          if (answer.error)
            item.failed(new Error(`failed on ${describe(item.job)}: ${answer.error}`));
          else item.done(answer);
        });
        // a worker that dies takes the pool with it: every job waiting fails
        worker.on('error', (e: Error) => {
          for (const item of [...pending.values(), ...queue.splice(0)]) item.failed(e);
          pending.clear();
        });
        idle.push(worker);
        return worker;
      }),
    ));
  const answers = new Set<Promise<unknown>>();
  return {
    run(job) {
      const answer = new Promise<A>((done, failed) => {
        queue.push({ job: { ...job, id: next++ } as J, done, failed });
        void start().then(dispatch, failed);
      });
      const settled = answer.catch(() => {});
      answers.add(settled);
      void settled.then(() => answers.delete(settled));
      return answer;
    },
    async close() {
      while (answers.size) await Promise.all(answers);
      if (started) await Promise.all((await started).map((w) => w.terminate()));
    },
  };
}

/**
 * Runs every job on the worker of `file` (sent `shared` as workerData); resolves with the answers
 * in the jobs' order, or rejects with the first error, naming the job by `describe`.
 */
export async function runPool<J extends Job, A extends Answer>(
  file: URL,
  jobs: Omit<J, 'id'>[],
  shared: unknown,
  describe: (job: Omit<J, 'id'>) => string,
): Promise<A[]> {
  // a few pages are not worth a thread's start-up
  const size = Math.max(1, Math.min(availableParallelism(), Math.ceil(jobs.length / 20)));
  const pool = createPool<J, A>(file, shared, describe, size);
  try {
    return await Promise.all(jobs.map((job) => pool.run(job)));
  } finally {
    await pool.close();
  }
}
