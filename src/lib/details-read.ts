/**
 * Reading the details payload in the browser: its shape checked once, and accessors that name
 * what is missing. Kept apart from details.ts, which builds the payload from the whole model and
 * its words, so the page script does not ship them.
 */
import type { EdgeDetails, GraphPayload, NodeDetails } from './details';
import { isObject } from './typed';

// (the name set in the constructor, not as a class field: no field helper in the page's bundle)
class DetailsError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'DetailsError';
  }
}

/** An actor's details; every node of the graph has them, so a missing one is an error. */
export function nodeDetails(payload: GraphPayload, id: string): NodeDetails {
  const d = payload.nodes[id];
  if (!d) throw new DetailsError(`no details for the actor "${id}"`);
  return d;
}

/** A relation's details; every edge of the graph has them, so a missing one is an error. */
export function edgeDetails(payload: GraphPayload, id: string): EdgeDetails {
  const d = payload.edges[id];
  if (!d) throw new DetailsError(`no details for the relation "${id}"`);
  return d;
}

/** Whether parsed JSON has the payload's shape (its parts; the build wrote it from the model). */
export function isGraphPayload(value: unknown): value is GraphPayload {
  return (
    isObject(value) &&
    isObject(value['graph']) &&
    Array.isArray(value['graph']['nodes']) &&
    Array.isArray(value['graph']['edges']) &&
    isObject(value['nodes']) &&
    isObject(value['edges']) &&
    typeof value['methodHref'] === 'string'
  );
}
