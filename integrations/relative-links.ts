/**
 * After the build, makes every internal link relative and marks links to other sites (see
 * src/lib/relative-links.ts). The 404 page keeps root-absolute links: a server shows it at any
 * depth, where relative links would break.
 */
import type { AstroIntegration } from 'astro';
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { markExternalLinks, relativizeHtml } from '../src/lib/relative-links';

export async function htmlFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries.filter((e) => e.isFile() && e.name.endsWith('.html')).map((e) => join(e.parentPath, e.name)).sort();
}

export default function relativeLinks(): AstroIntegration {
  let base = '/';
  let origin = '';
  return {
    name: 'idlib:relative-links',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = config.base.endsWith('/') ? config.base : `${config.base}/`;
        origin = config.site ? new URL(config.site).origin : '';
      },
      'astro:build:done': async ({ dir, logger }) => {
        const root = fileURLToPath(dir);
        const files = await htmlFiles(root);
        for (const file of files) {
          const page = relative(root, file).split(sep).join('/');
          const html = await readFile(file, 'utf8');
          const marked = markExternalLinks(html, origin);
          const next = page === '404.html' ? marked : relativizeHtml(marked, base, page);
          if (next !== html) await writeFile(file, next);
        }
        logger.info(`made links relative in ${files.length - 1} pages`);
      },
    },
  };
}
