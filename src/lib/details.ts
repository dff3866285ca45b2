/**
 * What the who-backs-whom page's details panel and filters need, prepared at build time as plain
 * strings so the browser only displays them.
 */
import type { SiteModel } from './model';
import type { Graph } from './graph';
import { dateText, periodsText, relationSentence, sourceTitle } from './format';
import { paths } from './paths';
import type { Dictionary } from './strings';

export interface NodeDetails {
  name: string;
  kind: string;
  side: string;
  degree: number;
  summary: string;
  href: string;
  leaders: string[];
}
export interface EdgeDetails {
  sentence: string;
  type: string;
  grade: string;
  gradeLabel: string;
  period: string;
  note: string;
  claimant?: string | undefined;
  reportedBy?: string | undefined;
  href: string;
  sources: { label: string; href: string }[];
}
export interface GraphPayload {
  graph: Graph;
  nodes: Record<string, NodeDetails>;
  edges: Record<string, EdgeDetails>;
  methodHref: string;
}

/**
 * In the edition's words (its dictionary). Links are site paths ("actors/hts/"); the browser
 * resolves them (src/client/site-root.ts).
 */
export function graphPayload(model: SiteModel, graph: Graph, t: Dictionary): GraphPayload {
  const { kindLabel, relationLabel, sideLabel, gradeLabel } = t;
  const name = (id: string) => model.actor(id).data.name;
  const nodes: Record<string, NodeDetails> = {};
  for (const n of graph.nodes) {
    const a = model.actor(n.id).data;
    nodes[n.id] = {
      name: a.name,
      kind: kindLabel[a.kind],
      side: sideLabel[a.side],
      degree: n.degree,
      summary: a.summary,
      href: paths.actor(n.id),
      leaders: a.leaders.map(name),
    };
  }
  const edges: Record<string, EdgeDetails> = {};
  for (const e of graph.edges) {
    const r = model.relation(e.id).data;
    edges[e.id] = {
      sentence: relationSentence(name(r.from), r.type, name(r.to), t),
      type: relationLabel[r.type],
      grade: r.grade,
      gradeLabel: gradeLabel[r.grade],
      period: periodsText(r.periods, t),
      note: r.note,
      claimant:
        [r.claimant, r.claimantActor && name(r.claimantActor)].filter(Boolean).join(' · ') ||
        undefined,
      reportedBy: r.reportedBy && name(r.reportedBy),
      href: paths.relation(e.id),
      sources: r.sources.map((s) => {
        const src = model.source(s).data;
        return {
          label: `${src.publisher}, ${dateText(src.date, t)}: ${sourceTitle(src, t)}`,
          href: paths.source(s),
        };
      }),
    };
  }
  return { graph, nodes, edges, methodHref: `${paths.method()}#grades` };
}
