/**
 * Social images for sharing, drawn at build time from src/lib/social-image.ts and rasterised by
 * ./_png.ts, which keeps each PNG until its drawing changes and starts them all on the cores at once.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { png, start } from './_png';
import { actorDiagram, site, siteGraph } from '../../data/site';
import { socialSvg, type SocialImage } from '../../lib/social-image';
import { en } from '../../lib/strings';

const { kindLabel, site: strings, wbw } = en;

export const getStaticPaths: GetStaticPaths = async () => {
  const model = await site();
  const { graph, wide: diagram } = await siteGraph();
  const a = model.article.data;
  const images: { slug: string; image: SocialImage }[] = [
    { slug: 'home', image: { kicker: 'Explainer', title: strings.tagline } },
    { slug: 'report', image: { kicker: 'The report, explained', title: a.title, subtitle: a.summary } },
    { slug: 'who-backs-whom', image: { kicker: `${graph.edges.length} relations, graded and sourced`, title: wbw.title, diagram } },
  ];
  for (const actor of model.actors.values()) {
    const linked = (model.relationsFrom.get(actor.id)?.length ?? 0) + (model.relationsTo.get(actor.id)?.length ?? 0) > 0;
    images.push({
      slug: `actors/${actor.id}`,
      image: {
        kicker: kindLabel[actor.data.kind],
        title: actor.data.name,
        subtitle: linked ? undefined : actor.data.summary,
        diagram: linked ? await actorDiagram(actor.id) : undefined,
        centre: actor.id,
      },
    });
  }
  const paths = images.map(({ slug, image }) => ({ params: { slug }, props: { svg: socialSvg(image) } }));
  start(paths.map((p) => p.props.svg));
  return paths;
};

export const GET: APIRoute = async ({ props }) =>
  new Response(new Uint8Array(await png(props['svg'] as string)), { headers: { 'Content-Type': 'image/png' } });
