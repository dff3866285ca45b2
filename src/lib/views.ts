/**
 * What each page shows, worked out from the model: pages and components only pick fields from
 * these views and map lists (docs/architecture.md). Every function here has a unit test.
 */
import type { Actor, Entry, Event, FormerName, Place, Relation } from './dataset';
import { UnknownEntryError, type SiteModel, type ReportSection } from './model';
import type { Graph } from './graph';
import type { Diagram } from './diagram';
import { compareDates, earliest, parsePartialDate, type DateSpan, type PartialDate } from './dates';
import { dateText } from './format';
import { en, type Dictionary } from './strings';
import { LINEAGE_TYPES } from './vocabulary';

/** "(from 28 July 2016 until 28 January 2017)": the years a former name was used, in words. */
export function formerNamePeriod(n: FormerName, t: Dictionary = en): string | undefined {
  const parts = [
    n.from && t.actors.from(dateText(n.from, t)),
    n.until && t.actors.until(dateText(n.until, t)),
  ].filter(Boolean);
  return parts.length ? parts.join(' ') : undefined;
}

/** An event an actor takes part in, with the roles the actor has in it. */
export interface ActorEvent {
  event: Entry<Event>;
  roles: string[];
}

export interface ActorView {
  actor: Entry<Actor>;
  /** Relations from the actor, and to it. */
  out: Entry<Relation>[];
  into: Entry<Relation>[];
  /** Relations that say where the actor came from or went (split from, merged into, renamed...). */
  lineage: Entry<Relation>[];
  leaders: Entry<Actor>[];
  formerNames: { name: string; period: string | undefined }[];
  events: ActorEvent[];
  mentions: ReportSection[];
  /** Whether the actor has a one-hop diagram (it has at least one relation). */
  hasDiagram: boolean;
}

export function actorView(model: SiteModel, id: string, t: Dictionary = en): ActorView {
  const actor = model.actor(id);
  const out = model.relationsFrom.get(id) ?? [];
  const into = model.relationsTo.get(id) ?? [];
  return {
    actor,
    out,
    into,
    lineage: [...out, ...into].filter((r) => LINEAGE_TYPES.includes(r.data.type)),
    leaders: actor.data.leaders.map((l) => model.actor(l)),
    formerNames: actor.data.formerNames.map((n) => ({
      name: n.name,
      period: formerNamePeriod(n, t),
    })),
    events: (model.eventsOf.get(id) ?? []).map((event) => ({
      event,
      roles: event.data.participants.filter((p) => p.actor === id).map((p) => p.role),
    })),
    mentions: model.mentions.get(id) ?? [],
    hasDiagram: out.length + into.length > 0,
  };
}

export interface RelationView {
  relation: Entry<Relation>;
  from: Entry<Actor>;
  to: Entry<Actor>;
  claimantActor: Entry<Actor> | undefined;
  reportedBy: Entry<Actor> | undefined;
  /** The other relations between the same two actors, either way round. */
  samePair: Entry<Relation>[];
}

export function relationView(model: SiteModel, id: string): RelationView {
  const relation = model.relation(id);
  const r = relation.data;
  const touching = [
    ...(model.relationsFrom.get(r.from) ?? []),
    ...(model.relationsTo.get(r.from) ?? []),
  ];
  return {
    relation,
    from: model.actor(r.from),
    to: model.actor(r.to),
    claimantActor: r.claimantActor ? model.actor(r.claimantActor) : undefined,
    reportedBy: r.reportedBy ? model.actor(r.reportedBy) : undefined,
    samePair: touching.filter((x) => x.id !== id && (x.data.from === r.to || x.data.to === r.to)),
  };
}

/** Whether an event surely began after the report was published (the report could not know of it). */
export function afterReport(model: SiteModel, eventId: string): boolean {
  const span = model.eventDate.get(eventId);
  if (!span) throw new UnknownEntryError('events', eventId);
  return compareDates(earliest(span.start), model.article.data.published) > 0;
}

/** An event's participant: the actor and the role the event gives it. */
export interface Taking {
  actor: Entry<Actor>;
  role: string;
}

export interface TimelineItem {
  event: Entry<Event>;
  after: boolean;
  participants: Taking[];
}

function participantsOf(model: SiteModel, event: Entry<Event>): Taking[] {
  return event.data.participants.map((p) => ({ actor: model.actor(p.actor), role: p.role }));
}

export interface TimelineView {
  items: TimelineItem[];
  /** Everyone who takes part in an event, by name in the edition's collation: the filter's options. */
  participants: Entry<Actor>[];
}

export function timelineView(model: SiteModel): TimelineView {
  const items = model.timeline.map((event) => ({
    event,
    after: afterReport(model, event.id),
    participants: participantsOf(model, event),
  }));
  const ids = [...new Set(items.flatMap((i) => i.participants.map((p) => p.actor.id)))];
  return {
    items,
    participants: ids
      .map((id) => model.actor(id))
      .sort((a, b) => a.data.name.localeCompare(b.data.name, model.locale)),
  };
}

export interface EventView {
  event: Entry<Event>;
  span: DateSpan;
  participants: Taking[];
  previous: Entry<Event> | undefined;
  next: Entry<Event> | undefined;
  after: boolean;
  mentions: ReportSection[];
  place: Entry<Place> | undefined;
}

export function eventView(model: SiteModel, id: string): EventView {
  const event = model.event(id);
  const index = model.timeline.findIndex((x) => x.id === id);
  const span = model.eventDate.get(id);
  if (!span) throw new UnknownEntryError('events', id);
  return {
    event,
    span,
    participants: participantsOf(model, event),
    previous: index > 0 ? model.timeline[index - 1] : undefined,
    next: model.timeline[index + 1],
    after: afterReport(model, id),
    mentions: model.mentions.get(id) ?? [],
    place: event.data.place ? model.place(event.data.place) : undefined,
  };
}

export interface NetworkView {
  /** The month control's range: see networkBounds. */
  firstMonth: string;
  lastMonth: string;
  /** Actors with at least one relation, for the status line. */
  linkedActors: number;
  /** People drawn folded beside the group they lead or belong to. */
  folded: number;
}

export function networkView(graph: Graph, wide: Pick<Diagram, 'nodes'>): NetworkView {
  return {
    ...networkBounds(graph),
    linkedActors: graph.nodes.filter((n) => n.degree > 0).length,
    folded: wide.nodes.filter((n) => n.layer === 'people').length,
  };
}

/**
 * The range of the diagram's month control: from January of the first year any relation's period
 * names to December of the last (periods that end "ongoing" or "unknown" add no year).
 */
export function networkBounds(graph: Pick<Graph, 'edges'>): {
  firstMonth: string;
  lastMonth: string;
} {
  const years = graph.edges
    .flatMap((e) => e.periods.flatMap((p) => [p.from, p.to]))
    .map((d) => parsePartialDate(d))
    .filter((d): d is PartialDate => typeof d !== 'string')
    .map((d) => d.year);
  if (years.length === 0)
    throw new Error('the diagram has no dated relation: its month control has no range');
  const pad = (y: number) => String(y).padStart(4, '0');
  return {
    firstMonth: `${pad(Math.min(...years))}-01`,
    lastMonth: `${pad(Math.max(...years))}-12`,
  };
}

/** Route parameters for one page per entry of a collection (getStaticPaths), from the model. */
export function entryParams(entries: Map<string, unknown>): { params: { id: string } }[] {
  return [...entries.keys()].map((id) => ({ params: { id } }));
}
