/**
 * Axis-aligned boxes and how many of them overlap: the legibility measure shared by the maps
 * (labels and markers) and, once merged, the who-backs-whom diagram. A box is { x, y, width,
 * height } with (x, y) its top-left corner in SVG user units, like SVGRect and DOMRect, so boxes
 * measured in the browser (getBBox, getBoundingClientRect) score the same way as computed ones.
 */
export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** True when the two boxes share some area; boxes that only touch along an edge do not overlap. */
export function boxesOverlap(a: Box, b: Box, gap = 0): boolean {
  return (
    a.x < b.x + b.width + gap &&
    b.x < a.x + a.width + gap &&
    a.y < b.y + b.height + gap &&
    b.y < a.y + a.height + gap
  );
}

/** The area two boxes share (0 when they do not overlap). */
export function overlapArea(a: Box, b: Box): number {
  const w = Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x);
  const h = Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y);
  return w > 0 && h > 0 ? w * h : 0;
}

/**
 * The number of overlapping pairs among `boxes`; with `others`, pairs of a box from `boxes` and one
 * from `others` count too (e.g. labels against markers, which may not overlap among themselves).
 */
export function overlapCount(boxes: readonly Box[], others: readonly Box[] = []): number {
  let n = 0;
  for (const [i, a] of boxes.entries()) {
    for (const b of boxes.slice(i + 1)) if (boxesOverlap(a, b)) n++;
    for (const o of others) if (boxesOverlap(a, o)) n++;
  }
  return n;
}

/** True when `inner` lies wholly inside `outer`. */
export function boxInside(inner: Box, outer: Box): boolean {
  return (
    inner.x >= outer.x &&
    inner.y >= outer.y &&
    inner.x + inner.width <= outer.x + outer.width &&
    inner.y + inner.height <= outer.y + outer.height
  );
}
