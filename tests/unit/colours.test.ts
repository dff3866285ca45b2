import { describe, expect, it } from 'vitest';
import { PALETTE, paletteCss } from '../../src/lib/colours';
import { SIDES, GRADES } from '../../src/lib/vocabulary';
import { EDGE_GROUPS } from '../../src/lib/diagram';

describe('the colours', () => {
  it('palette.css is what colours.ts writes (npm run palette rewrites it)', async () => {
    await expect(paletteCss()).toMatchFileSnapshot('../../src/styles/palette.css');
  });

  it('give every side, grade and relation group a colour in both schemes', () => {
    for (const p of Object.values(PALETTE)) {
      expect(Object.keys(p.side).sort()).toEqual([...SIDES].sort());
      expect(Object.keys(p.grade).sort()).toEqual([...GRADES].sort());
      expect(Object.keys(p.edge).sort()).toEqual(Object.keys(EDGE_GROUPS).sort());
    }
  });

  it('keep text readable: grades and links reach 4.5:1 on the page background (WCAG AA)', () => {
    const luminance = (hex: string) => {
      const [r, g, b] = [1, 3, 5]
        .map((i) => parseInt(hex.slice(i, i + 2), 16) / 255)
        .map((c) => (c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4));
      return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
    };
    const contrast = (a: string, b: string) => {
      const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
      return (hi! + 0.05) / (lo! + 0.05);
    };
    for (const p of Object.values(PALETTE)) {
      for (const colour of [
        ...Object.values(p.grade),
        p.surface.link,
        p.surface.fg,
        p.surface.muted,
      ]) {
        expect(contrast(colour, p.surface.bg), colour).toBeGreaterThanOrEqual(4.5);
      }
    }
  });
});
