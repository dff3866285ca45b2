/**
 * The site's maps: which places each map shows, at what size, with which frames and names, and
 * the locator of each place. Pure given the model's places and events and Natural Earth's geometry
 * (src/data/atlas.ts reads it); src/lib/map-model.ts draws each one.
 */
import type { SiteModel } from './model';
import {
  buildMap,
  eventMonth,
  extentAround,
  onMap,
  placeIndex,
  EXTENTS,
  type Atlas,
  type MapSpec,
  type MapView,
  type PlaceInfo,
} from './map-model';
import type { Basemap } from './map-geometry';
import type { Extent } from './map-extents';
import { en, type Dictionary } from './strings';

/** The words drawn on the maps: names of countries and the sea, and the frames' titles. */
export type MapWords = Pick<Dictionary['maps'], 'names' | 'frames'>;

export interface SiteMaps {
  places: Map<string, PlaceInfo>;
  /** The north-west, drawn for wide screens and for narrow ones. */
  wide: MapView;
  narrow: MapView;
  /** The front of 2019 enlarged. */
  front: MapView;
  /** Syria in its region, with the north-west map's frame. */
  syria: MapView;
  /** Places far away: where agreements were signed and the UN listed groups. */
  world: MapView;
  /** YYYY-MM each event starts in (a year alone: its January), for the "as of" control. */
  eventMonths: Map<string, string>;
  firstMonth: string;
  lastMonth: string;
  /** The small map on an event page, for the event's place. */
  locator: (placeId: string) => MapView;
}

/** The front: the places the region of the 2019 offensive is drawn around. */
const FRONT = 'southern-idlib-northern-hama';
/** The world locator: from Ankara to Astana and Moscow; places further away get an arrow at the edge. */
const WORLD = { west: 16, east: 76, south: 31, north: 58 };
/** Hama, pointed to from the enlargement of the front (it lies beyond its edge). */
const FRONT_REFERENCE = ['hama'];
/** Towns named on small maps for orientation. */
const REFERENCE = ['aleppo', 'idlib', 'hama', 'latakia'];

function mapSpecs(places: Map<string, PlaceInfo>, words: MapWords = en.maps) {
  const { names: N, frames: F } = words;
  const withPoint = (list: PlaceInfo[]) => list.filter((p) => p.data.coordinates).map((p) => p.id);
  const nw = onMap(places, 'north-west');
  const front = places.get(FRONT);
  const frontIds = front?.data.around ?? [];
  const frontExtent = front && front.members.length ? extentAround(front.members, 0.05) : undefined;
  const nwPoints = withPoint(nw);
  const nwNames = [
    { id: 'name-turkey', text: N.turkey, lon: 36.35, lat: 36.53 },
    { id: 'name-sea', text: N.sea, lon: 35.7, lat: 35.08 },
    { id: 'name-syria', text: N.syria, lon: 37.2, lat: 35.05 },
  ];
  const main = (id: string, width: number, fontSize: number, extent: Extent): MapSpec => ({
    id,
    scale: '10m',
    fontSize,
    base: { extent, width, projection: 'mercator', tolerance: 0.7, digits: 1 },
    markers: nwPoints,
    labelled: nwPoints.filter((p) => !frontIds.includes(p)),
    areas: [],
    names: nwNames,
    frames: frontExtent ? [{ id: 'frame-front', extent: frontExtent, title: F.front }] : [],
  });
  const worldPlaces = onMap(places, 'world').filter((p) => p.point);
  const syriaPlaces = withPoint(onMap(places, 'syria'));
  return {
    // Wide screens get more of the coast and the Aleppo plain on either side of the same area.
    wide: main('nw-wide', 760, 13, { ...EXTENTS['north-west'], west: 35.15, east: 37.75 }),
    narrow: main('nw-narrow', 343, 12, EXTENTS['north-west']),
    front: {
      id: 'front',
      scale: '10m',
      fontSize: 12,
      base: {
        extent: frontExtent ?? EXTENTS['north-west'],
        width: 343,
        projection: 'mercator',
        tolerance: 0.7,
        digits: 1,
      },
      markers: [...frontIds, ...FRONT_REFERENCE],
      labelled: [...frontIds, ...FRONT_REFERENCE],
      optional: FRONT_REFERENCE,
      areas: front ? [FRONT] : [],
      names: [],
      frames: [],
    } satisfies MapSpec,
    syria: {
      id: 'syria',
      scale: '50m',
      fontSize: 12,
      base: {
        extent: EXTENTS.syria,
        width: 343,
        projection: 'mercator',
        tolerance: 0.8,
        digits: 1,
      },
      markers: [...syriaPlaces, 'aleppo'],
      labelled: [...syriaPlaces, 'aleppo'],
      areas: [],
      names: [
        { id: 'name-syria', text: N.syria, lon: 38.9, lat: 34.9 },
        { id: 'name-turkey', text: N.turkey, lon: 38.6, lat: 37.35 },
        { id: 'name-iraq', text: N.iraq, lon: 41.9, lat: 33.6 },
        { id: 'name-jordan', text: N.jordan, lon: 37.3, lat: 32.35 },
      ],
      frames: [{ id: 'frame-nw', extent: EXTENTS['north-west'], title: F.nw }],
    } satisfies MapSpec,
    world: {
      id: 'world',
      scale: '110m',
      fontSize: 12,
      base: { extent: WORLD, width: 343, projection: 'equal-earth', tolerance: 1.2, digits: 0 },
      markers: worldPlaces.map((p) => p.id),
      labelled: worldPlaces.map((p) => p.id),
      areas: [],
      names: [],
      frames: [],
    } satisfies MapSpec,
  };
}

/** The locator for one place: where it lies on the small map of its own map. */
function locatorSpec(place: PlaceInfo, places: Map<string, PlaceInfo>): MapSpec {
  const area =
    place.data.kind === 'region' && place.data.around
      ? place
      : place.data.within
        ? places.get(place.data.within)
        : undefined;
  const self = place.data.coordinates && place.data.kind !== 'region' ? [place.id] : [];
  if (place.data.map === 'world') {
    return {
      id: `world-locator-${place.id}`,
      scale: '110m',
      fontSize: 12,
      base: {
        extent: WORLD,
        width: 240,
        projection: 'equal-earth',
        tolerance: 1.6,
        digits: 0,
        noBorders: true,
      },
      markers: self,
      labelled: self,
      areas: [],
      names: [],
      frames: [],
    };
  }
  const map = place.data.map === 'syria' || area?.data.map === 'syria' ? 'syria' : 'north-west';
  const refs = map === 'syria' ? ['damascus', 'aleppo'] : REFERENCE;
  const shown = [
    ...new Set([...self, ...refs.filter((r) => places.get(r)?.data.coordinates && r !== place.id)]),
  ];
  return {
    id: `locator-${place.id}`,
    scale: '50m',
    fontSize: 12,
    base: { extent: EXTENTS[map], width: 240, projection: 'mercator', tolerance: 1, digits: 0 },
    markers: shown,
    labelled: shown,
    optional: shown.filter((id) => !self.includes(id)),
    areas: area ? [area.id] : [],
    names: [],
    frames: [],
  };
}

/** The maps of one edition: its place names (the model's) and its words (English by default). */
export function buildSiteMaps(
  model: Pick<SiteModel, 'places' | 'timeline' | 'eventDate'>,
  atlas: Atlas,
  words: MapWords = en.maps,
): SiteMaps {
  const places = placeIndex([...model.places.values()], model.timeline, model.eventDate);
  const specs = mapSpecs(places, words);
  const basemaps = new Map<string, Basemap>();
  const build = (spec: MapSpec) => buildMap(spec, atlas, places, basemaps);
  const locators = new Map<string, MapView>();
  // every event of the timeline has its date (the model builds both from the same entries)
  const eventMonths = new Map(
    model.timeline.flatMap((e) => {
      const date = model.eventDate.get(e.id);
      return date ? [[e.id, eventMonth(date)] as const] : [];
    }),
  );
  const months = [...eventMonths.values()].sort();
  return {
    places,
    eventMonths,
    firstMonth: months[0] ?? '2019-01',
    lastMonth: months[months.length - 1] ?? '2019-12',
    wide: build(specs.wide),
    narrow: build(specs.narrow),
    front: build(specs.front),
    syria: build(specs.syria),
    world: build(specs.world),
    locator: (id) => {
      let view = locators.get(id);
      if (!view) {
        const place = places.get(id);
        if (!place) throw new Error(`no place "${id}"`);
        view = build(locatorSpec(place, places));
        locators.set(id, view);
      }
      return view;
    },
  };
}
