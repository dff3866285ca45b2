/**
 * A full, memory-reducing garbage collection of the build process, asked for just before Pagefind
 * starts its own process. When the pages are rendered, the build holds a few hundred megabytes of
 * JavaScript heap it no longer needs (at 5,000 pages per edition, 1.9-2.2 GB resident before, 1.7-2.0
 * GB after, when content bodies were still modules; since, 1.45-1.8 GB before, so it runs on some
 * builds of that size and not others), and V8 gives it back by itself only after some seconds of
 * idleness, while Pagefind, the build's largest consumer of memory at that point, already runs
 * beside it. Half a second of collection keeps the two from adding up.
 *
 * The collection takes 0.2-0.5 s, so it runs only when the process holds over 1.5 GiB: the real
 * site's build holds about 1 GB there and skips it, as do synthetic ones up to about 1,000 pages
 * per edition (1.5 GB).
 *
 * Node exposes gc() only under --expose-gc; the flag is set here, at run time, and the function
 * taken from a new context, where V8 installs it. Should that ever fail, nothing is collected.
 */
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';

interface GcOptions {
  type: 'major';
  execution: 'sync';
  /** "last-resort": collect until nothing more is freed, and return the freed memory. */
  flavor: 'last-resort';
}
const isGc = (f: unknown): f is (options: GcOptions) => void => typeof f === 'function';

/** Above this, the build is large enough for the collection to be worth its time. */
const WORTH_IT = 1.5 * 1024 ** 3;

export function releaseMemory(): void {
  if (process.memoryUsage.rss() < WORTH_IT) return;
  setFlagsFromString('--expose-gc');
  const gc: unknown = runInNewContext('gc');
  if (isGc(gc)) gc({ type: 'major', execution: 'sync', flavor: 'last-resort' });
}
