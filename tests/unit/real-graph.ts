/**
 * The who-backs-whom graph of the real content, read straight from src/content (frontmatter and
 * YAML), for layout tests that must hold for the data as it is; and the same graph with the
 * relations and actors contributors are expected to add, to show the layout is not tuned to
 * today's exact data.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { buildGraph, type ActorInput, type Graph, type GraphEdge } from '../../src/lib/graph';
import type { RelationType } from '../../src/lib/vocabulary';

const dir = 'src/content';

export function realGraph(): Graph {
  const actors: ActorInput[] = readdirSync(join(dir, 'actors'))
    .filter((f) => f.endsWith('.mdx'))
    .map((f) => {
      const fm = parse(
        readFileSync(join(dir, 'actors', f), 'utf8').split(/^---$/m)[1]!,
      ) as ActorInput;
      return {
        id: f.replace(/\.mdx$/, ''),
        name: fm.name,
        shortName: fm.shortName,
        kind: fm.kind,
        side: fm.side,
      };
    });
  const relations: GraphEdge[] = readdirSync(join(dir, 'relations'))
    .filter((f) => f.endsWith('.yaml'))
    .map((f) => {
      const r = parse(readFileSync(join(dir, 'relations', f), 'utf8')) as GraphEdge & {
        periods: { from: string; to: string }[];
      };
      return {
        id: f.replace(/\.yaml$/, ''),
        from: r.from,
        to: r.to,
        type: r.type,
        grade: r.grade,
        periods: r.periods.map((p) => ({ from: String(p.from), to: String(p.to) })),
      };
    });
  return buildGraph(actors, relations);
}

const rel = (from: string, type: RelationType, to: string): GraphEdge => ({
  id: `${from}--${type}--${to}--test`,
  from,
  to,
  type,
  grade: 'reported',
  periods: [{ from: '2019', to: 'ongoing' }],
});

/** The real graph plus the four relations a reader expects (issue 13) and two more actors. */
export function grownGraph(): Graph {
  const g = realGraph();
  const actors: ActorInput[] = g.nodes.map((n) => ({
    id: n.id,
    name: n.name,
    shortName: n.label === n.name ? undefined : n.label,
    kind: n.kind,
    side: n.side,
  }));
  const add = (a: ActorInput) => {
    if (!actors.some((x) => x.id === a.id)) actors.push(a);
  };
  add({ id: 'hezbollah', name: 'Hezbollah', kind: 'armed-group', side: 'pro-government' });
  add({
    id: 'turkistan-islamic-party',
    name: 'Turkistan Islamic Party',
    shortName: 'TIP',
    kind: 'armed-group',
    side: 'jihadist',
  });
  const extra = [
    rel('syrian-government', 'armed-conflict', 'sdf'),
    rel('sdf', 'armed-conflict', 'syrian-government'),
    rel('russia', 'armed-conflict', 'national-front-for-liberation'),
    rel('hts', 'armed-conflict', 'ahrar-al-sham'),
    rel('turkey', 'armed-conflict', 'ypg'),
    rel('ypg', 'armed-conflict', 'turkey'),
    rel('iran', 'funding', 'hezbollah'),
    rel('hezbollah', 'military-support', 'syrian-government'),
    rel('turkistan-islamic-party', 'coordination', 'hts'),
  ];
  return buildGraph(actors, [...g.edges, ...extra]);
}
