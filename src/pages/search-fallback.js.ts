/**
 * The offline search index as a classic script (dist/search-fallback.js): Pagefind cannot load
 * from file://, a classic <script src> can. Built from the collections by src/lib/search-fallback.ts.
 */
import type { APIRoute } from 'astro';
import { site } from '../data/site';
import { buildSearchIndex, fallbackScript } from '../lib/search-fallback';

export const GET: APIRoute = async () =>
  new Response(fallbackScript(buildSearchIndex(await site())), { headers: { 'content-type': 'text/javascript; charset=utf-8' } });
