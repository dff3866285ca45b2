import { describe, expect, it } from 'vitest';
import { socialSvg } from '../../src/lib/social-image';
import { GlyphDefs, outlineText } from '../../src/lib/text-outline';

describe('social images', () => {
  it('draws every letter as an outline, so no font on the building machine is needed', () => {
    const svg = socialSvg({ kicker: 'Person', title: 'Tom & <Jerry>' });
    expect(svg).toMatch(/^<svg xmlns="http:\/\/www.w3.org\/2000\/svg" width="1200" height="630"/);
    expect(svg).not.toMatch(/<text|font-family|Jerry/);
    // The title, bold at the largest size, left-aligned at the margin.
    expect(svg).toContain(
      outlineText(
        new GlyphDefs(),
        'Tom & <Jerry>',
        { face: 'sans', size: 68, bold: true },
        { x: 60, y: 190, attrs: 'fill="#1b1d21"' },
      ),
    );
  });
  it('sets an Arabic image right to left: text at the right margin, the diagram on the left', async () => {
    const { layoutOneHop } = await import('../../src/lib/layout-one-hop');
    const { oneHop } = await import('../../src/lib/graph');
    const { realGraph } = await import('./real-graph');
    const d = layoutOneHop(oneHop(realGraph(), 'hts'), 'hts');
    const title = 'هيئة تحرير الشام';
    const ar = socialSvg({ kicker: 'جماعة مسلحة', title, diagram: d, centre: 'hts', locale: 'ar' });
    expect(ar).toContain(
      outlineText(
        new GlyphDefs(),
        title,
        { face: 'sans', size: 68, bold: true },
        { x: 1140, y: 190, anchor: 'end', dir: 'rtl', attrs: 'fill="#1b1d21"' },
      ),
    );
    expect(ar).toContain('<rect x="30" y="30" width="540" height="570"');
    expect(socialSvg({ kicker: 'Armed group', title: 'HTS', diagram: d, centre: 'hts' })).toContain(
      '<rect x="630" y="30" width="540" height="570"',
    );
  });
  it('shrinks a long title to fit three lines in its column', () => {
    const long =
      'Assad’s stalled offensive on Idlib: what the July 2019 report says about who backs whom';
    const svg = socialSvg({ kicker: 'Report', title: long });
    expect(svg).not.toContain('scale(0.066406,'); // not at 68 px (68 / 1024)
  });
});

describe("the home page's miniature network", () => {
  it('is a standalone SVG with its own light and dark colours, labels as outlines, people folded', async () => {
    const { networkSvg, diagramGroup } = await import('../../src/lib/social-image');
    const { layoutWide } = await import('../../src/lib/layout');
    const { realGraph } = await import('./real-graph');
    const d = layoutWide(realGraph());
    const svg = networkSvg(d);
    expect(svg).toMatch(/^<svg xmlns="http:\/\/www.w3.org\/2000\/svg"/);
    expect(svg).toContain('@media (prefers-color-scheme: dark)');
    expect(svg).not.toMatch(/<text|font-family/);
    const label = (text: string) =>
      outlineText(
        new GlyphDefs(256),
        text.trimEnd(),
        { face: 'label', size: d.fontSize },
        { x: 21, y: 4 + d.fontSize * 0.97 },
      );
    const government = d.nodes.find((n) => n.id === 'syrian-government')!;
    expect(svg).toContain(label(government.lines[0]!));
    expect(svg).not.toContain(label('Bashar al-Assad'));
    expect(svg).toMatch(/<g class="label">/);
    // The social image's copy carries inline colours (no CSS in the rasteriser's way).
    expect(diagramGroup(d, { x: 0, y: 0, w: 500, h: 400 })).toContain('fill="#f3c6c0"');
  }, 30_000); // the wide layout takes seconds on a busy machine
});
