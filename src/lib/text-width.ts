/**
 * Widths of diagram labels, from the advance widths of the label font (label-font-widths.ts,
 * generated from Arimo). Labels are drawn in Arial-metric fonts with kerning off (network.css),
 * so the sum of advances is the width a browser gives them on every platform that has Arial,
 * Helvetica, Liberation Sans or Arimo. README, "Decisions", says why.
 */
import { LABEL_FONT } from './label-font-widths';
import { arabicAdvance } from './arabic-widths';

/** Characters the table lacks (another script, an emoji) count wide, so boxes stay upper bounds. */
const UNKNOWN = 0.8;

const lookup = (weight: 'regular' | 'bold') => {
  const t = LABEL_FONT[weight];
  return (cp: number): number => {
    for (const [from, widths] of t.ranges) {
      const w = cp >= from ? widths[cp - from] : undefined;
      if (w !== undefined) return w / t.unitsPerEm;
    }
    return UNKNOWN;
  };
};
const regular = lookup('regular');
const bold = lookup('bold');

const ARABIC_SCRIPT = /[\u0600-\u06FF]/;

/** The text's code points, as iterating the string gives them (a lone surrogate stands alone). */
function codePoints(text: string): number[] {
  const out: number[] = [];
  for (let i = 0; i < text.length; i++) {
    const cp = text.codePointAt(i);
    if (cp === undefined) break;
    out.push(cp);
    if (cp > 0xffff) i++;
  }
  return out;
}

/** Width in px of `text` set at `size` px. */
export function textWidth(
  text: string,
  size: number,
  weight: 'regular' | 'bold' = 'regular',
): number {
  const em = weight === 'bold' ? bold : regular;
  if (!ARABIC_SCRIPT.test(text)) {
    let w = 0;
    for (const cp of codePoints(text)) w += em(cp);
    return w * size;
  }
  const cps = codePoints(text);
  let w = 0;
  for (let i = 0; i < cps.length;) {
    const cp = cps[i];
    if (cp === undefined) break;
    // Arabic letters change shape, and width, with their neighbours (arabic-widths.ts)
    const arabic = arabicAdvance(cps, i);
    if (arabic) {
      w += arabic.em;
      i += arabic.used;
      continue;
    }
    w += em(cp);
    i += 1;
  }
  return w * size;
}

/**
 * Breaks a label into at most `maxLines` lines no wider than `maxWidth` where it can, at spaces
 * and after hyphens, choosing the break that makes the widest line narrowest.
 */
export function wrapLabel(
  text: string,
  size: number,
  maxWidth: number,
  maxLines = 2,
  weight: 'regular' | 'bold' = 'regular',
): string[] {
  // A line broken at a space keeps it at its end, so the lines' text reads as the label
  // (screen readers and the accessible-name check join the lines as they are).
  const lines = wrapWords(text, size, maxWidth, maxLines, weight);
  let at = 0;
  return lines.map((line) => {
    at += line.length;
    if (text[at] === ' ') {
      at += 1;
      return `${line} `;
    }
    return line;
  });
}

function wrapWords(
  text: string,
  size: number,
  maxWidth: number,
  maxLines: number,
  weight: 'regular' | 'bold',
): string[] {
  const w = (s: string) => textWidth(s, size, weight);
  if (w(text) <= maxWidth || maxLines < 2) return [text];
  const words = text.match(/[^\s-]+-?/g) ?? [text];
  let best: string[] = [text];
  let bestWidth = w(text);
  for (let i = 1; i < words.length; i++) {
    const join = (ws: string[]) =>
      ws.reduce((acc, x) => (acc === '' ? x : acc.endsWith('-') ? acc + x : `${acc} ${x}`), '');
    const first = join(words.slice(0, i));
    const rest = join(words.slice(i));
    const lines = [
      first,
      ...(w(rest) > maxWidth && maxLines > 2
        ? wrapWords(rest, size, maxWidth, maxLines - 1, weight)
        : [rest]),
    ];
    const widest = Math.max(...lines.map(w));
    if (widest < bestWidth - 0.01) {
      best = lines;
      bestWidth = widest;
    }
  }
  return best;
}
