/**
 * The offline search index of an edition as a classic script (search-fallback.js, ar/search-fallback.js):
 * Pagefind cannot load from file://, a classic <script src> can. Built from the edition's model by
 * src/lib/search/offline-index.ts.
 */
import type { APIRoute } from 'astro';
import { site } from '../../data/site';
import { perLocale, type Locale } from '../../lib/i18n';
import { strings } from '../../lib/strings';
import { buildSearchIndex, fallbackScript } from '../../lib/search/offline-index';

export const getStaticPaths = () => perLocale([{ params: {} }]);

export const GET: APIRoute = async ({ props }) => {
  const { locale } = props as { locale: Locale };
  return new Response(fallbackScript(buildSearchIndex(await site(locale), strings(locale))), {
    headers: { 'content-type': 'text/javascript; charset=utf-8' },
  });
};
