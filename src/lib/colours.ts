/**
 * Every colour the site uses, light and dark, in one place. The pages get them as CSS custom
 * properties (src/styles/palette.css, written from this file by `npm run palette`; a unit test
 * fails when the two differ), and the images the build draws (social-image.ts) read them here.
 */
import type { Side, Grade } from './vocabulary';

export type Scheme = 'light' | 'dark';
/** The groups relation types are coloured by (diagram.ts EDGE_GROUPS), and a line of several. */
export type EdgeColour = 'support' | 'alliance' | 'structure' | 'hostility' | 'unknown';

interface Palette {
  /** Page surfaces and text. */
  surface: {
    bg: string;
    fg: string;
    muted: string;
    line: string;
    panel: string;
    link: string;
    visited: string;
    focus: string;
    brand: string;
  };
  /** Text colour of each grade (its line style says it too). */
  grade: Record<Grade, string>;
  /** Fill of each side's actors and regions in the diagrams. */
  side: Record<Side, string>;
  /** Colour of each group of relation types. */
  edge: Record<EdgeColour, string>;
  /** The diagram's outlines and camp regions. */
  diagram: { nodeStroke: string; camp: string };
}

export const PALETTE: Record<Scheme, Palette> = {
  light: {
    surface: {
      bg: '#fdfcf9',
      fg: '#1b1d21',
      muted: '#55595f',
      line: '#d5d2ca',
      panel: '#f2efe8',
      link: '#1a4f8b',
      visited: '#5b3a86',
      focus: '#b35c00',
      brand: '#24405e',
    },
    grade: {
      confirmed: '#1d6b3a',
      reported: '#1a4f8b',
      alleged: '#8a5a00',
      disputed: '#8c2f39',
      denied: '#5d5d5d',
    },
    side: {
      'pro-government': '#f3c6c0',
      opposition: '#bfe0c4',
      jihadist: '#d9d2c2',
      'islamic-state': '#a9a9a9',
      'us-sdf': '#bcd3f0',
      observer: '#f4f1e8',
    },
    edge: {
      support: '#1f6e43',
      alliance: '#2e5c9a',
      structure: '#6b6b6b',
      hostility: '#b3261e',
      unknown: '#8a5a00',
    },
    diagram: { nodeStroke: '#1b1d21', camp: '#f6f5f1' },
  },
  dark: {
    surface: {
      bg: '#16181c',
      fg: '#e8e6e1',
      muted: '#b0b3b8',
      line: '#3b3f46',
      panel: '#22252b',
      link: '#8cc4ff',
      visited: '#c7a8f0',
      focus: '#ffb35c',
      brand: '#24405e',
    },
    grade: {
      confirmed: '#7fd49b',
      reported: '#8cc4ff',
      alleged: '#f2c46b',
      disputed: '#ff9aa5',
      denied: '#c4c4c4',
    },
    side: {
      'pro-government': '#6e3a34',
      opposition: '#2f5a36',
      jihadist: '#57503f',
      'islamic-state': '#3a3a3a',
      'us-sdf': '#2c4a70',
      observer: '#3b3d42',
    },
    edge: {
      support: '#7fd49b',
      alliance: '#8cc4ff',
      structure: '#b0b3b8',
      hostility: '#ff8a80',
      unknown: '#f2c46b',
    },
    diagram: { nodeStroke: '#e8e6e1', camp: '#23262b' },
  },
};

/** The custom properties of one scheme: --bg, --confirmed, --side-opposition, --edge-support... */
function properties(p: Palette): string[] {
  return [
    ...Object.entries(p.surface).map(([k, v]) => `--${k}: ${v};`),
    ...Object.entries(p.grade).map(([k, v]) => `--${k}: ${v};`),
    ...Object.entries(p.side).map(([k, v]) => `--side-${k}: ${v};`),
    ...Object.entries(p.edge).map(([k, v]) => `--edge-${k}: ${v};`),
    `--node-stroke: ${p.diagram.nodeStroke};`,
    `--camp: ${p.diagram.camp};`,
  ];
}

/** The text of src/styles/palette.css. */
export function paletteCss(): string {
  const block = (indent: string, p: Palette) =>
    properties(p)
      .map((l) => `${indent}${l}`)
      .join('\n');
  return [
    '/* Written by `npm run palette` from src/lib/colours.ts: change the colours there, not here. */',
    ':root {',
    block('  ', PALETTE.light),
    '}',
    '@media (prefers-color-scheme: dark) {',
    '  :root {',
    block('    ', PALETTE.dark),
    '  }',
    '}',
    '',
  ].join('\n');
}
