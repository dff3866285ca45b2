import { describe, expect, it } from 'vitest';
import { isObject, isOneOf, recordOf, typed } from '../../src/lib/typed';
import { GRADES } from '../../src/lib/vocabulary';

describe('typing helpers', () => {
  it('tells members of a closed list from other values', () => {
    expect(isOneOf(GRADES, 'alleged')).toBe(true);
    expect(isOneOf(GRADES, 'likely')).toBe(false);
    expect(isOneOf(GRADES, undefined)).toBe(false);
  });

  it('builds a record with one entry per key', () => {
    expect(recordOf(GRADES, (g) => g.length)).toEqual({
      confirmed: 9,
      reported: 8,
      alleged: 7,
      disputed: 8,
      denied: 6,
    });
  });

  it('tells objects from null and other values, and returns typed values unchanged', () => {
    expect([{}, [], null, 'x', 1].map(isObject)).toEqual([true, true, false, false, false]);
    const table = { a: 'x' };
    expect(typed<Record<string, string>>(table)).toBe(table);
  });
});
