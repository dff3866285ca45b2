/**
 * The who-backs-whom page's state in its URL, so any view can be linked:
 * ?view=matrix&type=arms-supply,funding&grade=confirmed&focus=hts&asof=2016&people=1
 */
import { parsePartialDate } from './dates';
import { NONE, type Choice, type GraphFilter } from './graph';
import { isOneOf } from './typed';
import { RELATION_TYPES, GRADES, type RelationType, type Grade } from './vocabulary';

export const VIEWS = ['network', 'matrix', 'table'] as const;
export type View = (typeof VIEWS)[number];

export interface GraphState extends GraphFilter {
  view: View;
  /** People drawn as actors of their own instead of folded into what they lead. */
  people?: boolean | undefined;
}

const list = <T extends string>(value: string | null, allowed: readonly T[]): T[] =>
  (value ?? '').split(',').filter((v) => isOneOf(allowed, v));

/** A choice in the URL: sorted; "__none__" (which reads back as the default) when none. */
const listParam = (choice: Choice<string>): string =>
  choice === NONE ? '__none__' : choice?.length ? [...choice].sort().join(',') : '';

/** Reads state from a query string; anything unknown or malformed falls back to the default. */
export function parseState(search: string, actorIds?: ReadonlySet<string>): GraphState {
  const q = new URLSearchParams(search);
  const view = q.get('view');
  const focus = q.get('focus') ?? undefined;
  const asOf = q.get('asof') ?? undefined;
  return {
    view: isOneOf(VIEWS, view) ? view : 'network',
    types: list<RelationType>(q.get('type'), RELATION_TYPES),
    // Links made before the field was named "grade" said "status": they keep working.
    grades: list<Grade>(q.get('grade') ?? q.get('status'), GRADES),
    focus: focus && (!actorIds || actorIds.has(focus)) ? focus : undefined,
    asOf: asOf && typeof parsePartialDate(asOf) !== 'string' ? asOf : undefined,
    people: q.get('people') === '1' || undefined,
  };
}

/** Writes state as a query string (with its "?"), leaving defaults out; "" when all is default. */
export function serializeState(state: GraphState): string {
  const q = new URLSearchParams();
  if (state.view !== 'network') q.set('view', state.view);
  const types = listParam(state.types);
  if (types) q.set('type', types);
  const grades = listParam(state.grades);
  if (grades) q.set('grade', grades);
  if (state.focus) q.set('focus', state.focus);
  if (state.asOf) q.set('asof', state.asOf);
  if (state.people) q.set('people', '1');
  const s = q.toString().replace(/%2C/g, ',');
  return s ? `?${s}` : '';
}
