import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { sharedRuns, wordsOf } from '../../src/lib/copy-check';

const report = readFileSync('docs/source/report.txt', 'utf8');

describe('the copy check', () => {
  it('finds a run of more than six words shared with the source report, with its offset', () => {
    const text =
      'Intro line.\nThey now control more territory than any other terrorist group in the area.';
    const runs = sharedRuns(text, report, 6);
    expect(runs).toEqual([
      {
        text: 'they now control more territory than any other terrorist group in',
        length: 11,
        at: text.indexOf('They'),
      },
    ]);
  });

  it('allows six words, and anything inside quotation marks', () => {
    expect(sharedRuns('It holds more territory than any other group.', report, 6)).toEqual([]);
    expect(
      sharedRuns(
        'The outlet says they hold "more territory than any other terrorist group".',
        report,
        6,
      ),
    ).toEqual([]);
    expect(
      sharedRuns(
        'The outlet says they hold “more territory than any other terrorist group”.',
        report,
        6,
      ),
    ).toEqual([]);
  });

  it('reads words as the reference tool does: lower case, apostrophes inside words', () => {
    expect(wordsOf("Turkey’s “quoted words” and Assad's forces, 2019.").map((w) => w.word)).toEqual(
      ['turkey’s', 'and', "assad's", 'forces', '2019'],
    );
  });
});
