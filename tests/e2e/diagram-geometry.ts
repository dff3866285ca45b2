/**
 * Reads a drawn diagram's geometry from the browser, as src/lib/legibility.ts takes it: pills as
 * shapes, the text boxes the browser gives the labels (and camp titles and counts), every shown
 * line sampled along its path. Passed to page.evaluate, so it must stay self-contained.
 * Used by tests/e2e/diagram-legibility.test.ts and by `npm run bench`.
 */
import type { LegibilityInput } from '../../src/lib/legibility';

export interface BrowserLabel {
  text: string;
  browser: number;
  size: number;
  bold: boolean;
}

export function readDiagram(
  selector: string,
): { input: LegibilityInput; labels: BrowserLabel[] } | null {
  const svg = document.querySelector<SVGSVGElement>(selector);
  if (!svg || svg.getBoundingClientRect().width === 0) return null;
  const shown = (el: Element) =>
    getComputedStyle(el).display !== 'none' &&
    !el.closest('.is-hidden') &&
    (el as SVGGraphicsElement).getBBox().width > 0;
  const offset = (a: Element): [number, number] => {
    const m = /translate\(([-\d.]+),([-\d.]+)\)/.exec(a.getAttribute('transform') ?? '');
    return m ? [Number(m[1]), Number(m[2])] : [0, 0];
  };
  const input: LegibilityInput = { shapes: [], labels: [], lines: [] };
  const labels: BrowserLabel[] = [];
  for (const a of svg.querySelectorAll<SVGAElement>('[data-node]')) {
    if (!shown(a)) continue;
    const id = a.dataset['node']!;
    const [tx, ty] = offset(a);
    const r = a.querySelector('rect')!.getBBox();
    input.shapes.push({
      id,
      polygon: [
        [tx + r.x, ty + r.y],
        [tx + r.x + r.width, ty + r.y],
        [tx + r.x + r.width, ty + r.y + r.height],
        [tx + r.x, ty + r.y + r.height],
      ],
    });
    const text = a.querySelector('text')!;
    const t = text.getBBox();
    input.labels.push({
      id,
      owner: id,
      box: { x: tx + t.x, y: ty + t.y, w: t.width, h: t.height },
    });
    const style = getComputedStyle(text);
    const lines = text.querySelectorAll('tspan').length
      ? [...text.querySelectorAll('tspan')]
      : [text];
    for (const line of lines) {
      labels.push({
        text: line.textContent ?? '',
        browser: (line as SVGTextContentElement).getComputedTextLength(),
        size: parseFloat(style.fontSize),
        bold: Number(style.fontWeight) >= 600,
      });
    }
  }
  for (const t of svg.querySelectorAll<SVGTextElement>('.camp-title')) {
    const b = t.getBBox();
    input.labels.push({
      id: `camp ${t.textContent}`,
      owner: `camp:${t.textContent}`,
      box: { x: b.x, y: b.y, w: b.width, h: b.height },
    });
  }
  for (const a of svg.querySelectorAll<SVGAElement>('[data-pair]')) {
    if (!shown(a)) continue;
    const id = a.dataset['pair']!;
    const path = a.querySelector<SVGPathElement>('.edge-line')!;
    const length = path.getTotalLength();
    const steps = Math.max(2, Math.ceil(length / 8));
    const points: [number, number][] = [];
    for (let i = 0; i <= steps; i++) {
      const p = path.getPointAtLength((length * i) / steps);
      points.push([p.x, p.y]);
    }
    const [from, to] = id.split('>') as [string, string];
    input.lines.push({ id, from, to, points });
    const badge = a.querySelector('.badge');
    if (badge && shown(badge)) {
      const b = (badge as SVGGElement).getBBox();
      input.labels.push({
        id: `${id} (count)`,
        owner: id,
        box: { x: b.x, y: b.y, w: b.width, h: b.height },
      });
    }
  }
  return { input, labels };
}
