/**
 * The offline search index of an edition as a classic script (search-fallback.js, ar/search-fallback.js):
 * Pagefind cannot load from file://, a classic <script src> can. Built from the edition's model by
 * src/lib/search/offline-index.ts.
 */
import type { APIRoute, InferGetStaticPropsType } from 'astro';
import { site } from '../../data/site';
import { perLocale } from '../../lib/i18n';
import { strings } from '../../lib/strings';
import { buildSearchIndex, fallbackScript } from '../../lib/search/offline-index';

export const getStaticPaths = () => perLocale([{ params: {} }]);

type Props = InferGetStaticPropsType<typeof getStaticPaths>;

export const GET: APIRoute<Props> = async ({ props }) => {
  const { locale } = props;
  return new Response(fallbackScript(buildSearchIndex(await site(locale), strings(locale))), {
    headers: { 'content-type': 'text/javascript; charset=utf-8' },
  });
};
