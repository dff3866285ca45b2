/**
 * The search interface as a classic script file (dist/search-ui.js), bundled by esbuild from
 * src/client/search-ui.ts. The tiny loader in Base.astro adds it only when a reader goes to search.
 */
import type { APIRoute } from 'astro';
import { clientScript } from '../data/client-script';

export const GET: APIRoute = async () =>
  new Response(await clientScript('search-ui.ts'), { headers: { 'content-type': 'text/javascript; charset=utf-8' } });
