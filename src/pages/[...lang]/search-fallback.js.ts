/**
 * The offline search index of an edition as a classic script (search-fallback.js, ar/search-fallback.js):
 * Pagefind cannot load from file://, a classic <script src> can. Built from the edition's model by
 * src/lib/search-fallback.ts.
 */
import type { APIRoute } from 'astro';
import { site } from '../../data/site';
import { buildSearchIndex, fallbackScript } from '../../lib/search-fallback';
import { perLocale, type Locale } from '../../lib/i18n';

export const getStaticPaths = () => perLocale([{ params: {} }]);

export const GET: APIRoute = async ({ props }) =>
  new Response(fallbackScript(buildSearchIndex(await site((props as { locale: Locale }).locale))), { headers: { 'content-type': 'text/javascript; charset=utf-8' } });
