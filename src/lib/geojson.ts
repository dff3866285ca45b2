/**
 * The places as GeoJSON (RFC 7946): one Feature per place, in id order. A place with coordinates
 * is a Point ([longitude, latitude], WGS 84); a region drawn around other places is a MultiPoint of
 * those places; a place our sources do not locate has no geometry (null), as RFC 7946 allows.
 * Properties carry the names, the kind, the source of the coordinates and the events there.
 */
import type { Item } from './exports';
import type { Place } from './dataset';

export interface GeoJsonOptions {
  /** Absolute URL of the site root, for each place's link and the collection's attribution. */
  root: string;
  /** Event ids per place id, in timeline order. */
  eventsAt: ReadonlyMap<string, readonly string[]>;
}

type Geometry =
  | { type: 'Point'; coordinates: [number, number] }
  | { type: 'MultiPoint'; coordinates: [number, number][] }
  | null;

export function placesGeoJson(
  places: readonly Item<Place>[],
  o: GeoJsonOptions,
): Record<string, unknown> {
  const byId = new Map(places.map((p) => [p.id, p.data]));
  const point = (p: Place | undefined): [number, number] | undefined =>
    p?.coordinates ? [p.coordinates.lon, p.coordinates.lat] : undefined;
  const features = [...places]
    .sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
    .map((p) => {
      const d = p.data;
      const members = (d.around ?? [])
        .map((id) => point(byId.get(id)))
        .filter((c): c is [number, number] => !!c);
      const geometry: Geometry = d.coordinates
        ? { type: 'Point', coordinates: point(d)! }
        : members.length
          ? { type: 'MultiPoint', coordinates: members }
          : null;
      return {
        type: 'Feature',
        id: p.id,
        geometry,
        properties: {
          name: d.name,
          otherNames: d.otherNames,
          kind: d.kind,
          country: d.country,
          ...(d.governorate ? { governorate: d.governorate } : {}),
          ...(d.coordinates?.source ? { coordinatesSource: d.coordinates.source } : {}),
          ...(d.around ? { around: d.around } : {}),
          ...(d.within ? { within: d.within } : {}),
          ...(d.note ? { note: d.note } : {}),
          events: [...(o.eventsAt.get(p.id) ?? [])],
          url: new URL(`map/#place-${p.id}`, o.root).href,
        },
      };
    });
  return { type: 'FeatureCollection', features };
}

export function placesGeoJsonText(places: readonly Item<Place>[], o: GeoJsonOptions): string {
  return `${JSON.stringify(placesGeoJson(places, o), null, 2)}\n`;
}
