/**
 * The corrections log as an Atom 1.0 feed (corrections.atom): one entry per correction, newest
 * first, each dated by the day it was made and linked to its place on the corrections page.
 */
import type { APIRoute, InferGetStaticPropsType } from 'astro';
import { absoluteUrl, site } from '../../data/site';
import { atomFeed } from '../../lib/exports';
import { correctionFeedEntries } from '../../lib/corrections';
import { paths } from '../../lib/paths';
import { strings } from '../../lib/strings';
import { perLocale } from '../../lib/i18n';

export const getStaticPaths = () => perLocale([{ params: {} }]);

type Props = InferGetStaticPropsType<typeof getStaticPaths>;

export const GET: APIRoute<Props> = async ({ site: siteUrl, props }) => {
  const { locale } = props;
  const dict = strings(locale);
  const { corrections: t, site: name } = dict;
  const model = await site(locale);
  const abs = (path: string) => absoluteUrl(path, siteUrl, locale);
  const entries = correctionFeedEntries(model, abs, dict);
  const body = atomFeed({
    title: t.feedTitle,
    subtitle: t.feedSubtitle,
    self: abs('corrections.atom'),
    alternate: abs(paths.corrections()),
    lang: locale,
    // the feed changes when a correction is added: its date is the newest correction's
    updated: entries[0]?.updated ?? import.meta.env.BUILD_DATE,
    author: name.name,
    rights: name.rights,
    entries,
  });
  return new Response(body, { headers: { 'content-type': 'application/atom+xml; charset=utf-8' } });
};
