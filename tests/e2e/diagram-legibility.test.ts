/**
 * The diagrams as the browser draws them, scored by src/lib/legibility.ts from the boxes the
 * browser gives: the who-backs-whom network at 1280 px and at 375 px (each width shows its own
 * form), with people shown too, and every actor's one-hop diagram. Also: the build's label width
 * table matches the widths the browser measures. On the fixture site, and the network on the real
 * site against the bar; the build itself also checks every real diagram (diagram-check.ts).
 */
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { launch } from './browser';
import { readDiagram } from './diagram-geometry';
import { legibility, legibilityText, type Legibility } from '../../src/lib/legibility';
import { textWidth } from '../../src/lib/text-width';

const base = inject('fixtureUrl');
let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => browser?.close());

/** The bar: nothing overlaps, nothing runs through a third actor, few crossings. */
function expectLegible(what: string, l: Legibility) {
  const msg = `${what}: ${legibilityText(l)}\n${l.problems.join('\n')}`;
  expect(l.labelLabel, msg).toBe(0);
  expect(l.labelShape, msg).toBe(0);
  expect(l.passThrough, msg).toBe(0);
  expect(l.relationRelation, msg).toBeLessThanOrEqual(12);
  expect(l.relationLabel, msg).toBeLessThanOrEqual(10);
}

const widthErrors: { text: string; estimate: number; browser: number }[] = [];

describe('the who-backs-whom network, measured in the browser', () => {
  for (const [width, selector] of [
    [1280, '#wbw'],
    [375, '#wbw-narrow'],
  ] as const) {
    it(`at ${width} px`, async () => {
      const page = await browser.newPage({ viewport: { width, height: 900 } });
      await page.goto(`${base}who-backs-whom/`);
      const drawn = await page.evaluate(readDiagram, selector);
      expect(drawn, `${selector} is not shown at ${width} px`).not.toBeNull();
      expect(await page.evaluate(readDiagram, width === 1280 ? '#wbw-narrow' : '#wbw')).toBeNull();
      expectLegible(`${selector} at ${width} px`, legibility(drawn!.input));
      for (const l of drawn!.labels)
        widthErrors.push({
          text: l.text,
          estimate: textWidth(l.text, l.size, l.bold ? 'bold' : 'regular'),
          browser: l.browser,
        });
      await page.close();
    });
  }

  // The real data too, as the bar is set for it (the fixture's drawing tests the code).
  for (const [width, selector] of [
    [1280, '#wbw'],
    [375, '#wbw-narrow'],
  ] as const) {
    it(`on the real site at ${width} px`, async () => {
      const page = await browser.newPage({ viewport: { width, height: 900 } });
      await page.goto(`${inject('baseUrl')}who-backs-whom/`);
      const drawn = await page.evaluate(readDiagram, selector);
      expect(drawn, `${selector} is not shown at ${width} px`).not.toBeNull();
      expectLegible(`real ${selector} at ${width} px`, legibility(drawn!.input));
      await page.close();
    });
  }

  it('with people shown, nothing overlaps and no line runs through a third actor', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    await page.goto(`${base}who-backs-whom/?people=1`);
    const l = legibility((await page.evaluate(readDiagram, '#wbw'))!.input);
    expect(
      l.labelLabel + l.labelShape + l.passThrough,
      legibilityText(l) + l.problems.join('\n'),
    ).toBe(0);
    await page.close();
  });
});

describe('every one-hop diagram, measured in the browser', () => {
  it('has its actor at the centre and reads cleanly', async () => {
    const ctx = await browser.newContext({
      javaScriptEnabled: false,
      viewport: { width: 375, height: 800 },
    });
    const page = await ctx.newPage();
    await page.goto(`${base}actors/`);
    const ids = await page
      .locator('main a[href*="actors/"]')
      .evaluateAll((as) => [
        ...new Set(
          as
            .map((a) => /actors\/([^/]+)\//.exec((a as HTMLAnchorElement).href)?.[1])
            .filter((x): x is string => !!x),
        ),
      ]);
    expect(ids.length).toBe(22); // every actor of the fixture
    let diagrams = 0;
    for (const id of ids) {
      await page.goto(`${base}actors/${id}/`);
      const drawn = await page.evaluate(readDiagram, '#one-hop');
      if (!drawn) continue;
      diagrams++;
      expectLegible(`one-hop diagram of ${id}`, legibility(drawn.input));
      // The actor sits at the centre of its drawing.
      const box = await page.$eval('#one-hop', (svg) => ({
        width: (svg as SVGSVGElement).viewBox.baseVal.width,
        height: (svg as SVGSVGElement).viewBox.baseVal.height,
      }));
      const me = drawn.input.shapes.find((s) => s.id === id)!;
      const [cx, cy] = [
        (me.polygon[0]![0] + me.polygon[2]![0]) / 2,
        (me.polygon[0]![1] + me.polygon[2]![1]) / 2,
      ];
      expect(Math.abs(cx - box.width / 2), `${id} off centre`).toBeLessThan(box.width * 0.12);
      expect(Math.abs(cy - box.height / 2), `${id} off centre`).toBeLessThan(box.height * 0.12);
      for (const l of drawn.labels)
        widthErrors.push({
          text: l.text,
          estimate: textWidth(l.text, l.size, l.bold ? 'bold' : 'regular'),
          browser: l.browser,
        });
    }
    expect(diagrams).toBeGreaterThanOrEqual(20);
    await ctx.close();
  });
});

describe('label widths', () => {
  it("the build's estimate matches the browser within 2 px for every label drawn", () => {
    expect(widthErrors.length).toBeGreaterThan(50);
    const off = widthErrors.filter((w) => Math.abs(w.estimate - w.browser) > 2);
    expect(off).toEqual([]);
  });
});
