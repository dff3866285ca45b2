/**
 * Social images for sharing, drawn at build time from src/lib/social-image.ts and rasterised by
 * ./_png.ts, which keeps each PNG until its drawing changes and starts them all on the cores at once.
 */
import type { APIRoute, GetStaticPaths, InferGetStaticPropsType } from 'astro';
import { allCores, start, takePng } from './_png';
import { actorDiagram, site, siteGraph } from '../../data/site';
import { socialSvg, type SocialImage } from '../../lib/social-image';
import { strings } from '../../lib/strings';
import { LOCALES, localePrefix } from '../../lib/i18n';

export const getStaticPaths = (async () => {
  const images: { slug: string; image: SocialImage }[] = [];
  // One set per edition: social/actors/hts.png in English, social/ar/actors/hts.png in Arabic.
  for (const locale of LOCALES) {
    const { kindLabel, site: words, wbw, social } = strings(locale);
    const model = await site(locale);
    const { graph, wide: diagram } = await siteGraph(locale);
    const a = model.article.data;
    const at = (slug: string) => `${localePrefix(locale)}${slug}`;
    images.push(
      { slug: at('home'), image: { kicker: social.home, title: words.tagline, locale } },
      {
        slug: at('report'),
        image: { kicker: social.report, title: a.title, subtitle: a.summary, locale },
      },
      {
        slug: at('who-backs-whom'),
        image: { kicker: social.relations(graph.edges.length), title: wbw.title, diagram, locale },
      },
    );
    for (const actor of model.actors.values()) {
      const linked =
        (model.relationsFrom.get(actor.id)?.length ?? 0) +
          (model.relationsTo.get(actor.id)?.length ?? 0) >
        0;
      images.push({
        slug: at(`actors/${actor.id}`),
        image: {
          kicker: kindLabel[actor.data.kind],
          title: actor.data.name,
          subtitle: linked ? undefined : actor.data.summary,
          diagram: linked ? await actorDiagram(actor.id, locale) : undefined,
          centre: actor.id,
          locale,
        },
      });
    }
  }
  const paths = images.map(({ slug, image }) => ({
    params: { slug },
    props: { svg: socialSvg(image) },
  }));
  start(paths.map((p) => p.props.svg));
  return paths;
}) satisfies GetStaticPaths;

type Props = InferGetStaticPropsType<typeof getStaticPaths>;

// Rendered after every page (integrations/render-order.ts): the main thread is free now.
export const GET: APIRoute<Props> = async ({ props }) => {
  allCores();
  return new Response(new Uint8Array(await takePng(props.svg)), {
    headers: { 'Content-Type': 'image/png' },
  });
};
