/** "Cite this" rendered the way reference managers render it: citeproc-js with the APA 7 style. */
import { describe, expect, it } from 'vitest';
import CSL from 'citeproc';
import { readFileSync } from 'node:fs';
import { cslJson, type CiteInput } from '../../src/lib/cite';

const style = readFileSync('tests/unit/fixtures/csl/apa.csl', 'utf8');
const locale = readFileSync('tests/unit/fixtures/csl/locales-en-US.xml', 'utf8');
const site = 'The Idlib explainer';

/** The bibliography entry APA gives the CSL-JSON that "Cite this" shows, as plain text. */
function apa(input: CiteInput): string {
  const [item] = JSON.parse(cslJson(input)) as { id: string }[];
  const engine = new CSL.Engine({ retrieveLocale: () => locale, retrieveItem: () => item }, style);
  engine.setOutputFormat('text');
  engine.updateItems([item!.id]);
  return (engine.makeBibliography() as [unknown, string[]])[1].join('').trim();
}
const times = (text: string, word: string) =>
  text.toLowerCase().split(word.toLowerCase()).length - 1;

describe('Cite this, in APA', () => {
  it('an actor profile: the site named once, the kind in brackets, the date and URL', () => {
    const text = apa({
      kind: 'actor',
      id: 'iran',
      title: 'Iran',
      url: 'https://example.org/actors/iran/',
      date: '2026-11-24',
      site,
    });
    expect(text).toBe(
      'The Idlib explainer. (2026, November 24). Iran [Actor profile]. https://example.org/actors/iran/',
    );
    expect(times(text, site)).toBe(1);
  });

  it('an event and a relation read the same way', () => {
    const event = apa({
      kind: 'event',
      id: 'sochi-memorandum',
      title: 'Sochi memorandum',
      url: 'https://example.org/events/sochi-memorandum/',
      date: '2026-11-24',
      site,
    });
    expect(event).toBe(
      'The Idlib explainer. (2026, November 24). Sochi memorandum [Event]. https://example.org/events/sochi-memorandum/',
    );
    const relation = apa({
      kind: 'relation',
      id: 'r',
      title: 'Russia backs the Syrian government',
      url: 'https://example.org/relations/r/',
      date: '2026-11-24',
      site,
    });
    expect(times(relation, site)).toBe(1);
    expect(relation).toContain('[Relation]');
  });

  it('the dataset: "[Data set]" once, the edition as its version', () => {
    const text = apa({
      kind: 'dataset',
      id: 'data',
      title: 'The Idlib explainer: actors, events, relations and sources',
      url: 'https://example.org/data/',
      date: '2026-11-24',
      site,
    });
    expect(text).toBe(
      'The Idlib explainer. (2026). The Idlib explainer: actors, events, relations and sources (Version 2026-11-24) [Data set]. https://example.org/data/',
    );
    expect(text).not.toMatch(/\(dataset\)|\[Dataset\]/i);
  });
});
