import { describe, expect, it } from 'vitest';
import { translateDataset } from '../../src/lib/translate';
import { validDataset } from './fixtures';

describe('a translated edition', () => {
  it('lays the text fields over the English data, never the data', () => {
    const ds = validDataset();
    const actor = ds.actors[0]!;
    const { ds: ar, untranslated } = translateDataset(ds, {
      actors: [
        {
          id: actor.id,
          file: `src/content/actors/ar/${actor.id}.mdx`,
          raw: '---\n---\nنص',
          data: { name: 'اسم', summary: 'ملخص', aliases: ['بديل'], formerNames: [] },
        },
      ],
    });
    const t = ar.actors.find((a) => a.id === actor.id)!;
    expect(t.data.name).toBe('اسم');
    expect(t.data.summary).toBe('ملخص');
    expect(t.data.aliases).toEqual(['بديل']);
    // the data stays the English entry's
    expect(t.data.kind).toBe(actor.data.kind);
    expect(t.data.sources).toEqual(actor.data.sources);
    expect(t.raw).toBe('---\n---\nنص');
    expect(untranslated.has(`actors/${actor.id}`)).toBe(false);
  });

  it('keeps an entry with no translation in English and lists it', () => {
    const ds = validDataset();
    const { ds: ar, untranslated } = translateDataset(ds, {});
    expect(ar.events[0]!.data).toEqual(ds.events[0]!.data);
    expect(untranslated.has(`events/${ds.events[0]!.id}`)).toBe(true);
  });

  it("pairs the article's claims by id and its framing notes by order", () => {
    const ds = validDataset();
    const a = ds.article[0]!;
    const claim = a.data.claims[0];
    const { ds: ar } = translateDataset(ds, {
      article: [
        {
          id: a.id,
          file: 'x',
          raw: '',
          data: {
            title: 'عنوان',
            summary: 'ملخص',
            originalTitleTranslation: 'ترجمة',
            claims: claim ? [{ id: claim.id, text: 'ادعاء' }] : [],
            framing: [],
          },
        },
      ],
    });
    const t = ar.article[0]!.data;
    expect(t.title).toBe('عنوان');
    expect(t.originalTitleTranslation).toBe('ترجمة');
    if (claim) {
      expect(t.claims[0]!.text).toBe('ادعاء');
      expect(t.claims[0]!.grade).toBe(claim.grade);
    }
  });
});
