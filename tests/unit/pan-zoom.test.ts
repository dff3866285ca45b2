import { describe, expect, it } from 'vitest';
import { SCALE_EXTENT, zoomAround } from '../../src/client/pan-zoom';

describe('zoomAround', () => {
  it('keeps the point under the pointer where it was', () => {
    const t = zoomAround({ k: 1, x: 0, y: 0 }, 2, 100, 50);
    expect(t).toEqual({ k: 2, x: -100, y: -50 });
    // (100, 50) in drawing units maps to itself: 100 * 2 - 100 = 100.
    expect(100 * t.k + t.x).toBe(100);
  });
  it('stays within the scale extent', () => {
    expect(zoomAround({ k: 5, x: 0, y: 0 }, 10, 0, 0).k).toBe(SCALE_EXTENT[1]);
    expect(zoomAround({ k: 1, x: 0, y: 0 }, 0.01, 0, 0).k).toBe(SCALE_EXTENT[0]);
  });
});
