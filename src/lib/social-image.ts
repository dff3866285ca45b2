/**
 * Social images (1200 x 630) as SVG, rasterised at build time: the page title and, for actors,
 * their one-hop diagram. Plain SVG with inline presentation attributes: no CSS, no fonts fetched.
 */
import { fmt, ICON_R, PILL, shapePath, type Diagram } from './diagram';

export const WIDTH = 1200;
export const HEIGHT = 630;

const SIDE_FILL: Record<string, string> = {
  'pro-government': '#f3c6c0', opposition: '#bfe0c4', jihadist: '#d9d2c2',
  'islamic-state': '#a9a9a9', 'us-sdf': '#bcd3f0', observer: '#f4f1e8',
};
const GROUP_STROKE: Record<string, string> = {
  support: '#1f6e43', alliance: '#2e5c9a', structure: '#6b6b6b', hostility: '#b3261e', unknown: '#8a5a00', mixed: '#1b1d21',
};
const DASH: Record<string, string> = {
  confirmed: '', reported: '2 5', alleged: '9 6', disputed: '12 4 2 4', denied: '10 3 2 3 2 3', mixed: '14 3 3 3',
};

export function escapeXml(text: string): string {
  return text.replace(/[<>&"']/g, (c) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;', '"': '&quot;', "'": '&apos;' })[c]!);
}

/** Greedy word wrap to at most `lines` lines of about `width` characters, with an ellipsis. */
export function wrap(text: string, width: number, lines: number): string[] {
  const out: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/)) {
    if (line && (line + ' ' + word).length > width) { out.push(line); line = word; } else line = line ? `${line} ${word}` : word;
  }
  if (line) out.push(line);
  if (out.length > lines) {
    const kept = out.slice(0, lines);
    kept[lines - 1] = `${kept[lines - 1]}…`;
    return kept;
  }
  return out;
}

export interface SocialImage { title: string; kicker: string; subtitle?: string | undefined; diagram?: Diagram | undefined; centre?: string | undefined }

export function socialSvg({ title, kicker, subtitle, diagram, centre }: SocialImage): string {
  // Bold sans runs about 0.62 em a character: fit the title in its column at the largest size.
  const column = diagram ? 550 : 1080;
  const size = [68, 58, 50, 44].find((px) => wrap(title, Math.floor(column / (px * 0.62)), 9).length <= 3) ?? 44;
  const titleLines = wrap(title, Math.floor(column / (size * 0.62)), 3);
  const parts: string[] = [
    `<rect width="${WIDTH}" height="${HEIGHT}" fill="#fdfcf9"/>`,
    `<rect width="${WIDTH}" height="14" fill="#24405e"/>`,
    `<text x="60" y="96" font-family="DejaVu Sans, sans-serif" font-size="30" fill="#55595f">${escapeXml(kicker)}</text>`,
    ...titleLines.map((l, i) => `<text x="60" y="${190 + i * (size + 12)}" font-family="DejaVu Sans, sans-serif" font-weight="bold" font-size="${size}" fill="#1b1d21">${escapeXml(l)}</text>`),
  ];
  if (subtitle) {
    wrap(subtitle, diagram ? 40 : 70, 3).forEach((l, i) =>
      parts.push(`<text x="60" y="${430 + i * 38}" font-family="DejaVu Sans, sans-serif" font-size="28" fill="#1b1d21">${escapeXml(l)}</text>`));
  }
  parts.push(`<text x="60" y="585" font-family="DejaVu Sans, sans-serif" font-size="26" font-weight="bold" fill="#24405e">The Idlib explainer</text>`);
  if (diagram) {
    const box = { x: 640, y: 40, w: 520, h: 550 };
    parts.push(`<rect x="${box.x - 10}" y="${box.y - 10}" width="${box.w + 20}" height="${box.h + 20}" rx="10" fill="#ffffff" stroke="#d5d2ca"/>`);
    parts.push(diagramGroup(diagram, box, centre));
  }
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${WIDTH}" height="${HEIGHT}" viewBox="0 0 ${WIDTH} ${HEIGHT}">${parts.join('')}</svg>`;
}

const LABEL_FONT = 'Arial, Liberation Sans, Arimo, Helvetica, DejaVu Sans, sans-serif';

/** The lines, pills and camps of a diagram (people folded), with a class on each part. */
function diagramParts(diagram: Diagram, centre?: string, inline = true): string {
  const g: string[] = [];
  const nodes = diagram.nodes.filter((n) => n.layer !== 'people');
  for (const c of diagram.camps) {
    g.push(`<rect class="camp" x="${c.x}" y="${c.y}" width="${c.w}" height="${c.h}" rx="8"${inline ? ' fill="#f6f5f1" stroke="#d5d2ca"' : ''}/>`);
    g.push(`<text class="title" x="${fmt(c.titleBox.x)}" y="${fmt(c.titleBox.y + 11)}" font-family="${LABEL_FONT}" font-size="12" font-weight="bold"${inline ? ' fill="#55595f"' : ''}>${escapeXml(c.title)}</text>`);
  }
  for (const e of diagram.edges) {
    if (e.layer === 'people') continue;
    const dash = DASH[e.status] ? ` stroke-dasharray="${DASH[e.status]}"` : '';
    g.push(`<path class="line ${e.group}" d="${e.d}" fill="none" stroke-width="2"${inline ? ` stroke="${GROUP_STROKE[e.group]}"` : ''}${dash}/>`);
  }
  for (const n of nodes) {
    const bold = n.id === centre ? ' font-weight="bold"' : '';
    const text = n.lines.map((l, i) => `<tspan x="${PILL.padX + PILL.icon}" y="${fmt(PILL.padY + diagram.fontSize * (PILL.lineHeight * i + 0.97))}">${escapeXml(l)}</tspan>`).join('');
    g.push(`<g transform="translate(${fmt(n.x - n.w / 2)},${fmt(n.y - n.h / 2)})"><rect class="pill ${n.side}" width="${n.w}" height="${n.h}" rx="6"${inline ? ` fill="${SIDE_FILL[n.side]}" stroke="#1b1d21"` : ''} stroke-width="${n.id === centre ? 3 : 1.2}"/>` +
      `<path class="kind" d="${shapePath(n.kind, ICON_R)}" transform="translate(${PILL.padX + ICON_R},${fmt(n.h / 2)})" fill="none"${inline ? ' stroke="#1b1d21"' : ''}/>` +
      `<text class="label" font-family="${LABEL_FONT}" font-size="${diagram.fontSize}"${inline ? ' fill="#1b1d21"' : ''}${bold}>${text}</text></g>`);
  }
  return g.join('');
}

/** The diagram drawn into a box, scaled to fit and centred, with inline colours and dashes. */
export function diagramGroup(diagram: Diagram, box: { x: number; y: number; w: number; h: number }, centre?: string): string {
  const s = Math.min(box.w / diagram.width, box.h / diagram.height);
  return `<g transform="translate(${fmt(box.x + (box.w - diagram.width * s) / 2)},${fmt(box.y + (box.h - diagram.height * s) / 2)}) scale(${s.toFixed(4)})">${diagramParts(diagram, centre)}</g>`;
}

const DARK = {
  bg: '#16181c', fg: '#e8e6e1', camp: '#23262b', line: '#3b3f46', muted: '#b0b3b8',
  side: { 'pro-government': '#6e3a34', opposition: '#2f5a36', jihadist: '#57503f', 'islamic-state': '#3a3a3a', 'us-sdf': '#2c4a70', observer: '#3b3d42' } as Record<string, string>,
  group: { support: '#7fd49b', alliance: '#8cc4ff', structure: '#b0b3b8', hostility: '#ff8a80', unknown: '#f2c46b', mixed: '#e8e6e1' } as Record<string, string>,
};

/**
 * The whole network alone, as a standalone SVG image (the home page's miniature). An <img> cannot
 * see the page's CSS, so the image carries its own colours, light and dark, by media query.
 */
export function networkSvg(diagram: Diagram): string {
  const { width, height } = diagram;
  const css = [
    `.bg{fill:#fdfcf9}.camp{fill:#f6f5f1;stroke:#d5d2ca}.title{fill:#55595f}.label{fill:#1b1d21}.pill,.kind{stroke:#1b1d21}`,
    ...Object.entries(SIDE_FILL).map(([side, fill]) => `.pill.${side}{fill:${fill}}`),
    ...Object.entries(GROUP_STROKE).map(([group, stroke]) => `.line.${group}{stroke:${stroke}}`),
    `@media (prefers-color-scheme: dark){.bg{fill:${DARK.bg}}.camp{fill:${DARK.camp};stroke:${DARK.line}}.title{fill:${DARK.muted}}.label{fill:${DARK.fg}}.pill,.kind{stroke:${DARK.fg}}` +
      Object.entries(DARK.side).map(([side, fill]) => `.pill.${side}{fill:${fill}}`).join('') +
      Object.entries(DARK.group).map(([group, stroke]) => `.line.${group}{stroke:${stroke}}`).join('') + '}',
  ].join('');
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}"><style>${css}</style>` +
    `<rect class="bg" width="${width}" height="${height}"/>${diagramParts(diagram, undefined, false)}</svg>`;
}
