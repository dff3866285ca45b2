/**
 * Base maps drawn at build time from Natural Earth (npm world-atlas, TopoJSON): the projection
 * fitted to a map's extent, and land, Syria and borders as SVG path data, clipped to the frame and
 * thinned to what a screen can show. Pure: the caller hands in the parsed TopoJSON, so the same
 * input gives the same paths. Nothing here runs in the browser; the pages carry finished SVG.
 */
import { geoEqualEarth, geoMercator, geoPath, type GeoProjection, type GeoStream } from 'd3-geo';
import { feature, merge, mesh } from 'topojson-client';
import type { GeometryCollection, MultiPolygon, Polygon, Topology } from 'topojson-specification';
import type { Feature, MultiPoint } from 'geojson';
import type { Extent } from './map-extents';

/** Natural Earth's ISO 3166-1 numeric code for Syria, as world-atlas keys its countries. */
const SYRIA_ID = '760';

export interface BasemapSpec {
  extent: Extent;
  /** Width of the map in SVG user units; the height follows from the extent's shape. */
  width: number;
  projection: 'mercator' | 'equal-earth';
  /** Points closer than this (user units) to the last one kept are dropped. */
  tolerance: number;
  /** Decimal places of coordinates in the path data. */
  digits: number;
  /** Leave out the borders between countries (a small locator far from Syria needs only land and Syria). */
  noBorders?: boolean;
}

export interface Basemap {
  width: number;
  height: number;
  /** All land, for the fill. */
  land: string;
  /** Syria, drawn on top of the land. */
  syria: string;
  /** Borders between countries. */
  borders: string;
  /** Projects longitude and latitude to SVG user units, rounded as the paths are. */
  project: (lon: number, lat: number) => [number, number];
}

type Countries = Topology<{
  countries: GeometryCollection;
  land: GeometryCollection;
}>;

/** Whether a topology has world-atlas's objects: its countries and its land, as collections. */
function hasCountries(topology: Topology): topology is Countries {
  const { countries, land } = topology.objects;
  return countries?.type === 'GeometryCollection' && land?.type === 'GeometryCollection';
}

/** The extent as points along its edges, so curved projections fit the whole box. */
function extentOutline(e: Extent): MultiPoint {
  const pts: [number, number][] = [];
  for (let i = 0; i <= 16; i++) {
    const t = i / 16;
    const lon = e.west + (e.east - e.west) * t;
    const lat = e.south + (e.north - e.south) * t;
    pts.push([lon, e.south], [lon, e.north], [e.west, lat], [e.east, lat]);
  }
  return { type: 'MultiPoint', coordinates: pts };
}

/**
 * A stream filter that drops points within `tolerance` of the last point kept, always keeping the
 * last point of a line or ring: radial-distance simplification in screen units, after projection,
 * so detail is kept only where the screen can show it.
 */
function thin(out: GeoStream, tolerance: number): GeoStream {
  let last: [number, number] | undefined;
  let pending: [number, number] | undefined;
  return {
    point(x, y) {
      if (!last || Math.hypot(x - last[0], y - last[1]) >= tolerance) {
        out.point(x, y);
        last = [x, y];
        pending = undefined;
      } else pending = [x, y];
    },
    lineStart() {
      last = undefined;
      pending = undefined;
      out.lineStart();
    },
    lineEnd() {
      if (pending) out.point(pending[0], pending[1]);
      pending = undefined;
      out.lineEnd();
    },
    polygonStart() {
      out.polygonStart();
    },
    polygonEnd() {
      out.polygonEnd();
    },
    sphere() {
      out.sphere?.();
    },
  };
}

export function fitProjection(spec: Pick<BasemapSpec, 'extent' | 'width' | 'projection'>): {
  projection: GeoProjection;
  height: number;
} {
  const outline = extentOutline(spec.extent);
  const projection = (spec.projection === 'mercator' ? geoMercator() : geoEqualEarth()).fitWidth(
    spec.width,
    outline,
  );
  const [[, y0], [, y1]] = geoPath(projection).bounds(outline);
  const height = Math.round(y1 - y0);
  const [tx, ty] = projection.translate();
  projection.translate([tx, ty - y0]).clipExtent([
    [0, 0],
    [spec.width, height],
  ]);
  return { projection, height };
}

interface CountryBox {
  feature: Feature;
  geometry: GeometryCollection['geometries'][number];
  west: number;
  south: number;
  east: number;
  north: number;
}

/** A country's polygons, as merge() takes them (it ignores every other kind of geometry). */
const polygonal = (g: CountryBox['geometry']): (Polygon | MultiPolygon)[] =>
  g.type === 'Polygon' || g.type === 'MultiPolygon' ? [g] : [];

/** Each country as GeoJSON with its longitude/latitude box, once per topology. */
const countryCache = new WeakMap<Topology, CountryBox[]>();
function countryBoxes(topo: Countries): CountryBox[] {
  let list = countryCache.get(topo);
  if (!list) {
    const { geometries } = topo.objects.countries;
    list = feature(topo, topo.objects.countries).features.map((f, i) => {
      let west = Infinity;
      let south = Infinity;
      let east = -Infinity;
      let north = -Infinity;
      // Coordinates nest positions in arrays (rings, polygons): a position starts with a number.
      const visit = (c: unknown): void => {
        if (!Array.isArray(c)) return;
        const items: readonly unknown[] = c;
        const [x, y] = items;
        if (typeof x === 'number') {
          if (x < west) west = x;
          if (x > east) east = x;
          if (typeof y === 'number') {
            if (y < south) south = y;
            if (y > north) north = y;
          }
        } else items.forEach(visit);
      };
      if (f.geometry && 'coordinates' in f.geometry) visit(f.geometry.coordinates);
      const geometry = geometries[i];
      if (!geometry) throw new Error(`world-atlas: no topology geometry for country ${i}`);
      return {
        feature: f,
        geometry,
        west,
        south,
        east,
        north,
      };
    });
    countryCache.set(topo, list);
  }
  return list;
}

export function basemap(topology: Topology, spec: BasemapSpec): Basemap {
  if (!hasCountries(topology))
    throw new Error('basemap: the topology has no "countries" and "land" collections');
  const topo = topology;
  const { projection, height } = fitProjection(spec);
  const path = geoPath({
    stream: (s: GeoStream) => projection.stream(thin(s, spec.tolerance)),
  }).digits(spec.digits);
  // Only the countries near the map are projected: the rest of the world would be clipped away.
  const e = spec.extent;
  const margin = 0.5;
  const near = countryBoxes(topo).filter(
    (c) =>
      c.east >= e.west - margin &&
      c.west <= e.east + margin &&
      c.north >= e.south - margin &&
      c.south <= e.north + margin,
  );
  const syria = near.find((c) => String(c.feature.id) === SYRIA_ID)?.feature;
  const round = 10 ** spec.digits;
  const borders = spec.noBorders
    ? undefined
    : mesh(
        topo,
        { type: 'GeometryCollection', geometries: near.map((c) => c.geometry) },
        (a, b) => a !== b,
      );
  return {
    width: spec.width,
    height,
    // The nearby countries merged into one shape: no border is drawn twice in the land's outline.
    land:
      path(
        merge(
          topo,
          near.flatMap((c) => polygonal(c.geometry)),
        ),
      ) ?? '',
    syria: syria ? (path(syria) ?? '') : '',
    borders: borders ? (path(borders) ?? '') : '',
    project: (lon, lat) => {
      const [x, y] = projection([lon, lat]) ?? [NaN, NaN];
      return [Math.round(x * round) / round, Math.round(y * round) / round];
    },
  };
}
