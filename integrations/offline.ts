/**
 * Offline reading, after the build: a Workbox service worker that precaches every page and asset
 * with content hashes (a new deploy changes the hashes, so the cache updates), and the download:
 * one zip of the whole site, named with the build date, with READ-ME-FIRST.html beside it. The two
 * are made side by side; the zip's compression runs on Node's thread pool.
 */
import type { AstroIntegration } from 'astro';
import type { getManifest } from 'workbox-build';
import { build } from 'esbuild';
import { Zip, type ZipInputFile } from 'fflate';
import { createWriteStream } from 'node:fs';
import { createRequire } from 'node:module';
import { promisify } from 'node:util';
import { crc32, deflateRaw } from 'node:zlib';
import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import { dirname, join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { bundleName } from '../src/data/build-date';
import { readMeFirst } from './read-me-first';
import { phase } from './build-profile';

export const DOWNLOADS = 'downloads';
const deflate = promisify(deflateRaw);

/**
 * Workbox's build tools, loaded when the worker is written: loading them takes 0.3-0.4 s, which
 * every `astro build`, `astro sync`, `astro check` and dev start paid when the config was read.
 * (A dynamic import() cannot be used here: the config's module loader has closed by the end of
 * the build.)
 */
interface WorkboxBuild {
  getManifest: typeof getManifest;
}
const isWorkboxBuild = (m: unknown): m is WorkboxBuild =>
  typeof m === 'object' && m !== null && 'getManifest' in m && typeof m.getManifest === 'function';

function workboxBuild(): WorkboxBuild {
  const loaded: unknown = createRequire(import.meta.url)('workbox-build');
  if (!isWorkboxBuild(loaded)) throw new Error('offline: workbox-build has no getManifest()');
  return loaded;
}

/** What the worker precaches: every kind of file the site fetches. */
function precache(root: string) {
  return {
    globDirectory: root,
    // Every kind of file the site fetches: the crawl in tests/e2e/precache.test.ts checks it
    // (search filters are .pf_filter: without them every filter count reads 0 offline).
    globPatterns: [
      '**/*.{html,js,css,svg,png,json,xml,webmanifest,pf_meta,pf_index,pf_fragment,pf_filter,pagefind,wasm}',
    ],
    // Social images are for link previews, not readers: they are neither precached nor zipped.
    // Pagefind's own interfaces and highlighter go unused (src/client/search/ is ours),
    // and search-fallback.js only serves pages opened from disk, where no worker runs.
    globIgnores: [
      `${DOWNLOADS}/**`,
      'sw.js',
      '404.html',
      'social/**/*.png',
      'pagefind/pagefind-*ui.{js,css}',
      'pagefind/pagefind-highlight.js',
      '**/search-fallback.js',
    ],
    maximumFileSizeToCacheInBytes: 5 * 1024 * 1024,
  };
}

/**
 * The worker, as Workbox's generateSW would write it for our options (cacheId, the skip-waiting
 * message, precacheAndRoute with directoryIndex and every URL parameter ignored, outdated caches
 * removed), with its list of files left as Workbox's injection point. generateSW bundles and
 * minifies the runtime with the list inside, which takes seconds for thousands of files; esbuild
 * bundles this in a fraction of a second, and the list is put in afterwards.
 */
const WORKER_SOURCE = `
import { setCacheNameDetails } from 'workbox-core';
import { cleanupOutdatedCaches, precacheAndRoute } from 'workbox-precaching';
setCacheNameDetails({ prefix: 'idlib-explainer' });
self.addEventListener('message', (event) => {
  if (event.data && event.data.type === 'SKIP_WAITING') self.skipWaiting();
});
precacheAndRoute(self.__WB_MANIFEST, { directoryIndex: 'index.html', ignoreURLParametersMatching: [/.*/] });
cleanupOutdatedCaches();
`;

/** sw.js: the runtime bundled once (no request ever leaves the site's origin) and the site's files listed. */
async function writeWorker(
  root: string,
): Promise<{ count: number; size: number; warnings: string[] }> {
  // Workbox's runtime packages are resolved from workbox-build's own folder: the versions it was built with.
  const workbox = dirname(createRequire(import.meta.url).resolve('workbox-build/package.json'));
  const [bundle, manifest] = await Promise.all([
    build({
      stdin: { contents: WORKER_SOURCE, resolveDir: workbox, sourcefile: 'sw.js' },
      bundle: true,
      format: 'iife',
      platform: 'browser',
      target: 'es2020',
      minify: true,
      write: false,
      logLevel: 'error',
      define: { 'process.env.NODE_ENV': '"production"' },
    }),
    workboxBuild().getManifest(precache(root)),
  ]);
  const code = bundle.outputFiles[0]!.text;
  const point = 'self.__WB_MANIFEST';
  if (code.split(point).length !== 2)
    throw new Error(`offline: the bundled service worker should hold ${point} once`);
  // written as generateSW writes it, {url:"...",revision:"..."}, which the precache test reads
  const list = manifest.manifestEntries.map(
    (e) => `{url:${JSON.stringify(e.url)},revision:${JSON.stringify(e.revision)}}`,
  );
  await writeFile(join(root, 'sw.js'), code.replace(point, `[${list.join(',')}]`));
  return { count: manifest.count, size: manifest.size, warnings: manifest.warnings };
}

export default function offline({
  date,
  siteUrl,
}: {
  date: string;
  siteUrl: string;
}): AstroIntegration {
  return {
    name: 'idlib:offline',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const root = fileURLToPath(dir);
        const name = bundleName(date);
        const entries = (await readdir(root, { recursive: true, withFileTypes: true }))
          .filter((e) => e.isFile())
          .map((e) => relative(root, join(e.parentPath, e.name)).split(sep).join('/'))
          .filter(
            (p) =>
              !p.startsWith(`${DOWNLOADS}/`) &&
              p !== 'sw.js' &&
              !(p.startsWith('social/') && p.endsWith('.png')),
          )
          .sort();
        await mkdir(join(root, DOWNLOADS), { recursive: true });
        // The worker and the zip read the same finished files and write different ones: side by side.
        const [{ count, size, warnings }, zipBytes] = await Promise.all([
          phase('service worker', () => writeWorker(root)),
          phase('zip', () =>
            writeZip(join(root, DOWNLOADS, `${name}.zip`), name, new Date(`${date}T00:00:00Z`), [
              ...entries.map((path) => ({ path, read: () => readFile(join(root, path)) })),
              {
                path: 'READ-ME-FIRST.html',
                read: () => Promise.resolve(new TextEncoder().encode(readMeFirst(date, siteUrl))),
              },
            ]),
          ),
        ]);
        for (const w of warnings) logger.warn(w);
        logger.info(`service worker precaches ${count} files (${(size / 1024).toFixed(0)} KB)`);
        logger.info(
          `download: ${DOWNLOADS}/${name}.zip (${(zipBytes / 1024 / 1024).toFixed(1)} MB, ${entries.length + 1} files)`,
        );
      },
    },
  };
}

/**
 * zlib's default level: on the site's HTML, level 9 takes a fifth longer for a zip 0.3% smaller
 * (measured on a 2,000-page build: 0.96 s and 18.15 MB against 0.79 s and 18.21 MB).
 */
const ZIP_LEVEL = 6;
/** Already-compressed files are stored as they are; deflating them again only costs time. */
const STORED = /\.(png|zip|wasm|pf_fragment|pf_index|pf_meta|pagefind)$/;
/** Files read and compressed ahead of the one being written: enough to keep every core busy. */
const AHEAD = 16;

/**
 * Streams the zip to disk in entry order, so memory stays flat however large the site is. Files are
 * deflated by Node's zlib on its thread pool, several at once (one thread per core does the work
 * while this one writes), and handed to fflate, which writes the zip's headers and directory. Fixed
 * times, sorted entries and a fixed level keep it byte-identical from build to build.
 */
async function writeZip(
  file: string,
  folder: string,
  mtime: Date,
  entries: { path: string; read: () => Promise<Uint8Array> }[],
): Promise<number> {
  const out = createWriteStream(file);
  let size = 0;
  let failed: Error | undefined;
  const finished = new Promise<void>((resolve, reject) => {
    out.on('error', reject);
    out.on('finish', resolve);
  });
  const zip = new Zip((err, chunk, final) => {
    if (err) {
      failed = err;
      return;
    }
    size += chunk.length;
    out.write(chunk);
    if (final) out.end();
  });
  const prepare = async (entry: (typeof entries)[number]) => {
    const data = await entry.read();
    const stored = STORED.test(entry.path);
    return { data, stored, body: stored ? data : await deflate(data, { level: ZIP_LEVEL }) };
  };
  const queue = entries.slice(0, AHEAD).map(prepare);
  for (let i = 0; i < entries.length; i++) {
    const { data, stored, body } = await queue[i]!;
    if (i + AHEAD < entries.length) queue.push(prepare(entries[i + AHEAD]!));
    queue[i] = undefined as never; // let the bytes go
    const part: ZipInputFile = {
      filename: `${folder}/${entries[i]!.path}`,
      size: data.length,
      crc: crc32(data),
      compression: stored ? 0 : 8,
      mtime,
    };
    zip.add(part);
    part.ondata!(
      null,
      new Uint8Array(body.buffer as ArrayBuffer, body.byteOffset, body.byteLength),
      true,
    );
    if (failed) throw failed;
    // let the disk catch up before more is queued
    if (out.writableNeedDrain) await new Promise<void>((r) => out.once('drain', () => r()));
  }
  zip.end();
  if (failed) throw failed;
  await finished;
  return size;
}
