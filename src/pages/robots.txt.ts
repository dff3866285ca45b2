/**
 * robots.txt: everything may be crawled; the sitemap's absolute URL comes from the configured
 * site and base path (SITE_URL, BASE_PATH). Crawlers read it only at a domain's root.
 */
import type { APIRoute } from 'astro';

export const GET: APIRoute = ({ site }) => {
  const root = new URL(import.meta.env.BASE_URL.replace(/\/?$/, '/'), site ?? 'http://localhost/');
  const body = ['User-agent: *', 'Allow: /', '', `Sitemap: ${new URL('sitemap-index.xml', root).href}`, ''].join('\n');
  return new Response(body, { headers: { 'content-type': 'text/plain; charset=utf-8' } });
};
