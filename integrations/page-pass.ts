/**
 * After the build, one pass over every page with a real HTML tokenizer (src/lib/html-pass.ts):
 * links made relative, links to other sites marked, every script and style checked against what
 * the project ships, and a Content-Security-Policy written from their hashes. The pages are shared
 * out to worker threads, one per core (page-pass-worker.ts), a page at a time. Then a _headers
 * file (Netlify, Cloudflare Pages) with one policy covering every page, plus the headers a meta
 * element cannot carry.
 *
 * What the project ships is known at build time: the inline scripts are the bundles listed in
 * src/data/client-script.ts (INLINE_SCRIPTS), the styles are the stylesheets Vite produced (read
 * from the bundle before Astro inlines them). A page carrying anything else stops the build with
 * the page and, where one exists, the content file behind it. The 404 page keeps root-absolute
 * links: a server shows it at any depth, where relative links would break.
 *
 * The pass runs while Astro renders: each page goes to the workers as it is rendered
 * (render-order.ts) and Astro writes the passed page. Pages Astro did not render (HTML files in
 * public/) are passed from disk after the build. The workers also write Pagefind's copies of the
 * finished pages (searchCopies(); pagefind.ts indexes them).
 */
import type { AstroIntegration } from 'astro';
import type { Plugin } from 'vite';
import { existsSync } from 'node:fs';
import { mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createPool, type Pool } from './worker-pool';
import { onRenderedPage } from './render-order';
import { hash, policy } from '../src/lib/csp';
import { inlineScripts } from '../src/data/client-script';
import type { PageDone, PageJob, PassShared } from './page-pass-worker';

let copies: string | undefined;

/** The folder of Pagefind's copies of the finished pages (pagefind.ts indexes, then removes it). */
export function searchCopies(): string | undefined {
  return copies;
}

export async function htmlFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries
    .filter((e) => e.isFile() && e.name.endsWith('.html'))
    .map((e) => join(e.parentPath, e.name))
    .sort();
}

/**
 * Records every stylesheet Vite emits. Astro's own plugin then inlines them into the pages (one
 * <style> per page, the page's sheets joined) and drops the files, so this one runs before it.
 */
function stylesheets(into: Set<string>): Plugin {
  const INLINER = 'astro:rollup-plugin-inline-stylesheets';
  const plugin: Plugin = {
    name: 'idlib:stylesheet-hashes',
    enforce: 'post',
    configResolved(config) {
      const plugins = config.plugins as Plugin[];
      const inliner = plugins.findIndex((p) => p.name === INLINER);
      const self = plugins.indexOf(plugin);
      if (inliner < 0 || self < 0 || self < inliner) return;
      plugins.splice(self, 1);
      plugins.splice(inliner, 0, plugin);
    },
    generateBundle(_options, bundle) {
      for (const file of Object.values(bundle)) {
        if (
          file.type === 'asset' &&
          file.fileName.endsWith('.css') &&
          typeof file.source === 'string'
        )
          into.add(file.source.trim());
      }
    },
  };
  return plugin;
}

/** The content file a page is made from, where there is one (for messages). */
function contentFileOf(page: string): string | undefined {
  const m = /^(actors|events|relations)\/([^/]+)\/index\.html$/.exec(page);
  const candidates = m
    ? [`src/content/${m[1]}/${m[2]}.mdx`, `src/content/${m[1]}/${m[2]}.yaml`]
    : page === 'report/index.html'
      ? ['src/content/article/report.mdx']
      : [];
  return candidates.find((f) => existsSync(f));
}

export default function pagePass(): AstroIntegration {
  let base = '/';
  let origin = '';
  const styles = new Set<string>();
  let pool: Promise<Pool<PageJob, PageDone>> | undefined;
  /** Every page passed so far, by its path under the output folder. */
  const passed = new Map<string, Promise<Omit<PageDone, 'html'>>>();
  const open = () =>
    (pool ??= (async () => {
      const stale = copies;
      copies = await mkdtemp(join(tmpdir(), 'idlib-pagefind-'));
      if (stale) await rm(stale, { recursive: true, force: true });
      const shared: PassShared = {
        base,
        origin,
        scripts: (await inlineScripts()).map(hash),
        stylesheets: [...styles],
        copies,
      };
      return createPool<PageJob, PageDone>(
        new URL('./page-pass-worker.ts', import.meta.url),
        shared,
        (j) => `the page pass of ${j.page}`,
      );
    })());
  /** Passes a page; what is kept for the end of the build leaves its HTML out (10,000 pages add up). */
  const pass = (job: Omit<PageJob, 'id'>) => {
    const done = open().then((p) => p.run(job));
    const kept = done.then(({ html: _, ...rest }) => rest);
    kept.catch(() => {}); // a failure is reported where `done` is awaited (the render), not twice
    passed.set(job.page, kept);
    return done;
  };
  return {
    name: 'idlib:page-pass',
    hooks: {
      'astro:config:setup': ({ updateConfig }) => {
        updateConfig({ vite: { plugins: [stylesheets(styles)] } });
        onRenderedPage(
          async (page, html) => (await pass({ page, html, relative: page !== '404.html' })).html!,
        );
      },
      'astro:config:done': ({ config }) => {
        base = config.base.endsWith('/') ? config.base : `${config.base}/`;
        origin = config.site ? new URL(config.site).origin : '';
      },
      'astro:build:done': async ({ dir, logger }) => {
        const root = fileURLToPath(dir);
        const all = { scripts: new Set<string>(), styles: new Set<string>() };
        const problems: string[] = [];
        const files = await htmlFiles(root);
        const pages = files.map((file) => relative(root, file).split(sep).join('/'));
        const known = new Set(pages);
        for (const page of passed.keys())
          if (!known.has(page))
            throw new Error(`page pass: ${page} was passed as it rendered but is not in ${root}`);
        const rendered = passed.size;
        // pages Astro did not render (HTML in public/): from disk, rewritten in place
        pages.forEach((page, i) => {
          if (!passed.has(page)) void pass({ page, file: files[i], relative: page !== '404.html' });
        });
        // in the pages' order, so that _headers and the messages do not depend on timing
        const results = await Promise.all(
          pages.map(async (page) => ({ page, ...(await passed.get(page)!) })),
        );
        if (pool) await (await pool).close();
        for (const result of results) {
          const source = contentFileOf(result.page);
          problems.push(...result.problems.map((p) => (source ? `${p} (made from ${source})` : p)));
          result.scripts.forEach((h) => all.scripts.add(h));
          result.styles.forEach((h) => all.styles.add(h));
        }
        if (problems.length) {
          logger.error(
            `${problems.length} page problem(s) stop the build: the pages carry something the site did not write.\n  ${problems.join('\n  ')}\n` +
              'Scripts must be bundles listed in src/data/client-script.ts (INLINE_SCRIPTS); styles must come from the stylesheets; nothing else may run.',
          );
          process.exit(1);
        }
        const header = policy(
          { scripts: [...all.scripts].sort(), styles: [...all.styles].sort() },
          { header: true },
        );
        await writeFile(
          join(root, '_headers'),
          [
            '/*',
            `  Content-Security-Policy: ${header}`,
            '  X-Content-Type-Options: nosniff',
            '  Referrer-Policy: no-referrer',
            '  Permissions-Policy: camera=(), microphone=(), geolocation=(), interest-cohort=()',
            '/*.html',
            '  Cache-Control: no-cache',
            '/sw.js',
            '  Cache-Control: no-cache',
            '/pagefind/*',
            '  Cache-Control: public, max-age=86400',
            '',
          ].join('\n'),
        );
        logger.info(
          `${files.length} pages (${rendered} as they rendered): links relative, external links marked, scripts and styles checked, policy set; _headers written`,
        );
      },
    },
  };
}
