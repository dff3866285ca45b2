/**
 * WOFF 1.0 to a plain OpenType (sfnt) file. The fonts the build draws text with come from
 * @fontsource packages, which ship WOFF and WOFF2 only, and HarfBuzz reads sfnt only. WOFF 1.0 is
 * the sfnt's tables, each zlib-compressed when that made it smaller (W3C WOFF 1.0, section 4):
 * inflating them and writing a table directory gives the original font back.
 */
import { inflateSync } from 'node:zlib';

export function woffToSfnt(woff: Uint8Array): Uint8Array {
  const dv = new DataView(woff.buffer, woff.byteOffset, woff.byteLength);
  if (dv.getUint32(0) !== 0x774f4646) throw new Error('not a WOFF 1.0 file (signature wOFF)');
  const flavor = dv.getUint32(4);
  const count = dv.getUint16(12);
  const tables = Array.from({ length: count }, (_, i) => {
    const o = 44 + i * 20;
    const [offset, compLength, origLength, checksum] = [
      dv.getUint32(o + 4),
      dv.getUint32(o + 8),
      dv.getUint32(o + 12),
      dv.getUint32(o + 16),
    ];
    const raw = woff.subarray(offset, offset + compLength);
    const data = compLength < origLength ? inflateSync(raw) : raw;
    if (data.length !== origLength)
      throw new Error('a WOFF table does not inflate to its stated length');
    return { tag: dv.getUint32(o), checksum, data };
  });
  const headerSize = 12 + 16 * count;
  const size = tables.reduce((n, t) => n + ((t.data.length + 3) & ~3), headerSize);
  const out = new Uint8Array(size);
  const ov = new DataView(out.buffer);
  // The binary-search fields of the sfnt header (OpenType, "Table directory").
  const log2 = Math.floor(Math.log2(count));
  ov.setUint32(0, flavor);
  ov.setUint16(4, count);
  ov.setUint16(6, 16 * 2 ** log2);
  ov.setUint16(8, log2);
  ov.setUint16(10, 16 * count - 16 * 2 ** log2);
  let at = headerSize;
  tables.forEach((t, i) => {
    const o = 12 + i * 16;
    ov.setUint32(o, t.tag);
    ov.setUint32(o + 4, t.checksum);
    ov.setUint32(o + 8, at);
    ov.setUint32(o + 12, t.data.length);
    out.set(t.data, at);
    at += (t.data.length + 3) & ~3;
  });
  return out;
}
