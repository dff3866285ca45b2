/** Small pure helpers for the page scripts, kept apart so unit tests can reach them. */

/** Every month from first to last inclusive, as YYYY-MM. */
export function monthRange(first: string, last: string): string[] {
  const out: string[] = [];
  let [y = 0, m = 0] = first.split('-').map(Number);
  const [ly = 0, lm = 0] = last.split('-').map(Number);
  while (y < ly || (y === ly && m <= lm)) {
    out.push(`${y}-${String(m).padStart(2, '0')}`);
    m += 1;
    if (m > 12) {
      m = 1;
      y += 1;
    }
  }
  return out;
}

interface P {
  id: string;
  x: number;
  y: number;
}

/**
 * The nearest point roughly in a direction (within 60 degrees either side), preferring points
 * straight ahead: the next node for an arrow key.
 */
export function nearestInDirection(
  from: P,
  points: P[],
  [dx, dy]: [number, number],
): P | undefined {
  let best: P | undefined;
  let bestScore = Infinity;
  for (const p of points) {
    if (p.id === from.id) continue;
    const vx = p.x - from.x;
    const vy = p.y - from.y;
    const along = vx * dx + vy * dy;
    if (along <= 0) continue;
    const across = Math.abs(vx * dy - vy * dx);
    if (across > along * 1.8) continue;
    const score = along + across * 2;
    if (score < bestScore) {
      bestScore = score;
      best = p;
    }
  }
  return best;
}

/** Sorts rows by their text key in a language's order: numbers and dates in order, then text, stable. */
export function sortRows<T extends { key: string }>(
  rows: T[],
  ascending: boolean,
  lang = 'en',
): T[] {
  const collator = new Intl.Collator(lang, { numeric: true, sensitivity: 'base' });
  return rows
    .map((r, i) => ({ r, i }))
    .sort((a, b) => (ascending ? 1 : -1) * collator.compare(a.r.key, b.r.key) || a.i - b.i)
    .map((x) => x.r);
}
