/**
 * What the maps show, computed at build time: each map's base geometry, markers, region areas,
 * frames for the enlargement and the locators, and labels placed so that none overlaps another
 * label or marker. Components only write these out as SVG. Pure given the TopoJSON (map-geometry.ts).
 */
import type { Topology } from 'topojson-specification';
import type { Entry, Event, Place } from './dataset';
import type { DateSpan } from './dates';
import { basemap, type Basemap, type BasemapSpec } from './map-geometry';
import { EXTENTS, type Extent } from './map-extents';
import {
  labelOverlaps,
  markerBox,
  placeLabels,
  type LabelRequest,
  type PlacedLabel,
} from './map-labels';
import type { Box } from './boxes';
import type { PlaceKind, PlaceMap } from './vocabulary';

/** The Natural Earth scales world-atlas ships, finest first. */
export interface Atlas {
  '10m': Topology;
  '50m': Topology;
  '110m': Topology;
}

export interface PlaceInfo {
  id: string;
  data: Place;
  /** Longitude and latitude of the point drawn: its coordinates, or the middle of a region's places. */
  point?: [number, number];
  /** A region's places, as points. */
  members: [number, number][];
  /** Events at the place, in timeline order. */
  events: string[];
  /** YYYY-MM of the earliest event there, for the "as of" control. */
  firstMonth?: string;
}

export interface MapMarker {
  id: string;
  name: string;
  kind: PlaceKind;
  x: number;
  y: number;
  r: number;
  /** Path data of the marker's shape around (0, 0): kind never rests on colour alone. */
  shape: string;
  events: number;
  firstMonth?: string | undefined;
  /** Set when the place lies beyond the map's edge: the marker is an arrow at that edge. */
  offMap?: 'west' | 'east' | 'north' | 'south';
}

export interface MapArea {
  id: string;
  name: string;
  d: string;
  pad: number;
  firstMonth?: string | undefined;
}
export interface MapFrame {
  id: string;
  box: Box;
  title: string;
}

export interface MapView {
  id: string;
  width: number;
  height: number;
  fontSize: number;
  base: Pick<Basemap, 'land' | 'syria' | 'borders'>;
  markers: MapMarker[];
  areas: MapArea[];
  frames: MapFrame[];
  labels: PlacedLabel[];
  /** Overlapping label/label and label/marker pairs: 0 on every map the site draws. */
  overlaps: number;
}

// ---------------------------------------------------------------------------------------------
// Places
// ---------------------------------------------------------------------------------------------

/** YYYY-MM of a span's start; a year alone counts from its January (the earliest it can be). */
const monthOf = (span: DateSpan) =>
  span.start.text.length === 4 ? `${span.start.text}-01` : span.start.text.slice(0, 7);

/** Every place with its point, members and events. */
export function placeIndex(
  places: readonly Entry<Place>[],
  timeline: readonly Entry<Event>[],
  eventDate: ReadonlyMap<string, DateSpan>,
): Map<string, PlaceInfo> {
  const byId = new Map(places.map((p) => [p.id, p]));
  const out = new Map<string, PlaceInfo>();
  for (const p of places) {
    const at = (id: string): [number, number] | undefined => {
      const c = byId.get(id)?.data.coordinates;
      return c ? [c.lon, c.lat] : undefined;
    };
    const members = (p.data.around ?? []).map(at).filter((m): m is [number, number] => !!m);
    const point = at(p.id) ?? (members.length ? middle(members) : undefined);
    const events = timeline.filter((e) => e.data.place === p.id).map((e) => e.id);
    const first = events[0] ? eventDate.get(events[0]) : undefined;
    out.set(p.id, {
      id: p.id,
      data: p.data,
      ...(point ? { point } : {}),
      members,
      events,
      ...(first ? { firstMonth: monthOf(first) } : {}),
    });
  }
  return out;
}

/** The middle of a set of points' bounding box. */
function middle(points: [number, number][]): [number, number] {
  const xs = points.map((p) => p[0]);
  const ys = points.map((p) => p[1]);
  return [(Math.min(...xs) + Math.max(...xs)) / 2, (Math.min(...ys) + Math.max(...ys)) / 2];
}

/** Earliest event month of a place and the events at places within it. */
export function eventMonth(span: DateSpan): string {
  return monthOf(span);
}

// ---------------------------------------------------------------------------------------------
// Shapes and geometry helpers
// ---------------------------------------------------------------------------------------------

const f1 = (v: number) => String(Math.round(v * 10) / 10);

const MARKER_RADIUS: Record<PlaceKind, number> = {
  city: 5.5,
  town: 4.5,
  village: 4,
  'border-crossing': 5,
  'military-post': 5,
  site: 5,
  region: 0,
};

/** A circle for settlements, a diamond for a border crossing, a triangle for a post, a square for a site. */
export function markerShape(kind: PlaceKind, r: number): string {
  if (kind === 'border-crossing')
    return `M0,${f1(-r * 1.2)}L${f1(r * 1.2)},0L0,${f1(r * 1.2)}L${f1(-r * 1.2)},0Z`;
  if (kind === 'military-post')
    return `M0,${f1(-r * 1.2)}L${f1(r * 1.1)},${f1(r * 0.8)}L${f1(-r * 1.1)},${f1(r * 0.8)}Z`;
  if (kind === 'site') return `M${f1(-r)},${f1(-r)}h${f1(2 * r)}v${f1(2 * r)}h${f1(-2 * r)}Z`;
  return `M${f1(-r)},0a${f1(r)},${f1(r)} 0 1,0 ${f1(2 * r)},0a${f1(r)},${f1(r)} 0 1,0 ${f1(-2 * r)},0Z`;
}

type Towards = 'west' | 'east' | 'north' | 'south';

/** An arrow pointing off the map, for a place beyond its edge. */
export function arrowShape(towards: Towards, r: number): string {
  const a = r * 1.4;
  const shape: [number, number][] = [
    [-a, 0],
    [a * 0.6, -a * 0.8],
    [a * 0.6, a * 0.8],
  ];
  const turn = ({ west: 0, north: 90, east: 180, south: 270 }[towards] * Math.PI) / 180;
  const pts = shape.map(
    ([x, y]) =>
      [x * Math.cos(turn) - y * Math.sin(turn), x * Math.sin(turn) + y * Math.cos(turn)] as const,
  );
  return `M${pts.map(([x, y]) => `${f1(x)},${f1(y)}`).join('L')}Z`;
}

/** Convex hull of points (Andrew's monotone chain), counter-clockwise, no repeated first point. */
export function convexHull(points: readonly [number, number][]): [number, number][] {
  const pts = [...new Map(points.map((p) => [`${p[0]},${p[1]}`, p])).values()].sort(
    (a, b) => a[0] - b[0] || a[1] - b[1],
  );
  if (pts.length < 3) return pts;
  const cross = (o: [number, number], a: [number, number], b: [number, number]) =>
    (a[0] - o[0]) * (b[1] - o[1]) - (a[1] - o[1]) * (b[0] - o[0]);
  // Whether a chain's last two points and p turn clockwise (or run straight): its last point goes.
  const bends = (chain: [number, number][], p: [number, number]) => {
    const o = chain.at(-2);
    const a = chain.at(-1);
    return o !== undefined && a !== undefined && cross(o, a, p) <= 0;
  };
  const lower: [number, number][] = [];
  for (const p of pts) {
    while (bends(lower, p)) lower.pop();
    lower.push(p);
  }
  const upper: [number, number][] = [];
  for (const p of [...pts].reverse()) {
    while (bends(upper, p)) upper.pop();
    upper.push(p);
  }
  return [...lower.slice(0, -1), ...upper.slice(0, -1)];
}

/** Path data of a hull; drawn with a wide round stroke, it becomes a soft area around the places. */
export function hullPath(points: readonly [number, number][]): string {
  const hull = convexHull(points);
  if (!hull.length) return '';
  return `M${hull.map((p) => `${f1(p[0])},${f1(p[1])}`).join('L')}Z`;
}

// ---------------------------------------------------------------------------------------------
// The maps
// ---------------------------------------------------------------------------------------------

export interface MapSpec {
  id: string;
  scale: keyof Atlas;
  base: BasemapSpec;
  fontSize: number;
  /** Places drawn with markers (ids); all get a marker, `labelled` ones a label too. */
  markers: string[];
  labelled: string[];
  /** Labels dropped rather than moved onto something when no free position is left (reference towns). */
  optional?: string[];
  /** Regions drawn as areas. */
  areas: string[];
  /** Names of countries and seas, centred on a point. */
  names: { id: string; text: string; lon: number; lat: number }[];
  /** Rectangles showing where another map sits. */
  frames: { id: string; extent: Extent; title: string }[];
}

const PRIORITY: Record<PlaceKind, number> = {
  city: 5,
  'border-crossing': 4,
  'military-post': 3,
  site: 3,
  town: 3,
  village: 2,
  region: 1,
};

/** Builds one map from its spec; `basemaps` caches base geometry shared by maps with one spec. */
export function buildMap(
  spec: MapSpec,
  atlas: Atlas,
  places: ReadonlyMap<string, PlaceInfo>,
  basemaps = new Map<string, Basemap>(),
): MapView {
  const key = `${spec.scale}|${JSON.stringify(spec.base)}`;
  let base = basemaps.get(key);
  if (!base) {
    base = basemap(atlas[spec.scale], spec.base);
    basemaps.set(key, base);
  }
  const b = base;
  const markers: MapMarker[] = spec.markers.map((id) => {
    const p = places.get(id);
    if (!p?.point || !p.data.coordinates)
      throw new Error(`map ${spec.id}: place "${id}" has no coordinates to draw`);
    let [x, y] = b.project(p.point[0], p.point[1]);
    const r = MARKER_RADIUS[p.data.kind];
    const edge = 8;
    // Beyond the edge: the arrow points the way the place lies furthest out.
    const over: [[Towards, number], ...[Towards, number][]] = [
      ['west', -x],
      ['east', x - b.width],
      ['north', -y],
      ['south', y - b.height],
    ];
    // The furthest out; of equal ones, the first.
    const worst = over.reduce((w, o) => (o[1] > w[1] ? o : w));
    const offMap = worst[1] > 0 ? worst[0] : undefined;
    if (offMap) {
      x = Math.min(Math.max(x, edge), b.width - edge);
      y = Math.min(Math.max(y, edge), b.height - edge);
    }
    return {
      id,
      name: p.data.shortName ?? p.data.name,
      kind: p.data.kind,
      x,
      y,
      r,
      shape: offMap ? arrowShape(offMap, r) : markerShape(p.data.kind, r),
      events: p.events.length,
      firstMonth: p.firstMonth,
      ...(offMap ? { offMap } : {}),
    };
  });
  const pad = spec.fontSize * 0.9;
  const areas: MapArea[] = spec.areas.map((id) => {
    const p = places.get(id);
    if (!p) throw new Error(`map ${spec.id}: no place "${id}" to draw as an area`);
    return {
      id,
      name: p.data.name,
      d: hullPath(p.members.map((m) => b.project(m[0], m[1]))),
      pad,
      firstMonth: p.firstMonth,
    };
  });
  const frames: MapFrame[] = spec.frames.map((f) => {
    const [x0, y0] = b.project(f.extent.west, f.extent.north);
    const [x1, y1] = b.project(f.extent.east, f.extent.south);
    return {
      id: f.id,
      title: f.title,
      box: {
        x: Math.min(x0, x1),
        y: Math.min(y0, y1),
        width: Math.abs(x1 - x0),
        height: Math.abs(y1 - y0),
      },
    };
  });
  const markerBoxes = markers.map((m) => markerBox(m.x, m.y, m.r + 1));
  const requests: LabelRequest[] = [
    ...spec.names.map((n) => {
      const [x, y] = b.project(n.lon, n.lat);
      return { id: n.id, text: n.text, x, y, r: 0, priority: 10, centred: true };
    }),
    ...markers
      .filter((m) => spec.labelled.includes(m.id))
      .map((m) => ({
        id: m.id,
        text: m.name,
        x: m.x,
        y: m.y,
        r: m.r,
        priority: spec.optional?.includes(m.id) ? 0 : PRIORITY[m.kind],
      })),
  ];
  // A frame's outline may cross labels; its inside is kept clear only of the markers it shows.
  const labels = placeLabels(requests, markerBoxes, {
    width: b.width,
    height: b.height,
    fontSize: spec.fontSize,
  }).filter(
    (l) => l.clear || !(spec.optional?.includes(l.id) || spec.names.some((n) => n.id === l.id)),
  );
  return {
    id: spec.id,
    width: b.width,
    height: b.height,
    fontSize: spec.fontSize,
    base: { land: b.land, syria: b.syria, borders: b.borders },
    markers,
    areas,
    frames,
    labels,
    overlaps: labelOverlaps(labels, markerBoxes),
  };
}

/** The smallest extent holding every point, padded by `pad` degrees. */
export function extentAround(points: readonly [number, number][], pad: number): Extent {
  const xs = points.map((p) => p[0]);
  const ys = points.map((p) => p[1]);
  return {
    west: Math.min(...xs) - pad,
    east: Math.max(...xs) + pad,
    south: Math.min(...ys) - pad,
    north: Math.max(...ys) + pad,
  };
}

export function onMap(places: ReadonlyMap<string, PlaceInfo>, map: PlaceMap): PlaceInfo[] {
  return [...places.values()].filter((p) => p.data.map === map);
}

export { EXTENTS };
