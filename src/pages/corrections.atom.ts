/**
 * The corrections log as an Atom 1.0 feed (corrections.atom): one entry per correction, newest
 * first, each dated by the day it was made and linked to its place on the corrections page.
 */
import type { APIRoute } from 'astro';
import { site } from '../data/site';
import { atomFeed } from '../lib/exports';
import { correctionFeedEntries } from '../lib/corrections';
import { paths } from '../lib/paths';
import { corrections as t, site as strings } from '../lib/strings';

export const GET: APIRoute = async ({ site: siteUrl }) => {
  const model = await site();
  const root = new URL(import.meta.env.BASE_URL.replace(/\/?$/, '/'), siteUrl ?? 'http://localhost/');
  const abs = (path: string) => new URL(path, root).href;
  const entries = correctionFeedEntries(model, abs);
  const body = atomFeed({
    title: t.feedTitle,
    subtitle: t.feedSubtitle,
    self: abs('corrections.atom'),
    alternate: abs(paths.corrections()),
    // the feed changes when a correction is added: its date is the newest correction's
    updated: entries[0]?.updated ?? import.meta.env.BUILD_DATE,
    author: strings.name,
    rights: 'Content and data under CC BY 4.0 (https://creativecommons.org/licenses/by/4.0/)',
    entries,
  });
  return new Response(body, { headers: { 'content-type': 'application/atom+xml; charset=utf-8' } });
};
