import { describe, expect, it } from 'vitest';
import { periodsText, relationSentence, startText } from '../../src/lib/format';

describe('periods as text', () => {
  it('keeps precision and open ends', () => {
    expect(periodsText([{ from: '2015-09-30', to: 'ongoing' }])).toBe(
      '30 September 2015 – ongoing',
    );
    expect(
      periodsText([
        { from: '2015', to: '2017-09' },
        { from: '2019-06', to: 'unknown' },
      ]),
    ).toBe('2015 – September 2017; June 2019 – end unknown');
  });
  it('says "by" when the sources do not give the start, only when they first attest it', () => {
    expect(startText({ from: '2019', to: 'ongoing', startGiven: false })).toBe('by 2019');
    expect(periodsText([{ from: '2019', to: 'ongoing', startGiven: false }])).toBe(
      'by 2019 – ongoing',
    );
  });
  it('reads a relation as a sentence', () => {
    expect(relationSentence('Turkey', 'arms-supply', 'the NFL')).toBe(
      'Turkey supplies arms to the NFL',
    );
  });
});
