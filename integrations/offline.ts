/**
 * Offline reading, after the build: a Workbox service worker that precaches every page and asset
 * with content hashes (a new deploy changes the hashes, so the cache updates), and the download:
 * one zip of the whole site, named with the build date, with READ-ME-FIRST.html beside it.
 */
import type { AstroIntegration } from 'astro';
import { generateSW } from 'workbox-build';
import { Zip, ZipDeflate, ZipPassThrough } from 'fflate';
import { createWriteStream } from 'node:fs';
import { mkdir, readdir, readFile } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { bundleName } from '../src/data/build-date';
import { readMeFirst } from './read-me-first';

export const DOWNLOADS = 'downloads';

export default function offline({ date, siteUrl }: { date: string; siteUrl: string }): AstroIntegration {
  return {
    name: 'idlib:offline',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const root = fileURLToPath(dir);
        const { count, size, warnings } = await generateSW({
          globDirectory: root,
          // Every kind of file the site fetches: the crawl in tests/e2e/precache.test.ts checks it
          // (search filters are .pf_filter: without them every filter count reads 0 offline).
          globPatterns: ['**/*.{html,js,css,svg,png,json,xml,webmanifest,pf_meta,pf_index,pf_fragment,pf_filter,pagefind,wasm}'],
          // Social images are for link previews, not readers: they are neither precached nor zipped.
          // Pagefind's own interfaces and highlighter go unused (src/client/search/ is ours),
          // and search-fallback.js only serves pages opened from disk, where no worker runs.
          globIgnores: [`${DOWNLOADS}/**`, 'sw.js', '404.html', 'social/**/*.png',
            'pagefind/pagefind-*ui.{js,css}', 'pagefind/pagefind-highlight.js', '**/search-fallback.js'],
          swDest: join(root, 'sw.js'),
          // The runtime goes inside sw.js: no request ever leaves the site's origin.
          inlineWorkboxRuntime: true,
          mode: 'production',
          sourcemap: false,
          cleanupOutdatedCaches: true,
          cacheId: 'idlib-explainer',
          directoryIndex: 'index.html',
          ignoreURLParametersMatching: [/.*/],
          maximumFileSizeToCacheInBytes: 5 * 1024 * 1024,
        });
        for (const w of warnings) logger.warn(w);
        logger.info(`service worker precaches ${count} files (${(size / 1024).toFixed(0)} KB)`);

        const name = bundleName(date);
        const entries = (await readdir(root, { recursive: true, withFileTypes: true }))
          .filter((e) => e.isFile())
          .map((e) => relative(root, join(e.parentPath, e.name)).split(sep).join('/'))
          .filter((p) => !p.startsWith(`${DOWNLOADS}/`) && p !== 'sw.js' && !(p.startsWith('social/') && p.endsWith('.png')))
          .sort();
        await mkdir(join(root, DOWNLOADS), { recursive: true });
        const zipBytes = await writeZip(join(root, DOWNLOADS, `${name}.zip`), name, new Date(`${date}T00:00:00Z`), [
          ...entries.map((path) => ({ path, read: () => readFile(join(root, path)) })),
          { path: 'READ-ME-FIRST.html', read: async () => new TextEncoder().encode(readMeFirst(date, siteUrl)) },
        ]);
        logger.info(`download: ${DOWNLOADS}/${name}.zip (${(zipBytes / 1024 / 1024).toFixed(1)} MB, ${entries.length + 1} files)`);
      },
    },
  };
}

/** Already-compressed files are stored as they are; deflating them again only costs time. */
const STORED = /\.(png|zip|wasm|pf_fragment|pf_index|pf_meta|pagefind)$/;

/**
 * Streams the zip to disk one file at a time, so memory stays flat however large the site is.
 * Fixed times and sorted entries keep it byte-identical from build to build.
 */
function writeZip(file: string, folder: string, mtime: Date,
  entries: { path: string; read: () => Promise<Uint8Array> }[]): Promise<number> {
  return new Promise((resolve, reject) => {
    const out = createWriteStream(file);
    let size = 0;
    const zip = new Zip((err, chunk, final) => {
      if (err) return reject(err);
      size += chunk.length;
      out.write(chunk);
      if (final) out.end(() => resolve(size));
    });
    (async () => {
      for (const entry of entries) {
        const name = `${folder}/${entry.path}`;
        const part = STORED.test(entry.path) ? new ZipPassThrough(name) : new ZipDeflate(name, { level: 9 });
        part.mtime = mtime;
        zip.add(part);
        part.push(await entry.read(), true);
      }
      zip.end();
    })().catch(reject);
  });
}
