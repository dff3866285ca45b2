/** The who-backs-whom page: static without JavaScript, and every enhancement with it (on the fixture site). */
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { pathToFileURL } from 'node:url';
import { resolve } from 'node:path';
import { axe, launch, watchErrors } from './browser';

const url = `${inject('fixtureUrl')}who-backs-whom/`;
let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => browser?.close());

async function open(query = ''): Promise<{ page: Page; errors: string[] }> {
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  const errors = watchErrors(page);
  await page.goto(url + query);
  return { page, errors };
}
/** Rows the filters leave in the table, whichever view is showing. */
const visibleRows = (page: Page) => page.locator('.relation-table tbody tr:not([hidden])').count();

describe('without JavaScript', () => {
  it('shows the whole diagram, the matrix and the table', async () => {
    const ctx = await browser.newContext({ javaScriptEnabled: false });
    const page = await ctx.newPage();
    await page.goto(url);
    const rows = await page.locator('.relation-table tbody tr').count();
    expect(rows).toBe(23); // every relation of the fixture
    // Every relation is on a line of the network (lines bundle the relations of one pair).
    const ids = await page
      .locator('.relation-table tbody tr')
      .evaluateAll((trs) => trs.map((tr) => (tr as HTMLElement).dataset['edge']!));
    const drawn = new Set(
      (
        await page
          .locator('#wbw [data-edges]')
          .evaluateAll((as) => as.map((a) => (a as HTMLElement).dataset['edges']!))
      ).flatMap((e) => e.split(' ')),
    );
    expect(ids.filter((id) => !drawn.has(id))).toEqual([]);
    expect(await page.locator('#wbw [data-node]').count()).toBe(22); // every actor, people folded
    expect(await page.locator('.matrix a[data-edge]').count()).toBe(rows);
    // The views are tab panels in the HTML itself, not only once the script has run.
    for (const id of ['network', 'matrix', 'table'])
      expect(await page.getAttribute(`#${id}`, 'role')).toBe('tabpanel');
    // People are folded by default; the wide drawing shows at 1280 px.
    expect(await page.locator('#wbw .layer-people').first().isVisible()).toBe(false);
    expect(await page.locator('#wbw').isVisible()).toBe(true);
    expect(await page.locator('#wbw-narrow').isVisible()).toBe(false);
    for (const id of ['#network', '#matrix', '#table'])
      expect(await page.locator(id).isVisible()).toBe(true);
    expect(await page.locator('#graph-controls').isVisible()).toBe(false);
    expect(await page.locator('[role=tablist]').isVisible()).toBe(false);
    await ctx.close();
  });
});

describe('with JavaScript', () => {
  it('runs without errors and passes axe in every view and with details open', async () => {
    const { page, errors } = await open();
    const failures: string[] = [];
    const check = async (what: string) => {
      for (const v of await axe(page))
        failures.push(
          `${what}: ${v.id}: ${v.help} at ${v.nodes
            .slice(0, 2)
            .map((n) => n.target.join(' '))
            .join(', ')}`,
        );
    };
    await check('network');
    await page.click('#wbw [data-node="hts"]');
    await check('details open');
    await page.keyboard.press('Escape');
    await page.check('#show-people');
    await check('people shown');
    await page.uncheck('#show-people');
    for (const view of ['matrix', 'table']) {
      await page.click(`#tab-${view}`);
      await check(view);
    }
    expect(failures).toEqual([]);
    expect(errors).toEqual([]);
  });

  it('keyboard: Tab reaches the diagram, arrows move, Enter opens details, Escape closes', async () => {
    const { page } = await open();
    await page.locator('#wbw [data-node][tabindex="0"]').focus();
    const first = await page.evaluate(
      () => (document.activeElement as HTMLElement).dataset['node'],
    );
    // Only one node is in the Tab order (roving tabindex).
    expect(await page.locator('#wbw [data-node][tabindex="0"]').count()).toBe(1);
    let moved = false;
    for (const key of ['ArrowRight', 'ArrowDown', 'ArrowLeft', 'ArrowUp']) {
      await page.keyboard.press(key);
      const now = await page.evaluate(
        () => (document.activeElement as HTMLElement).dataset['node'],
      );
      if (now && now !== first) {
        moved = true;
        break;
      }
    }
    expect(moved).toBe(true);
    const focused = await page.evaluate(
      () => (document.activeElement as HTMLElement).dataset['node']!,
    );
    await page.keyboard.press('Enter');
    await expect(page.locator('#details').isVisible()).resolves.toBe(true);
    expect(page.url()).toBe(url);
    await page.keyboard.press('Escape');
    await expect(page.locator('#details').isVisible()).resolves.toBe(false);
    expect(await page.evaluate(() => (document.activeElement as HTMLElement).dataset['node'])).toBe(
      focused,
    );
  });

  it('one line per pair: its count and its details list every relation with grade, claimant and citations', async () => {
    const { page } = await open();
    const line = page.locator('#wbw [data-pair="turkey>national-front-for-liberation"]');
    const count = (await line.getAttribute('data-edges'))!.split(' ').length;
    expect(count).toBeGreaterThan(1);
    expect(await line.locator('.badge text').textContent()).toBe(String(count));
    await line.locator('.edge-hit').dispatchEvent('click');
    const panel = page.locator('#details');
    await expect(panel.isVisible()).resolves.toBe(true);
    expect(await panel.locator('.panel-part').count()).toBe(count);
    const text = (await panel.textContent()) ?? '';
    expect(text).toContain(`${count} relations`);
    expect(text).toContain('Alleged');
    expect(text).toMatch(/Claimed by/);
    expect(await panel.locator('a[href*="sources/#"]').count()).toBeGreaterThan(0);
    expect(
      await panel
        .locator('a[href*="relations/turkey--arms-supply--national-front-for-liberation/"]')
        .count(),
    ).toBe(1);
    // Filtering one of them away lowers the count on the line.
    await page.click('#graph-controls summary');
    await page.uncheck('input[name=type][value=arms-supply]');
    expect(await line.locator('.badge text').textContent()).toBe(String(count - 1));
  });

  it('shows people as actors of their own on request, and keeps that in the URL', async () => {
    const { page } = await open();
    const person = page.locator('#wbw [data-node="bashar-al-assad"]');
    expect(await person.isVisible()).toBe(false);
    await page.check('#show-people');
    expect(await person.isVisible()).toBe(true);
    // (a level line has no height, so "visible" is asked of its style)
    expect(
      await page.$eval(
        '#wbw [data-pair="bashar-al-assad>syrian-government"]',
        (a) => getComputedStyle(a).display,
      ),
    ).not.toBe('none');
    expect(page.url()).toContain('people=1');
    const again = await open('?people=1');
    expect(await again.page.locator('#wbw [data-node="bashar-al-assad"]').isVisible()).toBe(true);
    expect(await again.page.isChecked('#show-people')).toBe(true);
  });

  it('zooms with the buttons and resets', async () => {
    const { page } = await open();
    await page.click('[data-zoom="in"]');
    expect(await page.getAttribute('#wbw .viewport', 'transform')).toMatch(/scale\(1\.4\)/);
    await page.click('[data-zoom="reset"]');
    expect(await page.getAttribute('#wbw .viewport', 'transform')).toBe('');
  });

  it('the disabled date slider looks disabled', async () => {
    const { page } = await open();
    await page.click('#graph-controls summary');
    const look = () =>
      page.$eval('#asof', (el) => {
        const s = getComputedStyle(el);
        return { opacity: Number(s.opacity), cursor: s.cursor };
      });
    const off = await look();
    expect(off.opacity).toBeLessThan(0.7);
    expect(off.cursor).toBe('not-allowed');
    await page.check('#dated');
    expect((await look()).opacity).toBe(1);
  });

  it('filters by grade and type change what every view shows, and the URL keeps them', async () => {
    const { page } = await open();
    const all = await visibleRows(page);
    await page.click('#graph-controls summary'); // the filters start folded
    await page.uncheck('input[name=grade][value=alleged]');
    const noAlleged = await visibleRows(page);
    expect(noAlleged).toBeLessThan(all);
    expect(await page.locator('#wbw [data-pair].grade-alleged:visible').count()).toBe(0);
    expect(page.url()).toMatch(/grade=[a-z,]+/);
    expect(page.url()).not.toMatch(/alleged/);
    await page.uncheck('input[name=type][value=leadership]');
    expect(await visibleRows(page)).toBeLessThan(noAlleged);
    expect(page.url()).toContain('type=');
    await page.click('#reset');
    await page.waitForFunction(
      (n) => document.querySelectorAll('.relation-table tbody tr:not([hidden])').length === n,
      all,
    );
  });

  it('the date control shows the relations in force on a chosen date', async () => {
    const { page } = await open();
    const all = await visibleRows(page);
    await page.click('#graph-controls summary'); // the filters start folded
    await page.check('#dated');
    await page.evaluate(() => {
      const r = document.querySelector<HTMLInputElement>('#asof')!;
      const first = r.dataset['first']!;
      r.value = String((2016 - Number(first.slice(0, 4))) * 12 + 5);
      r.dispatchEvent(new Event('input', { bubbles: true }));
    });
    expect(page.url()).toContain('asof=2016-06');
    const in2016 = await visibleRows(page);
    expect(in2016).toBeGreaterThan(0);
    expect(in2016).toBeLessThan(all);
    // The 2019 allegation about Turkish missiles is not in force in 2016.
    expect(
      await page.getAttribute(
        'tr[data-edge="turkey--arms-supply--national-front-for-liberation"]',
        'hidden',
      ),
    ).not.toBeNull();
    expect(await page.locator('#asof-label').textContent()).toBe('June 2016');
  });

  it('restores state from the URL: focus, grade and view', async () => {
    const { page } = await open('?view=table&focus=hts&grade=confirmed,reported');
    expect(await page.locator('#table').isVisible()).toBe(true);
    expect(await page.locator('#network').isVisible()).toBe(false);
    expect(await page.inputValue('#focus')).toBe('hts');
    expect(await page.getAttribute('#graph-controls', 'open')).not.toBeNull();
    expect(await page.isChecked('input[name=grade][value=alleged]')).toBe(false);
    const rows = await page
      .locator('.relation-table tbody tr:visible')
      .evaluateAll((trs) =>
        trs.map((tr) => [(tr as HTMLElement).dataset['from'], (tr as HTMLElement).dataset['to']]),
      );
    expect(rows.length).toBeGreaterThan(0);
    for (const [from, to] of rows) expect(from === 'hts' || to === 'hts').toBe(true);
    expect(page.url()).toContain('focus=hts');
    expect(page.url()).toContain('view=table');
  });

  it('sorts the table by a column, both ways', async () => {
    const { page } = await open('?view=table');
    await page.click('.relation-table th[data-col="4"] button');
    const grades = () => page.locator('.relation-table tbody tr td:nth-child(5)').allTextContents();
    const asc = await grades();
    expect(asc).toEqual([...asc].sort((a, b) => a.localeCompare(b)));
    expect(await page.getAttribute('.relation-table th[data-col="4"]', 'aria-sort')).toBe(
      'ascending',
    );
    await page.click('.relation-table th[data-col="4"] button');
    expect(await page.getAttribute('.relation-table th[data-col="4"]', 'aria-sort')).toBe(
      'descending',
    );
  });
});

describe('on a phone (375 px)', () => {
  it('without JavaScript: the column form, labels of at least 12 CSS px, the other form hidden', async () => {
    const ctx = await browser.newContext({
      javaScriptEnabled: false,
      viewport: { width: 375, height: 800 },
    });
    const page = await ctx.newPage();
    await page.goto(url);
    expect(await page.locator('#wbw-narrow').isVisible()).toBe(true);
    expect(await page.locator('#wbw').isVisible()).toBe(false);
    const sizes = await page.locator('#wbw-narrow .node text').evaluateAll((ts) =>
      ts.map((t) => {
        const svg = (t as SVGTextElement).ownerSVGElement!;
        const scale = svg.getBoundingClientRect().width / svg.viewBox.baseVal.width;
        return parseFloat(getComputedStyle(t).fontSize) * scale;
      }),
    );
    expect(sizes.length).toBeGreaterThan(15);
    expect(Math.min(...sizes)).toBeGreaterThanOrEqual(12);
    // The same from disk, as an offline reader opens it.
    await page.goto(
      pathToFileURL(resolve(inject('fixtureDist'), 'who-backs-whom/index.html')).href,
    );
    expect(await page.locator('#wbw-narrow').isVisible()).toBe(true);
    expect(await page.locator('#wbw-narrow [data-node]').count()).toBeGreaterThan(15);
    await ctx.close();
  });

  it('with JavaScript: selecting an actor opens its details in view, Escape returns to it', async () => {
    const page = await browser.newPage({ viewport: { width: 375, height: 800 } });
    await page.goto(url);
    const node = page.locator('#wbw-narrow [data-node="hts"]');
    await node.click();
    const top = await page.$eval('#details', (el) => el.getBoundingClientRect().top);
    expect(top).toBeGreaterThan(-1); // sub-pixel rounding
    expect(top).toBeLessThan(800 / 2);
    await page.keyboard.press('Escape');
    expect(await page.evaluate(() => (document.activeElement as HTMLElement).dataset['node'])).toBe(
      'hts',
    );
    expect(await page.locator('#wbw-narrow [data-node][tabindex="0"]').count()).toBe(1);
  });
});
