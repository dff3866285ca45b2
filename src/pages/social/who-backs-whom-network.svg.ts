/** The network as one standalone image: the home page shows it in miniature. */
import type { APIRoute } from 'astro';
import { siteGraph } from '../../data/site';
import { networkSvg } from '../../lib/social-image';

export const GET: APIRoute = async () => {
  const { wide } = await siteGraph();
  return new Response(networkSvg(wide), { headers: { 'Content-Type': 'image/svg+xml' } });
};
