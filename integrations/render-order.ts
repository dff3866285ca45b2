/**
 * Astro's own prerenderer, with two changes that let the build use every core while the main
 * thread renders (on 2 cores the render phase was most of the build, on one core):
 * - The social images render last. Their PNGs are rasterised on sharp's threads from the moment
 *   their route's getStaticPaths is known (src/pages/social/_png.ts), but Astro's order puts the
 *   endpoints, the PNGs among them, before the pages, and the main thread sat idle waiting for each
 *   PNG in turn. Last, the PNGs are made while the pages render; their routes write what is ready.
 * - Each HTML page, as it is rendered, goes to the step registered with onRenderedPage (the page
 *   pass, on worker threads) and Astro writes what that step returns. With build.concurrency
 *   above 1 the main thread renders the next pages meanwhile, instead of the pass running over
 *   every file after the build.
 * Every path is still rendered by Astro's prerenderer into the same file; only the order changes.
 */
import type { AstroIntegration, AstroPrerenderer, RouteData } from 'astro';

/** A step given each rendered HTML page: `page` is its file under the output folder. */
type PageStep = (page: string, html: string) => Promise<string>;

let step: PageStep | undefined;

/** Registers the step every rendered HTML page goes through (one step; the page pass). */
export function onRenderedPage(fn: PageStep): void {
  step = fn;
}

/** The social images' route (src/pages/social/[...slug].png.ts). */
const isSocialImage = (route: RouteData) => route.component.startsWith('src/pages/social/');

/**
 * The file Astro writes a page to, under the output folder, for build.format "directory" (as
 * Astro's getOutFile: 404 and 500 at the root are files, every other page a folder's index.html).
 */
export function pageFile(url: string, base: string): string {
  const path = decodeURI(new URL(url).pathname);
  const rel = (path.startsWith(base) ? path.slice(base.length) : path).replace(/^\/+|\/+$/g, '');
  if (rel === '404' || rel === '500') return `${rel}.html`;
  return rel ? `${rel}/index.html` : 'index.html';
}

export default function renderOrder(): AstroIntegration {
  let base = '/';
  let directory = false;
  return {
    name: 'idlib:render-order',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = config.base.endsWith('/') ? config.base : `${config.base}/`;
        directory = config.build.format === 'directory';
      },
      'astro:build:start': ({ setPrerenderer }) => {
        setPrerenderer((astro): AstroPrerenderer => ({
          ...astro,
          name: 'idlib:render-order',
          getStaticPaths: async () => {
            const paths = await astro.getStaticPaths();
            const social = paths.filter((p) => isSocialImage(p.route));
            return [...paths.filter((p) => !isSocialImage(p.route)), ...social];
          },
          render: async (request, options) => {
            const rendered = await astro.render(request, options);
            const response = rendered instanceof Response ? rendered : rendered.response;
            const { type } = options.routeData;
            if (
              !step ||
              !directory ||
              (type !== 'page' && type !== 'fallback') ||
              response.status !== 200 ||
              !response.headers.get('content-type')?.startsWith('text/html')
            )
              return rendered;
            const html = await step(pageFile(request.url, base), await response.text());
            const passed = new Response(html, {
              status: response.status,
              statusText: response.statusText,
              headers: response.headers,
            });
            return rendered instanceof Response ? passed : { ...rendered, response: passed };
          },
        }));
      },
    },
  };
}
