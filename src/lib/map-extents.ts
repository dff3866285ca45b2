/**
 * The area each map covers, in degrees (WGS 84). The content check refuses a place whose
 * coordinates fall outside the map it names, which catches swapped or mistyped numbers; the maps
 * (map-model.ts) are drawn to these boxes.
 */
import type { PlaceMap } from './vocabulary';

export interface Extent {
  west: number;
  south: number;
  east: number;
  north: number;
}

export const EXTENTS: Record<PlaceMap, Extent> = {
  /** North-west Syria: Latakia on the coast to Aleppo, the Turkish border to Hama. */
  'north-west': { west: 35.55, south: 34.95, east: 37.45, north: 36.65 },
  /** Syria and its neighbours, for the country locator. */
  syria: { west: 34.5, south: 32.0, east: 42.6, north: 37.6 },
  /** The world locator: where agreements were signed and the UN listed groups. */
  world: { west: -180, south: -90, east: 180, north: 90 },
};

export const MAP_NAMES: Record<PlaceMap, string> = {
  'north-west': 'north-west Syria',
  syria: 'Syria and its neighbours',
  world: 'world',
};

export function inExtent(e: Extent, lat: number, lon: number): boolean {
  return lat >= e.south && lat <= e.north && lon >= e.west && lon <= e.east;
}
