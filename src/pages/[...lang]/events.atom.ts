/**
 * The timeline as an Atom 1.0 feed (events.atom): one entry per event in timeline order, each
 * linking its page, published when its file was first committed and updated when it last changed
 * (git commit dates, so a build of one commit gives the same feed; the build date without git).
 */
import type { APIRoute, InferGetStaticPropsType } from 'astro';
import { absoluteUrl, site } from '../../data/site';
import { perLocale } from '../../lib/i18n';
import { atomFeed } from '../../lib/exports';
import { dateText } from '../../lib/format';
import { formatSpan, parseSpan } from '../../lib/dates';
import { paths } from '../../lib/paths';
import { strings } from '../../lib/strings';
import { gitFileDates } from '../../data/git-dates';

export const getStaticPaths = () => perLocale([{ params: {} }]);

type Props = InferGetStaticPropsType<typeof getStaticPaths>;

export const GET: APIRoute<Props> = async ({ site: siteUrl, props }) => {
  const { locale } = props;
  const t = strings(locale);
  const { feed, site: name } = t;
  const model = await site(locale);
  const abs = (path: string) => absoluteUrl(path, siteUrl);
  const page = (path: string) => absoluteUrl(path, siteUrl, locale);
  const when = (date: string) => {
    const s = parseSpan(date);
    return typeof s === 'string' ? dateText(date, t) : formatSpan(s, t.dates);
  };
  const placeOf = (id: string | undefined) => {
    const p = id ? model.places.get(id)?.data : undefined;
    return p && id
      ? {
          id,
          name: p.name,
          scheme: abs('data/places.json'),
          point: p.coordinates
            ? ([p.coordinates.lon, p.coordinates.lat] satisfies [number, number])
            : undefined,
        }
      : undefined;
  };
  const dates = gitFileDates(model.timeline.map((e) => e.file));
  const body = atomFeed({
    title: feed.title,
    subtitle: feed.subtitle,
    self: page('events.atom'),
    alternate: page(paths.events()),
    lang: locale,
    updated: import.meta.env.BUILD_DATE,
    author: name.name,
    rights: name.rights,
    entries: model.timeline.map((e) => ({
      url: page(paths.event(e.id)),
      title: e.data.title,
      summary: `${when(e.data.date)}: ${e.data.summary}`,
      categories: e.data.participants.map((p) => ({
        term: p.actor,
        label: model.actor(p.actor).data.name,
      })),
      place: placeOf(e.data.place),
      updated: dates.get(e.file)?.updated,
      published: dates.get(e.file)?.published,
    })),
  });
  return new Response(body, { headers: { 'content-type': 'application/atom+xml; charset=utf-8' } });
};
