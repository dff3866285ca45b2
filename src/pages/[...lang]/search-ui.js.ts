/**
 * The search interface of an edition as a classic script file (search-ui.js, ar/search-ui.js):
 * the edition's search data (its sentences, facet labels and ranking, src/lib/search/client-data.ts)
 * followed by src/client/search/ui.ts bundled by esbuild. The tiny loader in every page adds it
 * only when a reader goes to search.
 */
import type { APIRoute } from 'astro';
import { clientScript } from '../../data/client-script';
import { perLocale, type Locale } from '../../lib/i18n';
import { strings } from '../../lib/strings';
import { clientDataScript } from '../../lib/search/client-data';

export const getStaticPaths = () => perLocale([{ params: {} }]);

export const GET: APIRoute = async ({ props }) =>
  new Response(
    clientDataScript(strings((props as { locale: Locale }).locale)) +
      (await clientScript('search/ui.ts')),
    {
      headers: { 'content-type': 'text/javascript; charset=utf-8' },
    },
  );
