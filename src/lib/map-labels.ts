/**
 * Label placement for the maps: each label goes to the first of a fixed list of positions around
 * its marker where it overlaps no other label, no marker and no reserved area, and stays inside the
 * map. Labels are placed in priority order (cities before villages), so the important ones get the
 * best positions. Deterministic: the same input gives the same output.
 */
import { boxInside, overlapArea, overlapCount, type Box } from './boxes';

export interface LabelRequest {
  id: string;
  text: string;
  /** The anchor: the marker's centre. */
  x: number;
  y: number;
  /** The marker's radius (0: no marker, the label may sit on the point itself). */
  r: number;
  /** Higher first. */
  priority: number;
  /** Only centred on the point (country and sea names), never moved around it. */
  centred?: boolean;
}

export type Anchor = 'start' | 'middle' | 'end';

export interface PlacedLabel {
  id: string;
  text: string;
  /** Where the text is drawn: x with text-anchor, y of the baseline. */
  x: number;
  y: number;
  anchor: Anchor;
  box: Box;
  /** False when no position was free: the label was put where it overlaps least. */
  clear: boolean;
}

export interface PlacementOptions {
  width: number;
  height: number;
  fontSize: number;
  /** Areas no label may cover (an inset's frame, a legend). */
  reserved?: Box[];
}

/**
 * Text width estimated from the character count: 0.6 em per character errs wide for the system
 * sans-serif fonts the site uses, so a label measured in the browser is no wider than its box.
 */
export function textWidth(text: string, fontSize: number): number {
  let em = 0;
  for (const ch of text)
    em += /[ilj.,'’ ]/.test(ch) ? 0.32 : /[mwMW]/.test(ch) ? 0.9 : /[A-Z]/.test(ch) ? 0.7 : 0.6;
  return em * fontSize;
}

/** The box a label occupies for text drawn at (x, baseline) with an anchor, with a small margin. */
export function labelBox(
  text: string,
  x: number,
  baseline: number,
  anchor: Anchor,
  fontSize: number,
): Box {
  const w = textWidth(text, fontSize);
  const pad = fontSize * 0.15;
  const left = anchor === 'start' ? x : anchor === 'end' ? x - w : x - w / 2;
  return {
    x: left - pad,
    y: baseline - fontSize * 0.9 - pad,
    width: w + 2 * pad,
    height: fontSize * 1.15 + 2 * pad,
  };
}

/** The marker's own box. */
export function markerBox(x: number, y: number, r: number): Box {
  return { x: x - r, y: y - r, width: 2 * r, height: 2 * r };
}

/** Candidate positions, best first: right, left, above-right, below-right, above-left, below-left, above, below. */
function candidates(
  req: LabelRequest,
  fontSize: number,
): { x: number; y: number; anchor: Anchor }[] {
  if (req.centred) return [{ x: req.x, y: req.y + fontSize * 0.35, anchor: 'middle' }];
  const out: { x: number; y: number; anchor: Anchor }[] = [];
  for (const extra of [0, fontSize * 0.6]) {
    const d = req.r + fontSize * 0.3 + extra;
    const mid = req.y + fontSize * 0.33;
    out.push(
      { x: req.x + d, y: mid, anchor: 'start' },
      { x: req.x - d, y: mid, anchor: 'end' },
      { x: req.x + d * 0.7, y: req.y - d * 0.7, anchor: 'start' },
      { x: req.x + d * 0.7, y: req.y + d * 0.7 + fontSize * 0.7, anchor: 'start' },
      { x: req.x - d * 0.7, y: req.y - d * 0.7, anchor: 'end' },
      { x: req.x - d * 0.7, y: req.y + d * 0.7 + fontSize * 0.7, anchor: 'end' },
      { x: req.x, y: req.y - d - fontSize * 0.1, anchor: 'middle' },
      { x: req.x, y: req.y + d + fontSize * 0.8, anchor: 'middle' },
    );
  }
  return out;
}

/** Places every label; `markers` are the boxes of every marker on the map, labelled or not. */
export function placeLabels(
  requests: readonly LabelRequest[],
  markers: readonly Box[],
  opts: PlacementOptions,
): PlacedLabel[] {
  const frame: Box = { x: 0, y: 0, width: opts.width, height: opts.height };
  const placed: PlacedLabel[] = [];
  const order = [...requests].sort((a, b) => b.priority - a.priority || a.id.localeCompare(b.id));
  for (const req of order) {
    let best: PlacedLabel | undefined;
    let bestCost = Infinity;
    for (const c of candidates(req, opts.fontSize)) {
      const box = labelBox(req.text, c.x, c.y, c.anchor, opts.fontSize);
      const obstacles = [...placed.map((p) => p.box), ...markers, ...(opts.reserved ?? [])];
      const cost =
        obstacles.reduce((sum, o) => sum + overlapArea(box, o), 0) +
        (boxInside(box, frame) ? 0 : 1e6);
      if (cost < bestCost) {
        bestCost = cost;
        best = {
          id: req.id,
          text: req.text,
          x: c.x,
          y: c.y,
          anchor: c.anchor,
          box,
          clear: cost === 0,
        };
      }
      if (cost === 0) break;
    }
    if (best) placed.push(best);
  }
  return placed;
}

/**
 * Overlaps on a finished map: label with label, and label with any marker. A marker under its own
 * label is impossible by construction; markers may touch one another (towns a few kilometres apart).
 */
export function labelOverlaps(labels: readonly PlacedLabel[], markers: readonly Box[]): number {
  return overlapCount(
    labels.map((l) => l.box),
    markers,
  );
}
