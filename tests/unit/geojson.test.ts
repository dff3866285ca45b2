/**
 * places.geojson: valid GeoJSON (RFC 7946) as checked by @placemarkio/check-geojson, longitude
 * before latitude, one feature per place, regions as MultiPoints of their places, places with no
 * known position with a null geometry; the real places too.
 */
import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { check } from '@placemarkio/check-geojson';
import { placesGeoJson, placesGeoJsonText } from '../../src/lib/geojson';
import type { Place } from '../../src/lib/dataset';

const place = (id: string, data: Partial<Place>): { id: string; data: Place } => ({
  id,
  data: {
    name: id,
    otherNames: [],
    kind: 'town',
    country: 'Syria',
    map: 'north-west',
    ...data,
  },
});
const places = [
  place('morek', {
    coordinates: { lat: 35.37528, lon: 36.68722, source: 'wikipedia-morek' },
    governorate: 'Hama',
    note: 'A post.',
  }),
  place('khan-shaykhun', {
    coordinates: { lat: 35.43889, lon: 36.65111, source: 'wikipedia-khan-shaykhun' },
  }),
  place('front', { kind: 'region', around: ['khan-shaykhun', 'morek'] }),
  place('tal-othman', { kind: 'village', within: 'front' }),
];
const options = {
  root: 'https://example.org/idlib/',
  eventsAt: new Map([['morek', ['morek-post-encircled']]]),
};

describe('places.geojson', () => {
  it('is valid RFC 7946 GeoJSON', () => {
    expect(() => check(placesGeoJsonText(places, options))).not.toThrow();
  });
  it('puts longitude before latitude, regions as the MultiPoint of their places, unknown positions as null', () => {
    const fc = placesGeoJson(places, options) as {
      features: { id: string; geometry: unknown; properties: Record<string, unknown> }[];
    };
    expect(fc.features.map((f) => f.id)).toEqual(['front', 'khan-shaykhun', 'morek', 'tal-othman']);
    const byId = Object.fromEntries(fc.features.map((f) => [f.id, f]));
    expect(byId['morek']!.geometry).toEqual({ type: 'Point', coordinates: [36.68722, 35.37528] });
    expect(byId['front']!.geometry).toEqual({
      type: 'MultiPoint',
      coordinates: [
        [36.65111, 35.43889],
        [36.68722, 35.37528],
      ],
    });
    expect(byId['tal-othman']!.geometry).toBeNull();
    expect(byId['morek']!.properties).toMatchObject({
      name: 'morek',
      kind: 'town',
      governorate: 'Hama',
      coordinatesSource: 'wikipedia-morek',
      events: ['morek-post-encircled'],
      url: 'https://example.org/idlib/map/#place-morek',
    });
    expect(byId['tal-othman']!.properties).toMatchObject({ within: 'front', events: [] });
  });
  it('refuses what RFC 7946 forbids, so the check above can fail', () => {
    expect(() =>
      check(
        JSON.stringify({
          type: 'FeatureCollection',
          features: [
            { type: 'Feature', geometry: { type: 'Point', coordinates: ['x', 1] }, properties: {} },
          ],
        }),
      ),
    ).toThrow();
  });
  it('holds every real place and is valid', () => {
    const real = readdirSync('src/content/places')
      .filter((f) => f.endsWith('.yaml'))
      .map((f) => ({
        id: f.replace(/\.yaml$/, ''),
        data: {
          map: 'north-west',
          otherNames: [],
          ...parse(readFileSync(`src/content/places/${f}`, 'utf8')),
        } as Place,
      }));
    const text = placesGeoJsonText(real, { root: 'https://example.org/', eventsAt: new Map() });
    expect(() => check(text)).not.toThrow();
    expect((JSON.parse(text) as { features: unknown[] }).features).toHaveLength(real.length);
  });
});
