/**
 * The site's maps, built once per build from the validated places and Natural Earth's geometry.
 * Pages ask for views by name; src/lib/site-maps.ts and src/lib/map-model.ts do the work.
 */
import { site } from './site';
import { readAtlas } from './atlas';
import { buildSiteMaps, type SiteMaps } from '../lib/site-maps';

let cached: Promise<SiteMaps> | undefined;

export function siteMaps(): Promise<SiteMaps> {
  cached ??= site().then((model) => buildSiteMaps(model, readAtlas()));
  return cached;
}
