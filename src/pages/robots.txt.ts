/**
 * robots.txt: everything may be crawled; the sitemap's absolute URL comes from the configured
 * site and base path (SITE_URL, BASE_PATH). Crawlers read it only at a domain's root.
 */
import type { APIRoute } from 'astro';
import { absoluteUrl } from '../data/site';

export const GET: APIRoute = ({ site }) => {
  const body = [
    'User-agent: *',
    'Allow: /',
    '',
    `Sitemap: ${absoluteUrl('sitemap-index.xml', site)}`,
    '',
  ].join('\n');
  return new Response(body, { headers: { 'content-type': 'text/plain; charset=utf-8' } });
};
