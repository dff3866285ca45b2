/**
 * Pan and zoom for one diagram: buttons, Ctrl (or pinch-to-zoom trackpad) + wheel round the
 * pointer, and dragging with the primary button. About a tenth of the bytes of d3-zoom and its
 * dependencies, which this page shipped before: readers on slow phones pay for every byte at
 * start-up. Page scrolling and touch pinch stay the browser's (touch-action in network.css).
 */
export interface PanZoom {
  zoomBy(factor: number): void;
  reset(): void;
}

export const SCALE_EXTENT: [number, number] = [0.5, 6];

/** The transform after zooming by `factor` round the point (px, py), within the scale extent. */
export function zoomAround(
  t: { k: number; x: number; y: number },
  factor: number,
  px: number,
  py: number,
) {
  const k = Math.min(SCALE_EXTENT[1], Math.max(SCALE_EXTENT[0], t.k * factor));
  const f = k / t.k;
  return { k, x: px - (px - t.x) * f, y: py - (py - t.y) * f };
}

export function panZoom(svg: SVGSVGElement, viewport: SVGGElement): PanZoom {
  let t = { k: 1, x: 0, y: 0 };
  const draw = () =>
    viewport.setAttribute(
      'transform',
      t.k === 1 && !t.x && !t.y ? '' : `translate(${t.x},${t.y}) scale(${t.k})`,
    );
  /** A client point in the drawing's own units. */
  const local = (cx: number, cy: number) => {
    const m = svg.getScreenCTM();
    if (!m) return { x: 0, y: 0 };
    const p = new DOMPoint(cx, cy).matrixTransform(m.inverse());
    return { x: p.x, y: p.y };
  };
  svg.addEventListener(
    'wheel',
    (e) => {
      if (!e.ctrlKey) return; // without Ctrl the wheel scrolls the page
      e.preventDefault();
      const p = local(e.clientX, e.clientY);
      t = zoomAround(t, Math.pow(2, -e.deltaY * (e.deltaMode ? 0.05 : 0.002)), p.x, p.y);
      draw();
    },
    { passive: false },
  );

  let drag: { id: number; x: number; y: number; moved: boolean } | undefined;
  svg.addEventListener('pointerdown', (e) => {
    if (e.button !== 0 || e.pointerType === 'touch') return;
    drag = { id: e.pointerId, x: e.clientX, y: e.clientY, moved: false };
  });
  svg.addEventListener('pointermove', (e) => {
    if (!drag || e.pointerId !== drag.id) return;
    const a = local(drag.x, drag.y);
    const b = local(e.clientX, e.clientY);
    if (!drag.moved && Math.hypot(e.clientX - drag.x, e.clientY - drag.y) < 4) return;
    if (!drag.moved) svg.setPointerCapture(e.pointerId);
    drag.moved = true;
    t = { ...t, x: t.x + (b.x - a.x), y: t.y + (b.y - a.y) };
    drag.x = e.clientX;
    drag.y = e.clientY;
    draw();
  });
  const end = (e: PointerEvent) => {
    if (!drag || e.pointerId !== drag.id) return;
    // A drag is not a click on whatever it started on.
    if (drag.moved)
      svg.addEventListener(
        'click',
        (c) => {
          c.preventDefault();
          c.stopImmediatePropagation();
        },
        { capture: true, once: true },
      );
    drag = undefined;
  };
  svg.addEventListener('pointerup', end);
  svg.addEventListener('pointercancel', end);

  const centre = () => {
    const box = svg.viewBox.baseVal;
    return { x: box.x + box.width / 2, y: box.y + box.height / 2 };
  };
  return {
    zoomBy(factor) {
      const c = centre();
      t = zoomAround(t, factor, c.x, c.y);
      draw();
    },
    reset() {
      t = { k: 1, x: 0, y: 0 };
      draw();
    },
  };
}
