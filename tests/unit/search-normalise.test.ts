/** The one normaliser search uses in the build and in the browser (src/lib/search/normalise.ts). */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  fold,
  matchRanges,
  normalise,
  pagefindQuery,
  searchForms,
  textForms,
  tokens,
  withoutArticle,
  wordForms,
} from '../../src/lib/search/normalise';

const marked = (text: string, query: string) =>
  matchRanges(text, query).map(([a, b]) => text.slice(a, b));

describe('Latin script', () => {
  it('ignores case, accents and apostrophes; splits on anything but letters and digits', () => {
    expect(normalise("Hay'at Tahrir al-Shām")).toBe('hayat tahrir al sham');
    expect(normalise('Recep Tayyip ERDOĞAN')).toBe('recep tayyip erdogan');
    expect(normalise('Türkiye’s  anti-tank')).toBe('turkiyes anti tank');
    expect(tokens('  ')).toEqual([]);
    expect(tokens('al-Jolani, 2019')).toEqual(['al', 'jolani', '2019']);
  });
  it('leaves Latin words their "al" (only Arabic has the article stripped)', () => {
    expect(withoutArticle('alleged')).toBe('alleged');
    expect(wordForms('also')).toEqual(['also']);
  });
});

describe('Arabic script', () => {
  it('drops short vowels, other marks and the tatweel', () => {
    expect(fold('الأَسَد')).toBe('الاسد');
    expect(fold('الجـولاني')).toBe('الجولاني');
    expect(fold('مُؤكَّد')).toBe('موكد');
  });
  it('reads every hamza form of alef as alef, and hamza seats as their letter', () => {
    for (const w of ['أردوغان', 'إردوغان', 'آردوغان', 'ٱردوغان', 'اردوغان'])
      expect(fold(w), w).toBe('اردوغان');
    expect(fold('هيئة')).toBe(fold('هييه'));
    expect(fold('مؤتمر')).toBe('موتمر');
  });
  it('reads ة as ه and ى as ي', () => {
    expect(fold('هيئة')).toBe(fold('هيئه'));
    expect(fold('سوتشى')).toBe('سوتشي');
    expect(fold('مذكرة')).toBe('مذكره');
  });
  it('reads Arabic-Indic digits as Western ones and Arabic punctuation as a space', () => {
    expect(fold('٢٠١٩')).toBe('2019');
    expect(fold('۲۰۱۹')).toBe('2019');
    expect(tokens('إدلب، حماة؛ حلب؟')).toEqual(['ادلب', 'حماه', 'حلب']);
  });
  it('drops the article, alone or after و ف ب ك, and لل, keeping at least two letters', () => {
    expect(normalise('الجولاني')).toBe('جولاني');
    expect(normalise('هيئة تحرير الشام')).toBe('هييه تحرير شام');
    expect(normalise('والجولاني')).toBe('جولاني');
    expect(normalise('بالجولاني')).toBe('جولاني');
    expect(normalise('للجولاني')).toBe('جولاني');
    // Too short to be an article and a word: left as typed (the start of a word being typed).
    expect(normalise('ال')).toBe('ال');
    expect(normalise('الج')).toBe('الج');
    expect(normalise('والي')).toBe('والي');
  });
  it('gives a word the forms it can be found under: with and without article and a leading و/ف', () => {
    expect(wordForms('الجولاني')).toEqual(['الجولاني', 'جولاني']);
    expect(wordForms('وروسيا')).toEqual(['وروسيا', 'روسيا']);
    expect(wordForms('والجولاني')).toEqual(['والجولاني', 'جولاني', 'الجولاني']);
    expect(textForms('')).toEqual([]);
  });
  it("every spelling of the issue's queries normalises to one form", () => {
    const same = (variants: string[]) =>
      expect(new Set(variants.map(normalise)).size, variants.join(' / ')).toBe(1);
    same(['تحرير الشام', 'تحرير شام', 'تحريرُ الشّام']);
    same(['هيئة تحرير الشام', 'هيئه تحرير الشام', 'هيئة تحرير شام', 'هيئـة تحرير الشام']);
    same(['الجولاني', 'جولاني', 'الجولانى', 'الجُولاني', 'الجـولاني']);
    same(['سوتشي', 'سوتشى', 'السوتشي']);
    same(['أردوغان', 'إردوغان', 'اردوغان']);
  });
});

describe('what Pagefind is given and sent', () => {
  it('forms: the normalised forms of words that are written otherwise, once each', () => {
    expect(searchForms('هيئة تحرير الشام، الشام')).toEqual(['هييه', 'شام']);
    expect(searchForms("Recep Tayyip Erdoğan of Hay'at Tahrir al-Sham")).toEqual([
      'erdogan',
      'hayat',
    ]);
    expect(searchForms('plain words only')).toEqual([]);
  });
  it('the query: normalised as the forms are', () => {
    expect(pagefindQuery('  هيئة تحرير الشام ')).toBe('هييه تحرير شام');
    expect(pagefindQuery('Erdoğan')).toBe('erdogan');
  });
  it('a normalised query word is always the page word or one of its forms', () => {
    // What makes the Pagefind side work: any word, however spelled, is found under a form given to Pagefind.
    const arabic = fc.stringMatching(/^[\u0621-\u064A\u064B-\u0652\u0640]{1,8}$/);
    fc.assert(
      fc.property(arabic, (w) => {
        const q = normalise(w);
        fc.pre(q.length > 0 && !q.includes(' '));
        const written = w.toLowerCase();
        expect(q === written || searchForms(w).includes(q)).toBe(true);
      }),
      { numRuns: 300 },
    );
  });
});

describe('marking the words searched for', () => {
  it('marks whole words whose forms match, the last query word as a prefix', () => {
    expect(marked('The Sochi memorandum; Sochi.', 'sochi')).toEqual(['Sochi', 'Sochi']);
    expect(marked('Abu Mohammad al-Jolani leads', 'jol')).toEqual(['Jolani']);
    expect(marked('Erdoğan met Putin', 'erdogan putin')).toEqual(['Erdoğan', 'Putin']);
  });
  it('marks Arabic words as written, article, marks and all', () => {
    expect(marked('قال الجُولاني إن هيئة تحرير الشام', 'جولاني')).toEqual(['الجُولاني']);
    expect(marked('هيئة تحرير الشام', 'هيئه تحرير الشام')).toEqual(['هيئة', 'تحرير', 'الشام']);
    expect(marked('مذكرة سوتشي', 'سوتشى')).toEqual(['سوتشي']);
  });
  it('leaves one-letter words unmarked unless they start a word being typed', () => {
    expect(marked('a b c', 'a b')).toEqual([]);
    expect(marked('', 'x')).toEqual([]);
    expect(marked('text', '')).toEqual([]);
  });
});
