/**
 * places.geojson: every place as GeoJSON (RFC 7946), from the validated places by
 * src/lib/geojson.ts. Linked from the Data page beside the JSON and CSV of the places.
 */
import type { APIRoute } from 'astro';
import { absoluteUrl, site } from '../../data/site';
import { placesGeoJsonText } from '../../lib/geojson';

export const GET: APIRoute = async ({ site: siteUrl }) => {
  const model = await site();
  const root = absoluteUrl('', siteUrl);
  const eventsAt = new Map(
    [...model.eventsAt].map(([id, events]) => [id, events.map((e) => e.id)]),
  );
  const body = placesGeoJsonText([...model.places.values()], { root, eventsAt });
  return new Response(body, { headers: { 'content-type': 'application/geo+json; charset=utf-8' } });
};
