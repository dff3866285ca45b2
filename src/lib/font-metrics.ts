/**
 * Advance widths read from a WOFF 1.0 font file: enough of the format (table directory, zlib,
 * head, hhea, hmtx, cmap formats 4 and 12) to build the diagram's label width table
 * (scripts/label-widths.ts) and to test that the committed table still matches the font.
 */
import { inflateSync } from 'node:zlib';

export interface FontMetrics {
  unitsPerEm: number;
  /** Advance width in font units of the glyph for a code point; undefined if the font lacks it. */
  advance(codePoint: number): number | undefined;
}

function tables(buf: Uint8Array): Map<string, DataView> {
  const dv = new DataView(buf.buffer, buf.byteOffset, buf.byteLength);
  if (dv.getUint32(0) !== 0x774f4646) throw new Error('not a WOFF 1.0 file (signature wOFF)');
  const out = new Map<string, DataView>();
  for (let i = 0; i < dv.getUint16(12); i++) {
    const o = 44 + i * 20;
    const tag = String.fromCharCode(...buf.subarray(o, o + 4));
    const [offset, compLength, origLength] = [
      dv.getUint32(o + 4),
      dv.getUint32(o + 8),
      dv.getUint32(o + 12),
    ];
    const raw = buf.subarray(offset, offset + compLength);
    const data = compLength < origLength ? inflateSync(raw) : raw;
    out.set(tag, new DataView(data.buffer, data.byteOffset, data.byteLength));
  }
  return out;
}

/** Code point to glyph id, from the best Unicode cmap subtable (format 12, else format 4). */
function glyphMap(cmap: DataView): Map<number, number> {
  const map = new Map<number, number>();
  const subtables: { format: number; at: number }[] = [];
  for (let i = 0; i < cmap.getUint16(2); i++) {
    const platform = cmap.getUint16(4 + i * 8);
    const encoding = cmap.getUint16(6 + i * 8);
    const at = cmap.getUint32(8 + i * 8);
    if (platform === 0 || (platform === 3 && (encoding === 1 || encoding === 10)))
      subtables.push({ format: cmap.getUint16(at), at });
  }
  const best = subtables.find((s) => s.format === 12) ?? subtables.find((s) => s.format === 4);
  if (!best) throw new Error('the font has no Unicode cmap of format 4 or 12');
  const { at } = best;
  if (best.format === 12) {
    for (let g = 0; g < cmap.getUint32(at + 12); g++) {
      const o = at + 16 + g * 12;
      const [start, end, glyph] = [cmap.getUint32(o), cmap.getUint32(o + 4), cmap.getUint32(o + 8)];
      for (let c = start; c <= end; c++) map.set(c, glyph + c - start);
    }
    return map;
  }
  const segs = cmap.getUint16(at + 6) / 2;
  const ends = at + 14;
  const starts = ends + segs * 2 + 2;
  const deltas = starts + segs * 2;
  const offsets = deltas + segs * 2;
  for (let s = 0; s < segs; s++) {
    const [end, start] = [cmap.getUint16(ends + s * 2), cmap.getUint16(starts + s * 2)];
    const delta = cmap.getInt16(deltas + s * 2);
    const rangeOffset = cmap.getUint16(offsets + s * 2);
    for (let c = start; c <= end && c !== 0xffff; c++) {
      let glyph: number;
      if (rangeOffset === 0) glyph = (c + delta) & 0xffff;
      else {
        const g = cmap.getUint16(offsets + s * 2 + rangeOffset + (c - start) * 2);
        glyph = g === 0 ? 0 : (g + delta) & 0xffff;
      }
      if (glyph) map.set(c, glyph);
    }
  }
  return map;
}

export function readWoff(buf: Uint8Array): FontMetrics {
  const t = tables(buf);
  const need = (tag: string) => {
    const table = t.get(tag);
    if (!table) throw new Error(`the font has no ${tag} table`);
    return table;
  };
  const head = need('head');
  const hhea = need('hhea');
  const hmtx = need('hmtx');
  const glyphs = glyphMap(need('cmap'));
  const metrics = hhea.getUint16(34);
  const width = (glyph: number) => hmtx.getUint16(Math.min(glyph, metrics - 1) * 4);
  return {
    unitsPerEm: head.getUint16(18),
    advance: (cp) => {
      const g = glyphs.get(cp);
      return g === undefined ? undefined : width(g);
    },
  };
}
