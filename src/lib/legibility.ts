/**
 * How legible a finished diagram is, from its geometry alone: the same function scores the
 * build-time layout (and stops the build on an overlap or a pass-through), the boxes a browser
 * actually draws (tests/e2e/diagram-legibility.test.ts) and the bench's synthetic graphs.
 *
 * - label–label: two labels of different owners overlap;
 * - label–shape: a label overlaps the shape of an actor it does not belong to;
 * - pass-through: a relation runs through the shape of an actor that is not one of its two ends;
 * - relation–label: a relation crosses a label (its own count badge excepted);
 * - relation–relation: two relations cross (a touch inside a shared end's shape does not count).
 */

export type Pt = readonly [number, number];
export interface Rect {
  x: number;
  y: number;
  w: number;
  h: number;
}
/** An actor's outline as a closed polygon (curved outlines sampled). */
export interface LegibilityShape {
  id: string;
  polygon: readonly Pt[];
}
/** A text box; `owner` is the actor (or relation, for a count badge) the text belongs to. */
export interface LegibilityLabel {
  id: string;
  owner: string;
  box: Rect;
}
/** A relation as drawn, as a polyline (curves sampled), from one actor's shape to the other's. */
export interface LegibilityLine {
  id: string;
  from: string;
  to: string;
  points: readonly Pt[];
}
export interface LegibilityInput {
  shapes: LegibilityShape[];
  labels: LegibilityLabel[];
  lines: LegibilityLine[];
}

export interface Legibility {
  labelLabel: number;
  labelShape: number;
  passThrough: number;
  relationLabel: number;
  relationRelation: number;
  /** One readable sentence per overlap, pass-through and crossing, for messages and reports. */
  problems: string[];
}

/** Overlaps smaller than this (px) are rounding, not overlap. */
const TOLERANCE = 0.5;

// ---- primitives ---------------------------------------------------------------------------

export function rectsOverlap(a: Rect, b: Rect, tol = TOLERANCE): boolean {
  return (
    a.x + a.w - tol > b.x && b.x + b.w - tol > a.x && a.y + a.h - tol > b.y && b.y + b.h - tol > a.y
  );
}

export function boundsOf(points: readonly Pt[]): Rect {
  let x0 = Infinity;
  let y0 = Infinity;
  let x1 = -Infinity;
  let y1 = -Infinity;
  for (const p of points) {
    if (p[0] < x0) x0 = p[0];
    if (p[0] > x1) x1 = p[0];
    if (p[1] < y0) y0 = p[1];
    if (p[1] > y1) y1 = p[1];
  }
  return { x: x0, y: y0, w: x1 - x0, h: y1 - y0 };
}

export const rectPolygon = (r: Rect): Pt[] => [
  [r.x, r.y],
  [r.x + r.w, r.y],
  [r.x + r.w, r.y + r.h],
  [r.x, r.y + r.h],
];

/** Shrinks a rectangle by `by` on every side (never below a point). */
const inset = (r: Rect, by: number): Rect => ({
  x: r.x + Math.min(by, r.w / 2),
  y: r.y + Math.min(by, r.h / 2),
  w: Math.max(0, r.w - 2 * by),
  h: Math.max(0, r.h - 2 * by),
});

/** Where segments ab and cd meet, or undefined; collinear overlaps meet at their first shared point. */
export function segmentIntersection(a: Pt, b: Pt, c: Pt, d: Pt): Pt | undefined {
  const r: Pt = [b[0] - a[0], b[1] - a[1]];
  const s: Pt = [d[0] - c[0], d[1] - c[1]];
  const denom = r[0] * s[1] - r[1] * s[0];
  const qp: Pt = [c[0] - a[0], c[1] - a[1]];
  if (Math.abs(denom) < 1e-12) {
    if (Math.abs(qp[0] * r[1] - qp[1] * r[0]) > 1e-9) return undefined; // parallel, apart
    const rr = r[0] * r[0] + r[1] * r[1];
    if (rr === 0) return undefined;
    const t0 = (qp[0] * r[0] + qp[1] * r[1]) / rr;
    const t1 = t0 + (s[0] * r[0] + s[1] * r[1]) / rr;
    const lo = Math.max(0, Math.min(t0, t1));
    const hi = Math.min(1, Math.max(t0, t1));
    return lo <= hi ? [a[0] + lo * r[0], a[1] + lo * r[1]] : undefined;
  }
  const t = (qp[0] * s[1] - qp[1] * s[0]) / denom;
  const u = (qp[0] * r[1] - qp[1] * r[0]) / denom;
  return t >= 0 && t <= 1 && u >= 0 && u <= 1 ? [a[0] + t * r[0], a[1] + t * r[1]] : undefined;
}

export function pointInPolygon(p: Pt, poly: readonly Pt[]): boolean {
  let inside = false;
  // Each edge runs from the previous vertex (the last one, for the first edge) to this one.
  let prev = poly.at(-1);
  if (prev === undefined) return false;
  for (const cur of poly) {
    const [xi, yi] = cur;
    const [xj, yj] = prev;
    if (yi > p[1] !== yj > p[1] && p[0] < ((xj - xi) * (p[1] - yi)) / (yj - yi) + xi)
      inside = !inside;
    prev = cur;
  }
  return inside;
}

function pointInRect(p: Pt, r: Rect): boolean {
  return p[0] > r.x && p[0] < r.x + r.w && p[1] > r.y && p[1] < r.y + r.h;
}

/** The clipped part of the segment, as parameters along it (Liang–Barsky; see `segmentHitsBox`). */
let t0 = 0;
let t1 = 1;

/** Clips the segment by one side of the box; false when it misses the box on that side. */
function clipSide(p: number, q: number): boolean {
  if (p === 0) return q > 0;
  const t = q / p;
  if (p < 0) {
    if (t > t1) return false;
    if (t > t0) t0 = t;
  } else {
    if (t < t0) return false;
    if (t < t1) t1 = t;
  }
  return true;
}

/**
 * Whether segment (ax,ay)-(bx,by) enters the open box [x0,x1]×[y0,y1]: the one segment–box test
 * of the layouts and the legibility measure (scalars, no allocation: it runs in their inner loops).
 */
export function segmentHitsBox(
  ax: number,
  ay: number,
  bx: number,
  by: number,
  x0: number,
  y0: number,
  x1: number,
  y1: number,
): boolean {
  if (
    Math.max(ax, bx) <= x0 ||
    Math.min(ax, bx) >= x1 ||
    Math.max(ay, by) <= y0 ||
    Math.min(ay, by) >= y1
  )
    return false;
  // Liang–Barsky, one side at a time (no closure, no arrays: a hot loop).
  t0 = 0;
  t1 = 1;
  const dx = bx - ax;
  const dy = by - ay;
  if (
    !clipSide(-dx, ax - x0) ||
    !clipSide(dx, x1 - ax) ||
    !clipSide(-dy, ay - y0) ||
    !clipSide(dy, y1 - ay)
  )
    return false;
  return t1 - t0 > 1e-9;
}

/** Whether segment ab enters the rectangle's interior. */
export function segmentHitsRect(a: Pt, b: Pt, r: Rect): boolean {
  return segmentHitsBox(a[0], a[1], b[0], b[1], r.x, r.y, r.x + r.w, r.y + r.h);
}

export function polylineHitsRect(points: readonly Pt[], r: Rect): boolean {
  let prev: Pt | undefined;
  for (const cur of points) {
    if (prev && segmentHitsRect(prev, cur, r)) return true;
    prev = cur;
  }
  return false;
}

/** Whether a polyline enters a polygon: crosses its outline or has a point inside it. */
export function polylineHitsPolygon(points: readonly Pt[], poly: readonly Pt[]): boolean {
  const box = boundsOf(poly);
  if (!polylineHitsRect(points, { x: box.x - 1, y: box.y - 1, w: box.w + 2, h: box.h + 2 }))
    return false;
  for (const p of points) if (pointInPolygon(p, poly)) return true;
  const last = poly.at(-1);
  if (last === undefined) return false;
  let prev: Pt | undefined;
  for (const cur of points) {
    if (prev) {
      // The polygon's edges, the closing one (from its last vertex to its first) first.
      let k = last;
      for (const j of poly) {
        if (segmentIntersection(prev, cur, k, j)) return true;
        k = j;
      }
    }
    prev = cur;
  }
  return false;
}

/** Whether a rectangle and a polygon share interior. */
export function rectHitsPolygon(r: Rect, poly: readonly Pt[]): boolean {
  if (!rectsOverlap(r, boundsOf(poly), 0)) return false;
  if (poly.some((p) => pointInRect(p, r))) return true;
  if (rectPolygon(r).some((p) => pointInPolygon(p, poly))) return true;
  const [first] = poly;
  return first !== undefined && polylineHitsRect([...poly, first], r);
}

/** Every point where two polylines meet. */
export function polylineIntersections(a: readonly Pt[], b: readonly Pt[]): Pt[] {
  const out: Pt[] = [];
  const ba = boundsOf(a);
  const bb = boundsOf(b);
  if (!rectsOverlap({ x: ba.x - 0.5, y: ba.y - 0.5, w: ba.w + 1, h: ba.h + 1 }, bb, 0)) return out;
  let a0: Pt | undefined;
  for (const a1 of a) {
    if (a0) {
      let b0: Pt | undefined;
      for (const b1 of b) {
        const p = b0 && segmentIntersection(a0, a1, b0, b1);
        if (p && !out.some((q) => Math.hypot(q[0] - p[0], q[1] - p[1]) < 0.01)) out.push(p);
        b0 = b1;
      }
    }
    a0 = a1;
  }
  return out;
}

// ---- the score ----------------------------------------------------------------------------

/** Room round a shared end within which two relations meeting there do not count as crossing. */
const SHARED_END_MARGIN = 6;

/**
 * A uniform grid over the drawing, so that each test runs only between things that are near each
 * other (large drawings have thousands of lines). Cells are conservative: a box is in every cell
 * it touches, a polyline in every cell within one of a point sampled every quarter cell along it.
 */
class Grid {
  static readonly CELL = 100;
  private cells = new Map<number, number[]>();
  private key = (cx: number, cy: number) => cx * 100003 + cy;
  boxCells(r: Rect): number[] {
    const out: number[] = [];
    const C = Grid.CELL;
    for (let cx = Math.floor(r.x / C); cx <= Math.floor((r.x + r.w) / C); cx++) {
      for (let cy = Math.floor(r.y / C); cy <= Math.floor((r.y + r.h) / C); cy++)
        out.push(this.key(cx, cy));
    }
    return out;
  }
  lineCells(points: readonly Pt[]): number[] {
    const out = new Set<number>();
    const C = Grid.CELL;
    let prev: Pt | undefined;
    for (const cur of points) {
      const from = prev;
      prev = cur;
      if (!from) continue;
      const [ax, ay] = from;
      const [bx, by] = cur;
      const steps = Math.max(1, Math.ceil(Math.hypot(bx - ax, by - ay) / (C / 4)));
      for (let k = 0; k <= steps; k++) {
        const cx = Math.floor((ax + ((bx - ax) * k) / steps) / C);
        const cy = Math.floor((ay + ((by - ay) * k) / steps) / C);
        for (let dx = -1; dx <= 1; dx++)
          for (let dy = -1; dy <= 1; dy++) out.add(this.key(cx + dx, cy + dy));
      }
    }
    return [...out];
  }
  add(item: number, cells: number[]) {
    for (const c of cells) {
      const list = this.cells.get(c);
      if (list) list.push(item);
      else this.cells.set(c, [item]);
    }
  }
  /** Items in any of the cells, in ascending order, each once. */
  near(cells: number[]): number[] {
    const out = new Set<number>();
    for (const c of cells) for (const i of this.cells.get(c) ?? []) out.add(i);
    return [...out].sort((a, b) => a - b);
  }
}

export function legibility({ shapes, labels, lines }: LegibilityInput): Legibility {
  const problems: string[] = [];
  const shapeById = new Map(shapes.map((s) => [s.id, s]));
  const shapeBox = new Map(shapes.map((s) => [s.id, boundsOf(s.polygon)]));
  const score = {
    labelLabel: 0,
    labelShape: 0,
    passThrough: 0,
    relationLabel: 0,
    relationRelation: 0,
  };
  // The grids hold positions in these lists (numbers hash and sort fastest); a position a grid
  // hands back is always in its list, so the `continue`s below never run.
  const shapeGrid = new Grid();
  shapes.forEach((s, i) => shapeGrid.add(i, shapeGrid.boxCells(boundsOf(s.polygon))));
  const labelGrid = new Grid();
  const labelItems = labels.map((label) => ({
    label,
    inner: inset(label.box, TOLERANCE),
    cells: labelGrid.boxCells(label.box),
  }));
  labelItems.forEach((item, i) => labelGrid.add(i, item.cells));
  const lineGrid = new Grid();
  const lineItems = lines.map((line) => ({ line, cells: lineGrid.lineCells(line.points) }));
  lineItems.forEach((item, i) => lineGrid.add(i, item.cells));

  for (const [i, { label, inner, cells }] of labelItems.entries()) {
    for (const j of labelGrid.near(cells)) {
      const other = labels[j];
      if (j <= i || !other || label.owner === other.owner) continue;
      if (rectsOverlap(label.box, other.box)) {
        score.labelLabel++;
        problems.push(`label "${label.id}" overlaps label "${other.id}"`);
      }
    }
    for (const k of shapeGrid.near(cells)) {
      const s = shapes[k];
      if (!s || s.id === label.owner) continue;
      if (rectHitsPolygon(inner, s.polygon)) {
        score.labelShape++;
        problems.push(`label "${label.id}" overlaps the shape of "${s.id}"`);
      }
    }
  }

  for (const { line, cells } of lineItems) {
    for (const k of shapeGrid.near(cells)) {
      const s = shapes[k];
      if (!s || s.id === line.from || s.id === line.to) continue;
      if (polylineHitsPolygon(line.points, s.polygon)) {
        score.passThrough++;
        problems.push(`relation "${line.id}" passes through "${s.id}"`);
      }
    }
    for (const k of labelGrid.near(cells)) {
      const item = labelItems[k];
      if (!item || item.label.owner === line.id) continue;
      if (polylineHitsRect(line.points, item.inner)) {
        score.relationLabel++;
        problems.push(`relation "${line.id}" crosses label "${item.label.id}"`);
      }
    }
  }

  for (const [i, { line: a, cells }] of lineItems.entries()) {
    for (const j of lineGrid.near(cells)) {
      const b = lines[j];
      if (j <= i || !b) continue;
      const shared = [a.from, a.to].filter((id) => id === b.from || id === b.to);
      const meets = polylineIntersections(a.points, b.points).filter(
        (p) =>
          !shared.some((id) => {
            const box = shapeBox.get(id) ?? boundsOf(shapeById.get(id)?.polygon ?? [p]);
            return pointInRect(p, {
              x: box.x - SHARED_END_MARGIN,
              y: box.y - SHARED_END_MARGIN,
              w: box.w + 2 * SHARED_END_MARGIN,
              h: box.h + 2 * SHARED_END_MARGIN,
            });
          }),
      );
      if (meets.length) {
        score.relationRelation++;
        problems.push(`relations "${a.id}" and "${b.id}" cross`);
      }
    }
  }
  return { ...score, problems };
}

/** True when nothing overlaps and no relation passes through a third actor. */
export const isClean = (l: Legibility) => l.labelLabel + l.labelShape + l.passThrough === 0;

/** The five figures as one line, for logs and reports. */
export const legibilityText = (l: Legibility) =>
  `${l.labelLabel} label–label, ${l.labelShape} label–shape, ${l.passThrough} pass-through, ` +
  `${l.relationLabel} relation–label, ${l.relationRelation} relation–relation`;
