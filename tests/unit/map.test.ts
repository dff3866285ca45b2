/**
 * The maps: box overlaps (the legibility measure), label placement, the projection and geometry
 * from Natural Earth, the places' points, and every map the site draws from the real content:
 * no label overlaps a label or a marker, labels are 12 CSS px on a 375 px screen, budgets hold.
 */
import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { parse } from 'yaml';
import { boxInside, boxesOverlap, overlapArea, overlapCount } from '../../src/lib/boxes';
import {
  labelBox,
  labelOverlaps,
  markerBox,
  placeLabels,
  textWidth,
} from '../../src/lib/map-labels';
import { basemap, fitProjection } from '../../src/lib/map-geometry';
import { convexHull, hullPath, markerShape, placeIndex, arrowShape } from '../../src/lib/map-model';
import { buildSiteMaps } from '../../src/lib/site-maps';
import { mapSvg } from '../../src/lib/map-svg';
import { EXTENTS, inExtent } from '../../src/lib/map-extents';
import { readAtlas } from '../../src/data/atlas';
import { bodyOffset, type Entry, type Event, type Place } from '../../src/lib/dataset';
import { compareSpans, parseSpan, type DateSpan } from '../../src/lib/dates';

/** The real places and events, read as the content check reads them. */
function content() {
  const places: Entry<Place>[] = readdirSync('src/content/places')
    .filter((f) => f.endsWith('.yaml'))
    .sort()
    .map((f) => ({
      id: f.replace(/\.yaml$/, ''),
      file: `src/content/places/${f}`,
      raw: '',
      data: {
        map: 'north-west',
        otherNames: [],
        ...parse(readFileSync(`src/content/places/${f}`, 'utf8')),
      } as Place,
    }));
  const events: Entry<Event>[] = readdirSync('src/content/events')
    .filter((f) => f.endsWith('.mdx'))
    .sort()
    .map((f) => {
      const raw = readFileSync(`src/content/events/${f}`, 'utf8');
      const fm = raw.slice(0, bodyOffset(raw)).replace(/^---\n|---\s*$/g, '');
      return { id: f.replace(/\.mdx$/, ''), file: '', raw, data: parse(fm) as Event };
    });
  const eventDate = new Map(events.map((e) => [e.id, parseSpan(e.data.date) as DateSpan]));
  const timeline = [...events].sort(
    (a, b) => compareSpans(eventDate.get(a.id)!, eventDate.get(b.id)!) || a.id.localeCompare(b.id),
  );
  return { places: new Map(places.map((p) => [p.id, p])), timeline, eventDate };
}

const atlas = readAtlas();
const model = content();
const maps = buildSiteMaps(model, atlas);
const all = [maps.wide, maps.narrow, maps.front, maps.syria, maps.world];

describe('boxes', () => {
  const a = { x: 0, y: 0, width: 10, height: 10 };
  it('overlap only when they share area, not when they touch', () => {
    expect(boxesOverlap(a, { x: 5, y: 5, width: 10, height: 10 })).toBe(true);
    expect(boxesOverlap(a, { x: 10, y: 0, width: 5, height: 5 })).toBe(false);
    expect(overlapArea(a, { x: 5, y: 5, width: 10, height: 10 })).toBe(25);
    expect(overlapArea(a, { x: 20, y: 0, width: 5, height: 5 })).toBe(0);
  });
  it('counts overlapping pairs, and pairs against other boxes', () => {
    expect(
      overlapCount([
        a,
        { x: 5, y: 0, width: 10, height: 10 },
        { x: 100, y: 0, width: 1, height: 1 },
      ]),
    ).toBe(1);
    expect(
      overlapCount(
        [a],
        [
          { x: 1, y: 1, width: 1, height: 1 },
          { x: 50, y: 50, width: 1, height: 1 },
        ],
      ),
    ).toBe(1);
    expect(boxInside({ x: 1, y: 1, width: 2, height: 2 }, a)).toBe(true);
    expect(boxInside({ x: 9, y: 1, width: 2, height: 2 }, a)).toBe(false);
  });
});

describe('label placement', () => {
  const opts = { width: 200, height: 100, fontSize: 12 };
  it('puts a label beside its marker, to the right when that is free', () => {
    const [l] = placeLabels(
      [{ id: 'a', text: 'Idlib', x: 50, y: 50, r: 5, priority: 1 }],
      [markerBox(50, 50, 5)],
      opts,
    );
    expect(l).toMatchObject({ id: 'a', anchor: 'start', clear: true });
    expect(l!.x).toBeGreaterThan(55);
  });
  it('moves a label to the left when the right is taken, and keeps every label inside the map', () => {
    const markers = [markerBox(150, 50, 5), markerBox(170, 50, 5)];
    const labels = placeLabels(
      [
        { id: 'a', text: 'Morek', x: 150, y: 50, r: 5, priority: 2 },
        { id: 'b', text: 'Khan Shaykhun', x: 170, y: 50, r: 5, priority: 1 },
      ],
      markers,
      { ...opts, width: 260 },
    );
    expect(labels.every((l) => l.clear)).toBe(true);
    expect(labels.find((l) => l.id === 'a')!.anchor).toBe('end');
    expect(labelOverlaps(labels, markers)).toBe(0);
    for (const l of labels)
      expect(boxInside(l.box, { x: 0, y: 0, width: 260, height: 100 })).toBe(true);
  });
  it('says when no position is free instead of hiding the overlap', () => {
    const crowd = Array.from({ length: 30 }, (_, i) => ({
      id: `p${i}`,
      text: 'A long place name',
      x: 20 + (i % 6) * 30,
      y: 20 + Math.floor(i / 6) * 15,
      r: 3,
      priority: 1,
    }));
    const labels = placeLabels(
      crowd,
      crowd.map((c) => markerBox(c.x, c.y, 3)),
      opts,
    );
    expect(labels.some((l) => !l.clear)).toBe(true);
    expect(
      labelOverlaps(
        labels,
        crowd.map((c) => markerBox(c.x, c.y, 3)),
      ),
    ).toBeGreaterThan(0);
  });
  it('estimates text wider, never narrower, than common system fonts set it (about 0.5 em a letter)', () => {
    expect(textWidth('Khan Shaykhun', 12)).toBeGreaterThan(13 * 0.5 * 12);
    expect(
      labelBox('Hama', 10, 20, 'end', 12).x + labelBox('Hama', 10, 20, 'end', 12).width,
    ).toBeGreaterThan(10);
  });
});

describe('projection and geometry', () => {
  it('fits the extent to the width, north up, longitude before latitude', () => {
    const { projection, height } = fitProjection({
      extent: EXTENTS['north-west'],
      width: 400,
      projection: 'mercator',
    });
    const [x1, y1] = projection([35.783, 35.517])!; // Latakia
    const [x2, y2] = projection([37.1638, 36.1983])!; // Aleppo
    expect(x1).toBeLessThan(x2);
    expect(y1).toBeGreaterThan(y2);
    for (const v of [x1, x2]) expect(v).toBeGreaterThan(0);
    expect(height).toBeGreaterThan(200);
  });
  it('draws land, Syria and borders clipped to the frame, with the precision asked for', () => {
    const b = basemap(atlas['50m'], {
      extent: EXTENTS.syria,
      width: 300,
      projection: 'mercator',
      tolerance: 1,
      digits: 0,
    });
    expect(b.syria).toMatch(/^M[\d.,-]+/);
    expect(b.land.length).toBeGreaterThan(100);
    expect(b.borders.length).toBeGreaterThan(50);
    const numbers = [...`${b.land}${b.syria}${b.borders}`.matchAll(/-?\d+(?:\.\d+)?/g)].map((m) =>
      Number(m[0]),
    );
    expect(
      numbers.every((v) => Number.isInteger(v) && v >= -1 && v <= Math.max(300, b.height) + 1),
    ).toBe(true);
  });
});

describe('places and shapes', () => {
  it("gives each place its point: coordinates, or the middle of a region's places; none for a place no source locates", () => {
    expect(maps.places.get('khan-shaykhun')!.point).toEqual([36.65111, 35.43889]);
    const front = maps.places.get('southern-idlib-northern-hama')!;
    expect(front.members).toHaveLength(4);
    expect(inExtent(EXTENTS['north-west'], front.point![1], front.point![0])).toBe(true);
    expect(maps.places.get('tal-othman')!.point).toBeUndefined();
    expect(maps.places.get('khan-shaykhun')!.events).toEqual(['khan-shaykhun-falls']);
    expect(maps.places.get('khan-shaykhun')!.firstMonth).toBe('2019-08');
  });
  it('counts a year-only date from its January and a range from its start', () => {
    const idx = placeIndex([...model.places.values()], model.timeline, model.eventDate);
    expect(idx.get('de-escalation-zone')!.firstMonth).toBe('2017-10');
  });
  it('draws hulls around points and shapes by kind', () => {
    expect(
      convexHull([
        [0, 0],
        [2, 0],
        [1, 1],
        [1, 0.5],
        [0, 2],
        [2, 2],
      ]),
    ).toHaveLength(4);
    expect(
      hullPath([
        [0, 0],
        [10, 0],
      ]),
    ).toBe('M0,0L10,0Z');
    expect(
      new Set(
        ['city', 'border-crossing', 'military-post', 'site'].map((k) =>
          markerShape(k as 'city', 5),
        ),
      ).size,
    ).toBe(4);
    expect(arrowShape('west', 5)).toMatch(/^M-7,0/);
  });
});

describe('the maps the site draws', () => {
  it('have no label over another label or over a marker, and every label inside its map', () => {
    for (const v of [...all, ...[...maps.places.keys()].map((id) => maps.locator(id))]) {
      expect(v.overlaps, v.id).toBe(0);
      expect(
        labelOverlaps(
          v.labels,
          v.markers.map((m) => markerBox(m.x, m.y, m.r)),
        ),
      ).toBe(0);
      for (const l of v.labels)
        expect(
          boxInside(l.box, { x: 0, y: 0, width: v.width, height: v.height }),
          `${v.id}: ${l.id}`,
        ).toBe(true);
    }
  });
  it('label every place that has a marker on the main map, apart from those in the enlargement, which labels them', () => {
    const front = maps.places.get('southern-idlib-northern-hama')!.data.around!;
    for (const m of maps.wide.markers) {
      if (front.includes(m.id))
        expect(
          maps.front.labels.some((l) => l.id === m.id),
          m.id,
        ).toBe(true);
      else
        expect(
          maps.wide.labels.some((l) => l.id === m.id),
          m.id,
        ).toBe(true);
    }
    expect(maps.narrow.labels.filter((l) => !l.id.startsWith('name-')).length).toBe(
      maps.wide.labels.filter((l) => !l.id.startsWith('name-')).length,
    );
  });
  it('draw every place of the north-west with coordinates, and every world place on the world map', () => {
    const nw = [...maps.places.values()]
      .filter((p) => p.data.map === 'north-west' && p.data.coordinates)
      .map((p) => p.id)
      .sort();
    expect(maps.wide.markers.map((m) => m.id).sort()).toEqual(nw);
    expect(maps.world.markers.map((m) => m.id).sort()).toEqual([
      'ankara',
      'astana',
      'moscow',
      'sochi',
      'tehran',
      'un-headquarters',
    ]);
    expect(maps.world.markers.find((m) => m.id === 'un-headquarters')!.offMap).toBe('west');
  });
  it('draw the narrow map for 343 units, the width of a 375 px screen less the page margins, with 12-unit labels', () => {
    for (const v of [maps.narrow, maps.front, maps.syria, maps.world]) {
      expect(v.width, v.id).toBe(343);
      expect(v.fontSize, v.id).toBeGreaterThanOrEqual(12);
    }
    expect(maps.wide.fontSize * (704 / maps.wide.width)).toBeGreaterThanOrEqual(12); // shown from 46rem (736 px) up
  });
  it('keep a locator under 4 KB gzipped, whatever the place', () => {
    for (const id of maps.places.keys()) {
      const svg = mapSvg(maps.locator(id), {
        id: 'locator',
        title: 'Where it happened: a place, Syria',
        description: 'A small map of north-west Syria with the place marked.',
        href: (p) => `../../map/index.html#place-${p}`,
        name: (p) => `${p} (town): 1 event`,
      });
      expect(gzipSync(svg).length, id).toBeLessThan(4 * 1024);
    }
  });
  it('write valid markup: a title and description, each marker a link with a name', () => {
    const svg = mapSvg(maps.front, {
      id: 'm',
      title: 'The front & more',
      description: 'A <map>.',
      href: (p) => `#place-${p}`,
      name: (p) => `Place ${p}`,
    });
    expect(svg).toMatch(
      /^<svg [^>]*role="group" aria-labelledby="m-title" aria-describedby="m-desc"/,
    );
    expect(svg).toContain(
      '<title id="m-title">The front &amp; more</title><desc id="m-desc">A &lt;map&gt;.</desc>',
    );
    expect(
      svg.match(
        /<a href="#place-[a-z-]+" class="map-marker[^"]*" data-place="[a-z-]+"( data-first="\d{4}-\d{2}")? aria-label="Place [a-z-]+">/g,
      )!.length,
    ).toBe(maps.front.markers.length);
  });
  it('are the same from build to build', () => {
    const again = buildSiteMaps(model, atlas);
    expect(JSON.stringify(again.wide)).toBe(JSON.stringify(maps.wide));
    expect(JSON.stringify(again.locator('morek'))).toBe(JSON.stringify(maps.locator('morek')));
  });
});
