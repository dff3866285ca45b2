/**
 * Social images (1200 x 630) as SVG, rasterised at build time: the page title and, for actors,
 * their one-hop diagram. Plain SVG with inline presentation attributes: no CSS, no fonts fetched.
 */
import type { Diagram } from './diagram';

export const WIDTH = 1200;
export const HEIGHT = 630;

const SIDE_FILL: Record<string, string> = {
  'pro-government': '#f3c6c0', opposition: '#bfe0c4', jihadist: '#d9d2c2',
  'islamic-state': '#a9a9a9', 'us-sdf': '#bcd3f0', observer: '#f4f1e8',
};
const GROUP_STROKE: Record<string, string> = {
  support: '#1f6e43', alliance: '#2e5c9a', structure: '#6b6b6b', hostility: '#b3261e', unknown: '#8a5a00',
};
const DASH: Record<string, string> = {
  confirmed: '', reported: '2 5', alleged: '9 6', disputed: '12 4 2 4', denied: '10 3 2 3 2 3',
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

/** The diagram drawn into a box, scaled to fit and centred, with inline colours and dashes. */
export function diagramGroup(diagram: Diagram, box: { x: number; y: number; w: number; h: number }, centre?: string): string {
  const s = Math.min(box.w / diagram.width, box.h / diagram.height);
  const g: string[] = [];
  for (const e of diagram.edges) {
    const dash = DASH[e.status] ? ` stroke-dasharray="${DASH[e.status]}"` : '';
    g.push(`<path d="${e.d}" fill="none" stroke="${GROUP_STROKE[e.group]}" stroke-width="2.4"${dash}/>`);
  }
  for (const n of diagram.nodes) {
    g.push(`<g transform="translate(${n.x},${n.y})"><path d="${n.shape}" fill="${SIDE_FILL[n.side]}" stroke="#1b1d21" stroke-width="${n.id === centre ? 4 : 1.5}"/>` +
      `<text y="${n.r + 16}" text-anchor="middle" font-family="DejaVu Sans, sans-serif" font-size="14" fill="#1b1d21"${n.id === centre ? ' font-weight="bold"' : ''}>${escapeXml(n.label)}</text></g>`);
  }
  return `<g transform="translate(${box.x + (box.w - diagram.width * s) / 2},${box.y + (box.h - diagram.height * s) / 2}) scale(${s.toFixed(4)})">${g.join('')}</g>`;
}

/** The whole network alone, as a standalone SVG image (the home page's miniature). */
export function networkSvg(diagram: Diagram): string {
  const { width, height } = diagram;
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}">` +
    `<rect width="${width}" height="${height}" fill="#fdfcf9"/>${diagramGroup(diagram, { x: 0, y: 0, w: width, h: height })}</svg>`;
}
