/**
 * Text the build draws (social images, the home page's miniature network) as glyph outlines, not
 * SVG <text>: shaped by HarfBuzz (harfbuzzjs) from font files in npm packages, so the images look
 * the same on every machine, need no fonts installed (CI has none), and Arabic comes out joined,
 * with its ligatures, marks and right-to-left order. Build-time only: nothing here reaches the
 * browser. Outlines rather than <text> because the rasteriser (librsvg) and an <img> both draw
 * <text> with whatever fonts the machine has, and an <img> can load no web font: a reader without
 * Arabic fonts, or CI without any fonts, would get boxes or unjoined letters.
 *
 * A line goes through the Unicode bidirectional algorithm (bidi-js), is cut into runs of one
 * embedding level and one font, each run shaped in its direction with the whole line as context,
 * and the runs put in visual order (UAX #9, rule L2). Glyphs are defined once per document in
 * <defs> and placed with <use>, which keeps a page of labels small.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import * as hb from 'harfbuzzjs';
import bidiFactory from 'bidi-js';
import { woffToSfnt } from './woff';

/** `sans`: the social images' text (DejaVu Sans, as they always had); `label`: diagram labels (Arimo, the metrics label widths are computed with). */
export type Face = 'sans' | 'label';
export interface TextStyle {
  face: Face;
  size: number;
  bold?: boolean | undefined;
}

interface LoadedFont {
  /** Short, stable key used in glyph ids. */
  key: string;
  font: hb.Font;
  upem: number;
  /** Features for this font's runs: labels keep Arial metrics, so no kerning or ligatures. */
  features: hb.Feature[];
  has(cp: number): boolean;
}

const require = createRequire(import.meta.url);

/** Each face's fonts by weight, Latin first, then Arabic: OFL / Bitstream Vera licensed, from npm. */
const FILES: Record<
  Face,
  Record<'regular' | 'bold', { key: string; file: string; plain?: boolean }[]>
> = {
  sans: {
    regular: [
      { key: 'd', file: '@fontsource/dejavu-sans/files/dejavu-sans-latin-400-normal.woff' },
      {
        key: 'n',
        file: '@fontsource/noto-sans-arabic/files/noto-sans-arabic-arabic-400-normal.woff',
      },
    ],
    bold: [
      { key: 'D', file: '@fontsource/dejavu-sans/files/dejavu-sans-latin-700-normal.woff' },
      {
        key: 'N',
        file: '@fontsource/noto-sans-arabic/files/noto-sans-arabic-arabic-700-normal.woff',
      },
    ],
  },
  label: {
    regular: [
      { key: 'a', file: '@fontsource/arimo/files/arimo-latin-400-normal.woff', plain: true },
      { key: 'e', file: '@fontsource/arimo/files/arimo-latin-ext-400-normal.woff', plain: true },
      {
        key: 'n',
        file: '@fontsource/noto-sans-arabic/files/noto-sans-arabic-arabic-400-normal.woff',
      },
    ],
    bold: [
      { key: 'A', file: '@fontsource/arimo/files/arimo-latin-700-normal.woff', plain: true },
      { key: 'E', file: '@fontsource/arimo/files/arimo-latin-ext-700-normal.woff', plain: true },
      {
        key: 'N',
        file: '@fontsource/noto-sans-arabic/files/noto-sans-arabic-arabic-700-normal.woff',
      },
    ],
  },
};

const loaded = new Map<string, LoadedFont>();

/** A HarfBuzz feature from its string form (a fixed one of ours: HarfBuzz reads it or we stop). */
function feature(text: string): hb.Feature {
  const f = hb.Feature.fromString(text);
  if (!f) throw new Error(`HarfBuzz does not read the feature "${text}"`);
  return f;
}

function load(key: string, file: string, plain: boolean): LoadedFont {
  const id = `${key}:${file}`;
  let f = loaded.get(id);
  if (!f) {
    const face = new hb.Face(new hb.Blob(woffToSfnt(readFileSync(require.resolve(file)))));
    const font = new hb.Font(face);
    const unicodes = new Set(face.collectUnicodes());
    f = {
      key,
      font,
      upem: face.upem,
      features: plain ? ['-kern', '-liga', '-clig'].map(feature) : [],
      has: (cp) => unicodes.has(cp),
    };
    loaded.set(id, f);
  }
  return f;
}

function fonts(style: TextStyle): LoadedFont[] {
  return FILES[style.face][style.bold ? 'bold' : 'regular'].map(({ key, file, plain }) =>
    load(key, file, plain ?? false),
  );
}

/** Arabic-script code points (Arabic, Supplement, Extended-A/B, Presentation Forms A/B). */
function isArabic(cp: number): boolean {
  return (
    (cp >= 0x600 && cp <= 0x6ff) ||
    (cp >= 0x750 && cp <= 0x77f) ||
    (cp >= 0x870 && cp <= 0x8ff) ||
    (cp >= 0xfb50 && cp <= 0xfdff) ||
    (cp >= 0xfe70 && cp <= 0xfeff)
  );
}

const bidi = bidiFactory();

export interface PlacedGlyph {
  id: number;
  x: number;
  y: number;
}
export interface ShapedRun {
  font: LoadedFont;
  /** px from the line's left edge */ x: number;
  rtl: boolean;
  glyphs: PlacedGlyph[];
  /** px */ width: number;
}
export interface ShapedLine {
  width: number;
  runs: ShapedRun[];
}

/** Which font draws each UTF-16 unit: Arabic script from the Arabic font, the rest from the Latin
 * font; spaces, punctuation and marks stay with the run they are in when that font has them. */
function fontIndices(text: string, list: LoadedFont[]): number[] {
  const arabic = list.findIndex((f) => f.key.toLowerCase() === 'n');
  const out: number[] = [];
  let prev = -1;
  for (let i = 0; i < text.length; i++) {
    const cp = text.codePointAt(i);
    if (cp === undefined) break;
    const strong = /[\p{L}\p{N}]/u.test(String.fromCodePoint(cp));
    let pick: number;
    if (isArabic(cp) && list[arabic]?.has(cp)) pick = arabic;
    else if (!strong && list[prev]?.has(cp)) pick = prev;
    else {
      pick = list.findIndex((f, j) => j !== arabic && f.has(cp));
      if (pick < 0) pick = list.findIndex((f) => f.has(cp));
      // No font has it (an emoji, another script): the first font's empty box, visibly missing.
      if (pick < 0) pick = 0;
    }
    out.push(pick);
    if (cp > 0xffff) {
      out.push(pick);
      i++;
    }
    prev = pick;
  }
  return out;
}

/** Shapes one line of text (no line breaks) in a style; `dir` is the paragraph direction. */
export function shapeLine(
  text: string,
  style: TextStyle,
  dir: 'ltr' | 'rtl' | 'auto' = 'auto',
): ShapedLine {
  const list = fonts(style);
  const { levels } = bidi.getEmbeddingLevels(text, dir);
  const fontOf = fontIndices(text, list);
  // Logical runs of one level and one font.
  const logical: { start: number; end: number; level: number; font: number }[] = [];
  for (let i = 0; i < text.length; i++) {
    const last = logical.at(-1);
    const level = levels[i];
    const font = fontOf[i];
    if (level === undefined || font === undefined)
      throw new Error(`no bidi level or font for unit ${i} of "${text}"`);
    if (last && last.level === level && last.font === font) last.end = i + 1;
    else logical.push({ start: i, end: i + 1, level, font });
  }
  // UAX #9 rule L2: from the highest level down to the lowest odd one, reverse every maximal
  // sequence of runs at that level or higher.
  const visual = [...logical];
  const max = Math.max(0, ...visual.map((r) => r.level));
  const minOdd = Math.min(...visual.map((r) => r.level).filter((l) => l % 2 === 1), Infinity);
  for (let level = max; level >= minOdd && level > 0; level--) {
    for (let i = 0; i < visual.length;) {
      if ((visual[i]?.level ?? 0) < level) {
        i++;
        continue;
      }
      // The sequence runs from i to the next run below the level, or the end.
      const below = visual.findIndex((r, k) => k > i && r.level < level);
      const j = below < 0 ? visual.length : below;
      visual.splice(i, j - i, ...visual.slice(i, j).reverse());
      i = j;
    }
  }
  let x = 0;
  const runs = visual.map((r) => {
    const f = list[r.font];
    if (!f) throw new Error(`no font ${r.font} for "${text}"`);
    const rtl = r.level % 2 === 1;
    const buffer = new hb.Buffer();
    // The whole line goes in as context, so letters join across a change of font or level.
    buffer.addText(text, r.start, r.end - r.start);
    buffer.setDirection(rtl ? hb.Direction.RTL : hb.Direction.LTR);
    buffer.guessSegmentProperties();
    hb.shape(f.font, buffer, f.features);
    const infos = buffer.getGlyphInfos();
    const positions = buffer.getGlyphPositions();
    let pen = 0;
    const glyphs = infos.map((g, k) => {
      const p = positions[k];
      if (!p) throw new Error(`HarfBuzz gave glyph ${k} of "${text}" no position`);
      const placed = { id: g.codepoint, x: pen + p.xOffset, y: p.yOffset };
      pen += p.xAdvance;
      return placed;
    });
    const width = (pen * style.size) / f.upem;
    const run = { font: f, x, rtl, glyphs, width };
    x += width;
    return run;
  });
  return { width: x, runs };
}

/** Width in px of one line of text. */
export function measure(text: string, style: TextStyle): number {
  return shapeLine(text, style).width;
}

/** Greedy word wrap to at most `lines` lines no wider than `width` px, an ellipsis when cut. */
export function wrapToWidth(
  text: string,
  style: TextStyle,
  width: number,
  lines: number,
): string[] {
  const out: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const next = line ? `${line} ${word}` : word;
    if (line && measure(next, style) > width) {
      out.push(line);
      line = word;
    } else line = next;
  }
  if (line) out.push(line);
  if (out.length <= lines) return out;
  const kept = out.slice(0, lines);
  let last = kept.pop();
  if (last === undefined) return kept;
  while (last.includes(' ') && measure(`${last}…`, style) > width)
    last = last.slice(0, last.lastIndexOf(' '));
  kept.push(`${last}…`);
  return kept;
}

const num = (v: number, places = 2) => String(Number(v.toFixed(places)));

/** Numbers joined as SVG path data wants them at their shortest: a minus sign separates too. */
const pathNumbers = (values: number[]) =>
  values.map((v, i) => (i > 0 && v >= 0 ? ` ${v}` : String(v))).join('');

/**
 * A glyph's outline on a grid of `grid` units to the em, as relative path data. Absolute points
 * are rounded first and the differences taken after, so rounding never accumulates.
 */
function glyphPath(font: LoadedFont, glyph: number, grid: number): string {
  const k = grid / font.upem;
  let [x, y] = [0, 0];
  let out = '';
  for (const { type, values } of font.font.glyphToJson(glyph)) {
    if (type === 'Z') {
      out += 'z';
      continue;
    }
    const rel: number[] = [];
    let [lx, ly] = [x, y];
    for (let i = 0; i + 1 < values.length; i += 2) {
      const [vx = 0, vy = 0] = values.slice(i, i + 2);
      const [px, py] = [Math.round(vx * k), Math.round(vy * k)];
      rel.push(px - x, py - y);
      [lx, ly] = [px, py];
    }
    // Control points are relative to the segment's start, as in SVG's relative commands.
    [x, y] = [lx, ly];
    const cmd = type.toLowerCase();
    if (cmd === 'l' && rel[1] === 0) out += `h${rel[0]}`;
    else if (cmd === 'l' && rel[0] === 0) out += `v${rel[1]}`;
    else out += cmd + pathNumbers(rel);
  }
  return out;
}

/**
 * The glyphs one SVG document uses, each defined once, on a grid of `grid` units to the em: 256
 * is finer than a twentieth of a pixel for a 13 px label, 1024 for a 68 px title.
 */
export class GlyphDefs {
  private readonly paths = new Map<string, string>();
  constructor(readonly grid = 1024) {}

  /** The id of a glyph's definition, or undefined for a glyph with no outline (a space). */
  ref(font: LoadedFont, glyph: number): string | undefined {
    const id = `g${font.key}${glyph}`;
    if (!this.paths.has(id)) this.paths.set(id, glyphPath(font, glyph, this.grid));
    return this.paths.get(id) ? id : undefined;
  }

  /** The <defs> element, glyphs in a stable order (so two builds give the same bytes). */
  svg(): string {
    const ids = [...this.paths.keys()].filter((id) => this.paths.get(id)).sort();
    return ids.length
      ? `<defs>${ids.map((id) => `<path id="${id}" d="${this.paths.get(id)}"/>`).join('')}</defs>`
      : '';
  }
}

export interface Placement {
  x: number;
  y: number;
  anchor?: 'start' | 'end' | undefined;
  dir?: 'ltr' | 'rtl' | 'auto' | undefined;
  attrs?: string | undefined;
}

/**
 * One line of text as SVG: a group of glyph <use>s with its baseline at `y`, starting at `x`
 * (anchor start) or ending there (anchor end). `attrs` go on the group (fill, class).
 */
export function outlineText(
  defs: GlyphDefs,
  text: string,
  style: TextStyle,
  { x, y, anchor = 'start', dir = 'auto', attrs = '' }: Placement,
): string {
  const line = shapeLine(text, style, dir);
  const left = anchor === 'end' ? x - line.width : x;
  const s = style.size / defs.grid;
  const uses: string[] = [];
  for (const r of line.runs) {
    const k = defs.grid / r.font.upem;
    const dx = (r.x / style.size) * defs.grid;
    for (const g of r.glyphs) {
      const id = defs.ref(r.font, g.id);
      if (!id) continue;
      const [gx, gy] = [Math.round(dx + g.x * k), Math.round(g.y * k)];
      uses.push(`<use href="#${id}"${gx ? ` x="${gx}"` : ''}${gy ? ` y="${gy}"` : ''}/>`);
    }
  }
  return `<g${attrs ? ` ${attrs}` : ''} transform="translate(${num(left)},${num(y)}) scale(${num(s, 6)},${num(-s, 6)})">${uses.join('')}</g>`;
}
