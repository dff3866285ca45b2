/** The network as one standalone image, in each edition's names: the home page shows it in miniature. */
import type { APIRoute } from 'astro';
import { siteGraph } from '../../../data/site';
import { networkSvg } from '../../../lib/social-image';
import { perLocale, type Locale } from '../../../lib/i18n';

export const getStaticPaths = () => perLocale([{ params: {} }]);

export const GET: APIRoute = async ({ props }) => {
  const { wide } = await siteGraph((props as { locale: Locale }).locale);
  return new Response(networkSvg(wide), { headers: { 'Content-Type': 'image/svg+xml' } });
};
