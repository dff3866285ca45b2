/**
 * Offline reading, after the build: a Workbox service worker that precaches every page and asset
 * with content hashes (a new deploy changes the hashes, so the cache updates), and the download:
 * one zip of the whole site, named with the build date, with READ-ME-FIRST.html beside it.
 */
import type { AstroIntegration } from 'astro';
import { generateSW } from 'workbox-build';
import { zipSync, type Zippable } from 'fflate';
import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { bundleName } from './build-date';
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
          globPatterns: ['**/*.{html,js,css,svg,png,json,xml,webmanifest,pf_meta,pf_index,pf_fragment,pagefind,wasm}'],
          // Social images are for link previews, not readers: they are neither precached nor zipped.
          globIgnores: [`${DOWNLOADS}/**`, 'sw.js', '404.html', 'social/**/*.png'],
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
        const files: Zippable = {};
        const mtime = new Date(`${date}T00:00:00Z`);
        const entries = (await readdir(root, { recursive: true, withFileTypes: true }))
          .filter((e) => e.isFile())
          .map((e) => relative(root, join(e.parentPath, e.name)).split(sep).join('/'))
          .filter((p) => !p.startsWith(`${DOWNLOADS}/`) && p !== 'sw.js' && !(p.startsWith('social/') && p.endsWith('.png')))
          .sort();
        for (const path of entries) files[`${name}/${path}`] = [await readFile(join(root, path)), { mtime }];
        files[`${name}/READ-ME-FIRST.html`] = [new TextEncoder().encode(readMeFirst(date, siteUrl)), { mtime }];
        await mkdir(join(root, DOWNLOADS), { recursive: true });
        const zip = zipSync(files, { level: 9 });
        await writeFile(join(root, DOWNLOADS, `${name}.zip`), zip);
        logger.info(`download: ${DOWNLOADS}/${name}.zip (${(zip.length / 1024 / 1024).toFixed(1)} MB, ${entries.length} files)`);
      },
    },
  };
}
