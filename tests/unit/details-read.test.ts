import { describe, expect, it } from 'vitest';
import { edgeDetails, isGraphPayload, nodeDetails } from '../../src/lib/details-read';
import type { GraphPayload } from '../../src/lib/details';

const payload: GraphPayload = {
  graph: { nodes: [], edges: [] },
  nodes: {
    hts: {
      name: 'HTS',
      kind: 'Armed group',
      side: 'Jihadist',
      degree: 0,
      summary: '',
      href: 'actors/hts/',
      leaders: [],
    },
  },
  edges: {},
  methodHref: 'method/#grades',
};

describe('reading the who-backs-whom payload', () => {
  it('accepts the payload the build writes, and refuses other JSON', () => {
    expect(isGraphPayload(JSON.parse(JSON.stringify(payload)))).toBe(true);
    expect(isGraphPayload(null)).toBe(false);
    expect(isGraphPayload({ ...payload, graph: { nodes: [] } })).toBe(false);
    expect(isGraphPayload({ ...payload, methodHref: 1 })).toBe(false);
  });

  it('finds details by id, and names what is missing', () => {
    expect(nodeDetails(payload, 'hts').name).toBe('HTS');
    expect(() => nodeDetails(payload, 'isis')).toThrow(/no details for the actor "isis"/);
    expect(() => edgeDetails(payload, 'a--funding--b')).toThrow(
      /no details for the relation "a--funding--b"/,
    );
  });
});
