/**
 * A map view as SVG markup: sea, land, Syria, borders, region areas, frames, then each marker as a
 * link holding its label (a target larger than the dot), names of countries and seas last. The
 * markup is finished at build time; CSS colours it (light, dark, print) and the "as of" script
 * only toggles classes. Text is escaped here; nothing in it comes from the browser.
 */
import type { MapView } from './map-model';
import { escapeAttr } from './escape';

export interface MapSvgOptions {
  /** Unique on the page: prefixes the ids of the title and description. */
  id: string;
  title: string;
  description: string;
  /** Extra classes on the <svg>, e.g. the variant shown on narrow screens. */
  className?: string | undefined;
  /** Where a marker links: the place's entry in the list of places. */
  href: (placeId: string) => string;
  /** The marker's accessible name: the place and what happened there. */
  name: (placeId: string) => string;
  /** The place to emphasise (an event page's locator). */
  highlight?: string | undefined;
  /** Where a frame links (the map it outlines), by frame id. */
  frameHref?: ((frameId: string) => string | undefined) | undefined;
}

const n = (v: number) => String(Math.round(v * 10) / 10);

export function mapSvg(view: MapView, o: MapSvgOptions): string {
  const labels = new Map(view.labels.map((l) => [l.id, l]));
  const names = view.labels.filter((l) => !view.markers.some((m) => m.id === l.id));
  const text = (id: string, cls: string) => {
    const l = labels.get(id);
    return l
      ? `<text class="${cls}" x="${n(l.x)}" y="${n(l.y)}"${l.anchor === 'start' ? '' : ` text-anchor="${l.anchor}"`}>${escapeAttr(l.text)}</text>`
      : '';
  };
  const first = (month: string | undefined) => (month ? ` data-first="${month}"` : '');
  const parts = [
    `<svg class="map map-${escapeAttr(view.id)}${o.className ? ` ${escapeAttr(o.className)}` : ''}" id="${escapeAttr(o.id)}" viewBox="0 0 ${view.width} ${view.height}" width="${view.width}" height="${view.height}" role="group" aria-labelledby="${escapeAttr(o.id)}-title" aria-describedby="${escapeAttr(o.id)}-desc" font-size="${view.fontSize}">`,
    `<title id="${escapeAttr(o.id)}-title">${escapeAttr(o.title)}</title>`,
    `<desc id="${escapeAttr(o.id)}-desc">${escapeAttr(o.description)}</desc>`,
    `<rect class="map-sea" width="${view.width}" height="${view.height}"/>`,
    `<path class="map-land" d="${view.base.land}"/>`,
    view.base.syria ? `<path class="map-syria" d="${view.base.syria}"/>` : '',
    view.base.borders ? `<path class="map-borders" d="${view.base.borders}"/>` : '',
    ...view.areas.map(
      (a) =>
        `<path class="map-area${a.id === o.highlight ? ' is-here' : ''}" d="${a.d}" stroke-width="${n(a.pad * 2)}" data-place="${escapeAttr(a.id)}"${first(a.firstMonth)}/>`,
    ),
    ...view.frames.map((f) => {
      const rect = `<rect class="map-frame" x="${n(f.box.x)}" y="${n(f.box.y)}" width="${n(f.box.width)}" height="${n(f.box.height)}"/>`;
      const to = o.frameHref?.(f.id);
      return to
        ? `<a href="${escapeAttr(to)}" class="map-frame-link" aria-label="${escapeAttr(f.title)}">${rect}</a>`
        : rect;
    }),
    ...view.markers.map((m) =>
      [
        `<a href="${escapeAttr(o.href(m.id))}" class="map-marker kind-${m.kind}${m.events ? ' has-events' : ''}${m.id === o.highlight ? ' is-here' : ''}${m.offMap ? ' is-off-map' : ''}" data-place="${escapeAttr(m.id)}"${first(m.firstMonth)} aria-label="${escapeAttr(o.name(m.id))}">`,
        `<path d="${m.shape}" transform="translate(${n(m.x)},${n(m.y)})"/>`,
        text(m.id, 'map-label'),
        '</a>',
      ].join(''),
    ),
    names.length
      ? `<g aria-hidden="true">${names.map((l) => text(l.id, 'map-name')).join('')}</g>`
      : '',
    '</svg>',
  ];
  return parts.filter(Boolean).join('');
}
