import { describe, expect, it } from 'vitest';
import {
  compareSpans,
  earliest,
  formatDate,
  formatSpan,
  latest,
  parsePartialDate,
  parseSpan,
  spanParts,
  type DateSpan,
  type PartialDate,
} from '../../src/lib/dates';
import { ar } from '../../src/lib/strings/ar';

const d = (t: string) => parsePartialDate(t) as PartialDate;
const s = (t: string) => parseSpan(t) as DateSpan;

describe('partial dates', () => {
  it('keeps the precision the text gives', () => {
    expect(d('2019')).toMatchObject({ year: 2019, precision: 'year' });
    expect(d('2019-04')).toMatchObject({ year: 2019, month: 4, precision: 'month' });
    expect(d('2019-04-30')).toMatchObject({ year: 2019, month: 4, day: 30, precision: 'day' });
  });
  it('never invents a day: a month means its whole extent', () => {
    expect(earliest(d('2019-04'))).toBe('2019-04-01');
    expect(latest(d('2019-04'))).toBe('2019-04-30');
    expect(latest(d('2016'))).toBe('2016-12-31');
    expect(latest(d('2020-02'))).toBe('2020-02-29');
  });
  it('rejects impossible and malformed dates with a reason', () => {
    expect(parsePartialDate('2019-02-30')).toMatch(/that month has 28 days/);
    expect(parsePartialDate('2019-13')).toMatch(/month 13/);
    expect(parsePartialDate('30/04/2019')).toMatch(/not a date in the form YYYY/);
    expect(parsePartialDate('2019-4')).toMatch(/not a date/);
    expect(parsePartialDate('1850')).toMatch(/outside/);
  });
  it('formats no more precisely than the source', () => {
    expect(formatDate(d('2019'))).toBe('2019');
    expect(formatDate(d('2019-07'))).toBe('July 2019');
    expect(formatDate(d('2019-06-30'))).toBe('30 June 2019');
  });
});

describe('spans', () => {
  it('parses ranges and refuses reversed ones', () => {
    expect(s('2019-01-01/2019-01-10').end?.day).toBe(10);
    expect(parseSpan('2019-01-10/2019-01-01')).toMatch(/ends before it starts/);
    expect(parseSpan('2019/2020/2021')).toMatch(/more than one/);
  });
  it('allows a range whose ends share a month at different precision', () => {
    expect(typeof parseSpan('2019-08/2019-08-31')).toBe('object');
  });
  it('formats ranges compactly', () => {
    expect(formatSpan(s('2019-01-01/2019-01-10'))).toBe('1\u201310 January 2019');
    expect(formatSpan(s('2017-10-12/2018-05-14'))).toBe('12 October 2017 \u2013 14 May 2018');
    expect(spanParts(s('2017-09-14/2017-09-15'))).toEqual(['14', '15 September 2017']);
    expect(spanParts(s('2017-09-14/2017-10-02'))).toEqual(['14 September', '2 October 2017']);
  });
  it('orders by earliest day, the more precise first on ties', () => {
    const list = ['2019-07', '2019-06-30', '2019', '2019-07-01']
      .map(s)
      .sort(compareSpans)
      .map((x) => x.text);
    expect(list).toEqual(['2019', '2019-06-30', '2019-07-01', '2019-07']);
  });
});

describe('Arabic dates', () => {
  const { dates } = ar;
  it('names each month as Syrian and Egyptian Arabic do, both (as Intl gives them)', () => {
    const names = (locale: string) =>
      Array.from({ length: 12 }, (_, m) =>
        new Intl.DateTimeFormat(locale, { month: 'long', timeZone: 'UTC' }).format(
          new Date(Date.UTC(2019, m, 1)),
        ),
      );
    const levant = names('ar-SY');
    const egypt = names('ar-EG');
    expect(dates.months).toEqual(levant.map((l, i) => `${l}/${egypt[i]}`));
  });

  it('keeps the precision: a month stays a month, a year a year', () => {
    expect(formatDate(d('2019'), dates)).toBe('2019');
    expect(formatDate(d('2019-07'), dates)).toBe('تموز/يوليو 2019');
    expect(formatDate(d('2019-07-12'), dates)).toBe('12 تموز/يوليو 2019');
  });

  it('writes ranges with words, not a dash that reads backwards', () => {
    expect(formatSpan(s('2019-01-01/2019-01-10'), dates)).toBe(
      'من 1 إلى 10 كانون الثاني/يناير 2019',
    );
    expect(formatSpan(s('2017-09-14/2017-10-02'), dates)).toBe(
      'من 14 أيلول/سبتمبر إلى 2 تشرين الأول/أكتوبر 2017',
    );
    expect(formatSpan(s('2013-05/2018-06'), dates)).toBe('من أيار/مايو 2013 إلى حزيران/يونيو 2018');
  });
});
