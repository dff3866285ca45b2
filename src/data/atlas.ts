/**
 * Natural Earth's country borders and land at three scales, from the npm package world-atlas
 * (TopoJSON, read from node_modules at build time only). Natural Earth is in the public domain;
 * world-atlas is under the ISC licence. Nothing here ships to the browser.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Topology } from 'topojson-specification';
import type { Atlas } from '../lib/map-model';

const require = createRequire(import.meta.url);
const read = (file: string) =>
  JSON.parse(readFileSync(require.resolve(`world-atlas/${file}`), 'utf8')) as Topology;

export function readAtlas(): Atlas {
  return {
    '10m': read('countries-10m.json'),
    '50m': read('countries-50m.json'),
    '110m': read('countries-110m.json'),
  };
}
