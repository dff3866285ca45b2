/**
 * Social images (1200 x 630) as SVG, rasterised at build time: the page title and, for actors,
 * their one-hop diagram. Plain SVG with inline presentation attributes and no CSS; every letter is
 * a glyph outline from fonts shipped in npm packages (text-outline.ts), so the images need no
 * fonts on the machine that builds them and come out the same on every one.
 */
import { fmt, ICON_R, PILL, shapePath, type Diagram } from './diagram';
import { dirOf, type Locale } from './i18n';
import { strings } from './strings';
import { PALETTE } from './colours';
import { typed } from './typed';
import { GlyphDefs, outlineText, wrapToWidth, type TextStyle } from './text-outline';

const WIDTH = 1200;
const HEIGHT = 630;

const LIGHT = PALETTE.light;
const SIDE_FILL: Record<string, string> = LIGHT.side;
// a line of several kinds is drawn in the text colour
const GROUP_STROKE: Record<string, string> = { ...LIGHT.edge, mixed: LIGHT.diagram.nodeStroke };
const DASH: Record<string, string> = {
  confirmed: '',
  reported: '2 5',
  alleged: '9 6',
  disputed: '12 4 2 4',
  denied: '10 3 2 3 2 3',
  mixed: '14 3 3 3',
};

export interface SocialImage {
  title: string;
  kicker: string;
  subtitle?: string | undefined;
  diagram?: Diagram | undefined;
  centre?: string | undefined;
  /** The edition: Arabic images read right to left, text on the right and the diagram on the left. */
  locale?: Locale | undefined;
}

const MARGIN = 60;
const TITLE_SIZES = [68, 58, 50, 44];

export function socialSvg({
  title,
  kicker,
  subtitle,
  diagram,
  centre,
  locale = 'en',
}: SocialImage): string {
  const rtl = dirOf(locale) === 'rtl';
  const defs = new GlyphDefs();
  // Text sits in a column at the reading edge; the diagram, when there is one, at the other.
  const column = diagram ? 550 : WIDTH - 2 * MARGIN;
  const at = (y: number) => ({
    x: rtl ? WIDTH - MARGIN : MARGIN,
    y,
    anchor: rtl ? ('end' as const) : ('start' as const),
    dir: dirOf(locale),
  });
  const line = (text: string, style: TextStyle, y: number, fill: string) =>
    outlineText(defs, text, style, { ...at(y), attrs: `fill="${fill}"` });
  // The largest size at which the title fits its column in three lines.
  const titleStyle = (size: number): TextStyle => ({ face: 'sans', size, bold: true });
  const size =
    TITLE_SIZES.find((px) => wrapToWidth(title, titleStyle(px), column, 9).length <= 3) ??
    TITLE_SIZES[TITLE_SIZES.length - 1]!;
  const parts: string[] = [
    `<rect width="${WIDTH}" height="${HEIGHT}" fill="${LIGHT.surface.bg}"/>`,
    `<rect width="${WIDTH}" height="14" fill="${LIGHT.surface.brand}"/>`,
    line(kicker, { face: 'sans', size: 30 }, 96, LIGHT.surface.muted),
    ...wrapToWidth(title, titleStyle(size), column, 3).map((l, i) =>
      line(l, titleStyle(size), 190 + i * (size + 12), LIGHT.surface.fg),
    ),
  ];
  if (subtitle) {
    const style: TextStyle = { face: 'sans', size: 28 };
    wrapToWidth(subtitle, style, column, 3).forEach((l, i) =>
      parts.push(line(l, style, 430 + i * 38, LIGHT.surface.fg)),
    );
  }
  parts.push(
    line(
      strings(locale).site.name,
      { face: 'sans', size: 26, bold: true },
      585,
      LIGHT.surface.brand,
    ),
  );
  if (diagram) {
    const box = { x: rtl ? 40 : 640, y: 40, w: 520, h: 550 };
    parts.push(
      `<rect x="${box.x - 10}" y="${box.y - 10}" width="${box.w + 20}" height="${box.h + 20}" rx="10" fill="#ffffff" stroke="${LIGHT.surface.line}"/>`,
    );
    parts.push(diagramGroup(diagram, box, centre, defs));
  }
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${WIDTH}" height="${HEIGHT}" viewBox="0 0 ${WIDTH} ${HEIGHT}">${defs.svg()}${parts.join('')}</svg>`;
}

/** The lines, pills and camps of a diagram (people folded), with a class on each part; labels in
 * Arimo outlines, the font whose widths the layout measured them with (text-width.ts). */
function diagramParts(diagram: Diagram, defs: GlyphDefs, centre?: string, inline = true): string {
  const g: string[] = [];
  const nodes = diagram.nodes.filter((n) => n.layer !== 'people');
  for (const c of diagram.camps) {
    g.push(
      `<rect class="camp" x="${c.x}" y="${c.y}" width="${c.w}" height="${c.h}" rx="8"${inline ? ` fill="${LIGHT.diagram.camp}" stroke="${LIGHT.surface.line}"` : ''}/>`,
    );
    g.push(
      outlineText(
        defs,
        c.title,
        { face: 'label', size: 12, bold: true },
        {
          x: c.titleBox.x,
          y: c.titleBox.y + 11,
          attrs: `class="title"${inline ? ` fill="${LIGHT.surface.muted}"` : ''}`,
        },
      ),
    );
  }
  for (const e of diagram.edges) {
    if (e.layer === 'people') continue;
    const dash = DASH[e.grade] ? ` stroke-dasharray="${DASH[e.grade]}"` : '';
    g.push(
      `<path class="line ${e.group}" d="${e.d}" fill="none" stroke-width="2"${inline ? ` stroke="${GROUP_STROKE[e.group]}"` : ''}${dash}/>`,
    );
  }
  for (const n of nodes) {
    const style: TextStyle = { face: 'label', size: diagram.fontSize, bold: n.id === centre };
    const text = n.lines
      .map((l, i) =>
        outlineText(defs, l.trimEnd(), style, {
          x: PILL.padX + PILL.icon,
          y: PILL.padY + diagram.fontSize * (PILL.lineHeight * i + 0.97),
        }),
      )
      .join('');
    g.push(
      `<g transform="translate(${fmt(n.x - n.w / 2)},${fmt(n.y - n.h / 2)})"><rect class="pill ${n.side}" width="${n.w}" height="${n.h}" rx="6"${inline ? ` fill="${SIDE_FILL[n.side]}" stroke="${LIGHT.diagram.nodeStroke}"` : ''} stroke-width="${n.id === centre ? 3 : 1.2}"/>` +
        `<path class="kind" d="${shapePath(n.kind, ICON_R)}" transform="translate(${PILL.padX + ICON_R},${fmt(n.h / 2)})" fill="none"${inline ? ` stroke="${LIGHT.diagram.nodeStroke}"` : ''}/>` +
        `<g class="label"${inline ? ` fill="${LIGHT.surface.fg}"` : ''}>${text}</g></g>`,
    );
  }
  return g.join('');
}

/** The diagram drawn into a box, scaled to fit and centred, with inline colours and dashes. */
export function diagramGroup(
  diagram: Diagram,
  box: { x: number; y: number; w: number; h: number },
  centre?: string,
  defs = new GlyphDefs(),
): string {
  const s = Math.min(box.w / diagram.width, box.h / diagram.height);
  return `<g transform="translate(${fmt(box.x + (box.w - diagram.width * s) / 2)},${fmt(box.y + (box.h - diagram.height * s) / 2)}) scale(${s.toFixed(4)})">${diagramParts(diagram, defs, centre)}</g>`;
}

const DARK = {
  ...PALETTE.dark.surface,
  camp: PALETTE.dark.diagram.camp,
  side: typed<Record<string, string>>(PALETTE.dark.side),
  group: typed<Record<string, string>>({
    ...PALETTE.dark.edge,
    mixed: PALETTE.dark.diagram.nodeStroke,
  }),
};

/**
 * The whole network alone, as a standalone SVG image (the home page's miniature). An <img> cannot
 * see the page's CSS, so the image carries its own colours, light and dark, by media query.
 */
export function networkSvg(diagram: Diagram): string {
  const { width, height } = diagram;
  const css = [
    `.bg{fill:${LIGHT.surface.bg}}.camp{fill:${LIGHT.diagram.camp};stroke:${LIGHT.surface.line}}.title{fill:${LIGHT.surface.muted}}.label{fill:${LIGHT.surface.fg}}.pill,.kind{stroke:${LIGHT.diagram.nodeStroke}}`,
    ...Object.entries(SIDE_FILL).map(([side, fill]) => `.pill.${side}{fill:${fill}}`),
    ...Object.entries(GROUP_STROKE).map(([group, stroke]) => `.line.${group}{stroke:${stroke}}`),
    `@media (prefers-color-scheme: dark){.bg{fill:${DARK.bg}}.camp{fill:${DARK.camp};stroke:${DARK.line}}.title{fill:${DARK.muted}}.label{fill:${DARK.fg}}.pill,.kind{stroke:${DARK.fg}}` +
      Object.entries(DARK.side)
        .map(([side, fill]) => `.pill.${side}{fill:${fill}}`)
        .join('') +
      Object.entries(DARK.group)
        .map(([group, stroke]) => `.line.${group}{stroke:${stroke}}`)
        .join('') +
      '}',
  ].join('');
  const defs = new GlyphDefs(256);
  const parts = diagramParts(diagram, defs, undefined, false);
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}"><style>${css}</style>${defs.svg()}` +
    `<rect class="bg" width="${width}" height="${height}"/>${parts}</svg>`
  );
}
