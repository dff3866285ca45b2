import { describe, expect, it } from 'vitest';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import sharp from 'sharp';
import {
  GlyphDefs,
  measure,
  outlineText,
  shapeLine,
  wrapToWidth,
  type TextStyle,
} from '../../src/lib/text-outline';
import { woffToSfnt } from '../../src/lib/woff';
import { textWidth } from '../../src/lib/text-width';

const TITLE: TextStyle = { face: 'sans', size: 48, bold: true };
const HTS = 'هيئة تحرير الشام';
/** The same letters with a zero-width non-joiner between each: what a renderer without Arabic
 * shaping shows, every letter in its isolated form, none joined. */
const disconnected = (text: string) => [...text].join('\u200c');

/** A 420 x 80 image of one right-aligned line, as 8-bit grey pixels. */
async function render(text: string): Promise<{ png: Buffer; grey: Buffer }> {
  const defs = new GlyphDefs();
  const line = outlineText(defs, text, TITLE, {
    x: 400,
    y: 58,
    anchor: 'end',
    dir: 'rtl',
    attrs: 'fill="#000"',
  });
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="420" height="80">${defs.svg()}<rect width="420" height="80" fill="#fff"/>${line}</svg>`;
  const png = await sharp(Buffer.from(svg)).greyscale().png({ compressionLevel: 9 }).toBuffer();
  return { png, grey: await sharp(png).greyscale().raw().toBuffer() };
}

/** Share of pixels whose grey values differ by more than a quarter of the range. */
function differing(a: Buffer, b: Buffer): number {
  expect(a.length).toBe(b.length);
  let n = 0;
  for (let i = 0; i < a.length; i++) if (Math.abs(a[i]! - b[i]!) > 64) n++;
  return n / a.length;
}

describe('Arabic text drawn by the build', () => {
  it('joins letters: the shaper picks contextual forms, not the isolated ones', () => {
    const names = (text: string) =>
      shapeLine(text, TITLE).runs.flatMap((r) => r.glyphs.map((g) => r.font.font.glyphName(g.id)));
    // ب ي ت: initial, medial and final forms of the dotless skeleton (Noto draws dots as marks).
    expect(names('بيت')).toEqual(
      expect.arrayContaining(['uni066E.init', 'uni066E.medi.wide', 'uni066E.fina']),
    );
    expect(names('بيت')).not.toContain('uni066E');
    // Kept apart by non-joiners, every letter stays in its isolated form.
    expect(names(disconnected('بيت')).filter((n) => /\.(init|medi|fina)/.test(n))).toEqual([]);
    // Right to left: the first glyph drawn (leftmost) belongs to the last letter.
    const { runs } = shapeLine('بيت', TITLE);
    expect(runs.map((r) => r.rtl)).toEqual([true]);
    expect(names('بيت').filter((n) => n.startsWith('uni066E'))).toEqual([
      'uni066E.fina',
      'uni066E.medi.wide',
      'uni066E.init',
    ]);
  });

  it('renders an Arabic title like the reference rendering, and unlike the disconnected letters', async () => {
    const reference = 'tests/unit/fixtures/arabic-title.png';
    const { png, grey } = await render(HTS);
    // UPDATE_REFERENCE=1 rewrites the reference; look at it before committing it.
    if (process.env['UPDATE_REFERENCE'] || !existsSync(reference)) writeFileSync(reference, png);
    const expected = await sharp(readFileSync(reference)).greyscale().raw().toBuffer();
    const ink = [...expected].filter((v) => v < 128).length / expected.length;
    expect(ink).toBeGreaterThan(0.05);
    expect(differing(grey, expected)).toBeLessThan(0.002);
    const fallback = await render(disconnected(HTS));
    expect(differing(fallback.grey, expected)).toBeGreaterThan(0.03);
  });

  it('puts mixed Arabic and Latin runs in right-to-left order', () => {
    const { runs } = shapeLine('هيئة تحرير الشام (HTS)', { face: 'sans', size: 20 }, 'rtl');
    // Visual order, left to right: "(HTS)" first, the Arabic name after it.
    const latin = runs.findIndex((r) => !r.rtl && r.glyphs.length >= 3);
    const arabic = runs.findIndex((r) => r.rtl && r.glyphs.length >= 5);
    expect(latin).toBeGreaterThanOrEqual(0);
    expect(latin).toBeLessThan(arabic);
    // In a left-to-right paragraph the same two runs swap.
    const ltr = shapeLine('HTS هيئة تحرير الشام', { face: 'sans', size: 20 }, 'ltr').runs;
    expect(ltr.findIndex((r) => !r.rtl && r.glyphs.length >= 3)).toBeLessThan(
      ltr.findIndex((r) => r.rtl),
    );
  });

  it('uses the label font for labels, with its advance widths (kerning off)', () => {
    // Drawn labels are as wide as the layout measured them (text-width.ts, Arimo's table).
    for (const [text, bold] of [
      ['Syrian government', false],
      ['Hay’at Tahrir al-Sham', true],
      ['AV Wa', false],
    ] as const) {
      expect(measure(text, { face: 'label', size: 13, bold })).toBeCloseTo(
        textWidth(text, 13, bold ? 'bold' : 'regular'),
        6,
      );
    }
    // The social images' text keeps DejaVu's kerning, as the rasteriser drew it before.
    expect(measure('AV', { face: 'sans', size: 100 })).toBeLessThan(
      measure('A', { face: 'sans', size: 100 }) + measure('V', { face: 'sans', size: 100 }),
    );
  });

  it('wraps at measured widths, with an ellipsis when cut', () => {
    const style: TextStyle = { face: 'sans', size: 20 };
    expect(wrapToWidth('Who backs whom', style, 1000, 3)).toEqual(['Who backs whom']);
    const lines = wrapToWidth('one two three four five six seven', style, 110, 2);
    expect(lines).toHaveLength(2);
    expect(lines[1]!.endsWith('…')).toBe(true);
    for (const l of lines) expect(measure(l, style)).toBeLessThanOrEqual(110);
  });

  it('defines each glyph once and writes the same bytes every time', () => {
    const defs = new GlyphDefs(256);
    const a = outlineText(defs, 'aaa بب', { face: 'label', size: 13 }, { x: 0, y: 0 });
    // a a a, then ب ب as two dots and two skeletons (final, initial); the space has no outline.
    expect(a.match(/<use /g)).toHaveLength(7);
    expect(defs.svg().match(/<path /g)).toHaveLength(4);
    const again = new GlyphDefs(256);
    expect(outlineText(again, 'aaa بب', { face: 'label', size: 13 }, { x: 0, y: 0 })).toBe(a);
    expect(again.svg()).toBe(defs.svg());
  });
});

describe('WOFF to sfnt', () => {
  it('gives a font with the same tables, in the sfnt layout', () => {
    const woff = readFileSync('node_modules/@fontsource/arimo/files/arimo-latin-400-normal.woff');
    const sfnt = woffToSfnt(woff);
    const dv = new DataView(sfnt.buffer, sfnt.byteOffset, sfnt.byteLength);
    expect(dv.getUint32(0)).toBe(woff.readUInt32BE(4)); // flavor: 0x00010000 or 'OTTO'
    expect(dv.getUint16(4)).toBe(woff.readUInt16BE(12));
    expect(() => woffToSfnt(sfnt)).toThrow(/WOFF/);
  });
});
