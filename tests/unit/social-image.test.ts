import { describe, expect, it } from 'vitest';
import { escapeXml, socialSvg, wrap } from '../../src/lib/social-image';

describe('social images', () => {
  it('wraps titles into at most the given lines, with an ellipsis when cut', () => {
    expect(wrap('Who backs whom', 40, 3)).toEqual(['Who backs whom']);
    expect(wrap('one two three four five six', 9, 2)).toEqual(['one two', 'three…']);
  });
  it('escapes text so a title cannot break the SVG', () => {
    expect(escapeXml('A & B <c> "d"')).toBe('A &amp; B &lt;c&gt; &quot;d&quot;');
    const svg = socialSvg({ kicker: 'Person', title: 'Tom & <Jerry>' });
    expect(svg).toContain('Tom &amp; &lt;Jerry&gt;');
    expect(svg).not.toContain('<Jerry>');
    expect(svg).toMatch(/^<svg xmlns="http:\/\/www.w3.org\/2000\/svg" width="1200" height="630"/);
  });
});

describe('the home page\'s miniature network', () => {
  it('is a standalone SVG with its own light and dark colours, people folded', async () => {
    const { networkSvg, diagramGroup } = await import('../../src/lib/social-image');
    const { layoutWide } = await import('../../src/lib/layout');
    const { realGraph } = await import('./real-graph');
    const d = layoutWide(realGraph());
    const svg = networkSvg(d);
    expect(svg).toMatch(/^<svg xmlns="http:\/\/www.w3.org\/2000\/svg"/);
    expect(svg).toContain('@media (prefers-color-scheme: dark)');
    expect(svg).toContain('>Syrian government<');
    expect(svg).not.toContain('>Bashar al-Assad<');
    // The social image's copy carries inline colours (no CSS in the rasteriser's way).
    expect(diagramGroup(d, { x: 0, y: 0, w: 500, h: 400 })).toContain('fill="#f3c6c0"');
  });
});
