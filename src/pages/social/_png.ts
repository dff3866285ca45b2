/**
 * The social images' PNGs, rasterised from their SVG (src/lib/social-image.ts) only when the SVG
 * changes. Each PNG is kept under node_modules/.cache/idlib-social-images/ (never in dist/), named
 * by a hash of the SVG and of everything else that shapes its bytes: sharp's and libvips's versions
 * and the PNG options. A PNG from the cache is the very bytes sharp wrote for the same input, so a
 * build is byte-identical with or without it. After a change to the system's fonts, delete the
 * folder. IDLIB_SOCIAL_CACHE names another folder, or "off" for none.
 *
 * Rasterising runs on sharp's threads, one image per core at a time, and starts as soon as the
 * routes are known (start()), so on a cold cache it overlaps the rest of the build.
 */
import sharp from 'sharp';
import { createHash } from 'node:crypto';
import { availableParallelism } from 'node:os';
import { mkdir, readdir, readFile, rename, rm, stat, utimes, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';

/**
 * Level 3: a fifth less time per image than zlib's default (9.4 ms against 12.0 ms for a
 * 1200x630 image, rasterising included) for files 8% larger (53 KB against 49 KB). Only link
 * previews fetch these images; the build makes one per actor and edition.
 */
const PNG = { compressionLevel: 3 } as const;
/** Bump when the rendering changes in a way the key does not see. */
const FORMAT = 1;
/** Cached PNGs that no build has used for this long are removed. */
const UNUSED_DAYS = 30;

const setting = process.env['IDLIB_SOCIAL_CACHE'];
const folder =
  setting === 'off'
    ? undefined
    : resolve(setting || join(process.cwd(), 'node_modules/.cache/idlib-social-images'));

const fingerprint = JSON.stringify({ FORMAT, PNG, sharp: sharp.versions });
const keyOf = (svg: string) =>
  createHash('sha256').update(fingerprint).update('\0').update(svg).digest('hex');

const rendered = new Map<string, Promise<Made>>();
const counts = { fromCache: 0, rendered: 0 };

/**
 * A small queue. While Astro renders the pages (on the main thread) the PNGs take the other cores,
 * one rasterisation per core at once; when the pages are done and the social images' own routes
 * render (integrations/render-order.ts puts them last: allCores()), every core.
 */
const cores = Math.max(1, availableParallelism());
let limit = Math.max(1, cores - 1);
let running = 0;
const waiting: (() => void)[] = [];
async function slot<T>(work: () => Promise<T>): Promise<T> {
  while (running >= limit) await new Promise<void>((r) => waiting.push(r));
  running++;
  try {
    return await work();
  } finally {
    running--;
    waiting.shift()?.();
  }
}

const rasterise = (svg: string) => slot(() => sharp(Buffer.from(svg)).png(PNG).toBuffer());

/**
 * A PNG made or found: its file in the cache, or its bytes where there is no cache. With a cache
 * the bytes are not held: the images are made while the pages render and written last, and a
 * large site's images (3,000 at 5,000 pages) would otherwise sit in memory all that time.
 */
type Made = { file: string } | { bytes: Uint8Array };

async function fromCacheOrRender(svg: string): Promise<Made> {
  const key = keyOf(svg);
  const file = folder && join(folder, `${key}.png`);
  if (file) {
    try {
      const now = new Date();
      await utimes(file, now, now); // still in use: keep it
      counts.fromCache++;
      return { file };
    } catch {
      /* not cached yet */
    }
  }
  const png = await rasterise(svg);
  counts.rendered++;
  if (!file || !folder) return { bytes: new Uint8Array(png) };
  await mkdir(folder, { recursive: true });
  // written under a temporary name, then renamed: a build never reads half a file
  const part = `${file}.${process.pid}.part`;
  await writeFile(part, png);
  await rename(part, file);
  return { file };
}

/** The bytes of a PNG made or found; made again should its file have gone from the cache since. */
async function bytesOf(made: Made, svg: string): Promise<Uint8Array> {
  if ('bytes' in made) return made.bytes;
  return new Uint8Array(await readFile(made.file).catch(() => rasterise(svg)));
}

/** The pages are rendered: the PNGs still to make may take every core. */
export function allCores(): void {
  if (limit === cores) return;
  limit = cores;
  for (let free = limit - running; free > 0; free--) waiting.shift()?.();
}

/** The PNG of an SVG: from the cache, from a rendering already under way, or rendered now. */
function png(svg: string): Promise<Made> {
  const key = keyOf(svg);
  let p = rendered.get(key);
  if (!p) {
    p = fromCacheOrRender(svg);
    rendered.set(key, p);
  }
  return p;
}

/** The PNG's bytes, for the route that writes it: nothing is kept after (3,000 images add up). */
export async function takePng(svg: string): Promise<Uint8Array> {
  const p = png(svg);
  rendered.delete(keyOf(svg));
  return bytesOf(await p, svg);
}

/** Starts every PNG of the build at once (they queue for the cores); then prunes the cache. */
export function start(svgs: readonly string[]): void {
  const all = svgs.map(png);
  Promise.allSettled(all)
    .then(async () => {
      // every image is made: libvips's cache of operations (up to 50 MB) is of no more use
      sharp.cache(false);
      console.info(
        `[social images] ${counts.fromCache} from the cache, ${counts.rendered} rendered${folder ? '' : ' (no cache)'}`,
      );
      await prune();
    })
    .catch(() => {});
}

async function prune(): Promise<void> {
  if (!folder) return;
  const before = Date.now() - UNUSED_DAYS * 24 * 3600 * 1000;
  for (const name of await readdir(folder).catch((): string[] => [])) {
    const file = join(folder, name);
    const s = await stat(file).catch(() => undefined);
    if (s && s.mtimeMs < before) await rm(file, { force: true });
  }
}
