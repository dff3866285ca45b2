/** The network as one standalone image, in each edition's names: the home page shows it in miniature. */
import type { APIRoute, InferGetStaticPropsType } from 'astro';
import { siteGraph } from '../../../data/site';
import { networkSvg } from '../../../lib/social-image';
import { perLocale } from '../../../lib/i18n';

export const getStaticPaths = () => perLocale([{ params: {} }]);

type Props = InferGetStaticPropsType<typeof getStaticPaths>;

export const GET: APIRoute<Props> = async ({ props }) => {
  const { wide } = await siteGraph(props.locale);
  return new Response(networkSvg(wide), { headers: { 'Content-Type': 'image/svg+xml' } });
};
