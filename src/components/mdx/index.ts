/** The only components MDX content may use; pages pass them in, content never imports. */
import Actor from './ActorLink.astro';
import Event from './EventLink.astro';
import Relation from './RelationLink.astro';
import Cite from './Cite.astro';
import Quote from './Quote.astro';
import Claim from './Claim.astro';
import Note from './Note.astro';

import type { MdxComponentName } from '../../lib/content-policy';

/** Keyed by the policy's names, so a component cannot be added here without the lint knowing it. */
export const mdxComponents = { Actor, Event, Relation, Cite, Quote, Claim, Note } satisfies Record<
  MdxComponentName,
  unknown
>;
