/**
 * The search interface of an edition as a classic script file (search-ui.js, ar/search-ui.js):
 * the edition's search data (its sentences, facet labels and ranking, src/lib/search/client-data.ts)
 * followed by src/client/search/ui.ts bundled by esbuild. The tiny loader in every page adds it
 * only when a reader goes to search.
 */
import type { APIRoute, InferGetStaticPropsType } from 'astro';
import { clientScript } from '../../data/client-script';
import { perLocale } from '../../lib/i18n';
import { strings } from '../../lib/strings';
import { clientDataScript } from '../../lib/search/client-data';

export const getStaticPaths = () => perLocale([{ params: {} }]);

type Props = InferGetStaticPropsType<typeof getStaticPaths>;

export const GET: APIRoute<Props> = async ({ props }) =>
  new Response(clientDataScript(strings(props.locale)) + (await clientScript('search/ui.ts')), {
    headers: { 'content-type': 'text/javascript; charset=utf-8' },
  });
