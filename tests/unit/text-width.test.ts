import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { LABEL_FONT } from '../../src/lib/label-font-widths';
import { fontTable, labelFontModule } from '../../src/lib/label-font-source';
import { readWoff } from '../../src/lib/font-metrics';
import { textWidth, wrapLabel } from '../../src/lib/text-width';

describe('the label width table', () => {
  it('is the one the font files give (regenerate with npx node scripts/label-widths.ts)', () => {
    expect(LABEL_FONT).toEqual(fontTable());
    expect(readFileSync('src/lib/label-font-widths.ts', 'utf8')).toBe(labelFontModule());
  });

  it("has Arial's metrics (the font is metric-compatible with it)", () => {
    // Arial's advance widths in 2048 units per em: a 1139, i 455, W 1933, space 569.
    expect(textWidth('a', 2048)).toBe(1139);
    expect(textWidth('i', 2048)).toBe(455);
    expect(textWidth('W', 2048)).toBe(1933);
    expect(textWidth(' ', 2048)).toBe(569);
    expect(textWidth('Erdoğan', 13)).toBeGreaterThan(textWidth('Erdogan', 13) - 0.01);
    expect(textWidth('Hurras', 13, 'bold')).toBeGreaterThan(textWidth('Hurras', 13));
  });

  it('reads WOFF files and refuses other files', () => {
    const woff = readWoff(
      readFileSync('node_modules/@fontsource/arimo/files/arimo-latin-400-normal.woff'),
    );
    expect(woff.unitsPerEm).toBe(2048);
    expect(woff.advance(0x41)).toBe(1366);
    expect(woff.advance(0x4e00)).toBeUndefined();
    expect(() => readWoff(new Uint8Array(64))).toThrow(/WOFF/);
  });
});

describe('textWidth and wrapLabel', () => {
  it('counts characters the table lacks as wide, so boxes stay upper bounds', () => {
    expect(textWidth('\u4e2d', 10)).toBe(8); // a CJK character: in neither table
    expect(textWidth('', 13)).toBe(0);
  });

  it('breaks long labels at spaces or after hyphens, keeping the space at the line end', () => {
    expect(wrapLabel('Turkey', 13, 100)).toEqual(['Turkey']);
    const lines = wrapLabel('Iranian-backed Shiite militias', 13, 118);
    expect(lines).toEqual(['Iranian-backed ', 'Shiite militias']);
    expect(lines.join('')).toBe('Iranian-backed Shiite militias');
    expect(wrapLabel('Supercalifragilistic-expialidocious', 13, 60)).toEqual([
      'Supercalifragilistic-',
      'expialidocious',
    ]);
    for (const l of wrapLabel('Outlet of the source report', 13, 118))
      expect(textWidth(l.trimEnd(), 13)).toBeLessThanOrEqual(118);
  });
});

describe('Arabic labels', () => {
  // Widths Chromium gave these labels in the Arabic diagram (Linux, label font stack falling back
  // to DejaVu Sans): joined forms are narrower than letters alone, lam-alef is one glyph.
  it.each([
    ['قسد', 13, 'regular', 24.6],
    ['بريتبارت نيوز', 13, 'regular', 68.8],
    ['حراس الدين', 13, 'regular', 66.1],
    ['المدعومة من إيران', 13, 'regular', 101.8],
    ['جهات الرصد ووسائل الإعلام', 12, 'bold', 137.9],
  ] as const)('measures %s as a browser draws it', (text, size, weight, drawn) => {
    expect(Math.abs(textWidth(text, size, weight) / drawn - 1)).toBeLessThan(0.03);
  });

  it('is not the unknown-character width, nor the letters counted alone', () => {
    const name = 'هيئة تحرير الشام';
    expect(textWidth(name, 13)).toBeLessThan([...name].length * 0.8 * 13 * 0.75);
    expect(textWidth('ببب', 13)).toBeLessThan(3 * textWidth('ب', 13));
  });
});
