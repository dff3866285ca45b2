/**
 * The build's legibility gate: a diagram with an overlap or a line through a third actor would be
 * misread, so it stops the build with every problem listed. Crossings are reported by the bench
 * and held to their bar by the tests, not here.
 */
import { diagramGeometry, type Diagram } from './diagram';
import { isClean, legibility } from './legibility';
import { LARGE } from './layout-search';

export class DiagramError extends Error {
  override name = 'DiagramError';
}

/**
 * Returns the diagram when it is clean; otherwise throws a DiagramError naming each problem, or
 * with `reportOnly` (synthetic benchmark content) warns and returns it.
 */
export function assertLegible(
  d: Diagram,
  what: string,
  { centre, reportOnly = false }: { centre?: string | undefined; reportOnly?: boolean } = {},
): Diagram {
  // Scoring thousands of lines takes seconds: a synthetic benchmark graph that large is not scored.
  if (reportOnly && d.edges.length > LARGE) return d;
  const score = legibility(diagramGeometry(d, { centre }));
  if (isClean(score)) return d;
  const list = score.problems.filter((p) => / overlaps | passes through /.test(p));
  if (reportOnly) {
    console.warn(`[diagram] the ${what} has ${list.length} overlap(s) or pass-through(s)`);
    return d;
  }
  throw new DiagramError(
    `the ${what} is not legible (src/lib/layout*.ts):\n${list.map((p) => `  - ${p}`).join('\n')}\n` +
      'Every label must stand clear and no relation may run through a third actor: fix the layout; npm run bench shows the figures.',
  );
}
