/**
 * Interface text with a little inline markup, so a sentence with links or emphasis stays one
 * string a translator can reorder: "[the sources page]" is a link (the page supplies the targets,
 * in order), "*reported*" emphasis, "**...**" strong, "`ongoing`" code, and "{from}" a slot the
 * page fills with an element (an actor's link). <Rich> renders the parts. Pure.
 */
export type RichPart =
  | { kind: 'text'; text: string }
  | { kind: 'link'; text: string; index: number }
  | { kind: 'em' | 'strong' | 'code'; text: string }
  | { kind: 'slot'; name: string };

const MARKUP = /\[([^\]]+)\]|\*\*([^*]+)\*\*|\*([^*]+)\*|`([^`]+)`|\{(\w+)\}/g;

export function richParts(text: string): RichPart[] {
  const parts: RichPart[] = [];
  let last = 0;
  let links = 0;
  for (const m of text.matchAll(MARKUP)) {
    if (m.index > last) parts.push({ kind: 'text', text: text.slice(last, m.index) });
    if (m[1] !== undefined) parts.push({ kind: 'link', text: m[1], index: links++ });
    else if (m[2] !== undefined) parts.push({ kind: 'strong', text: m[2] });
    else if (m[3] !== undefined) parts.push({ kind: 'em', text: m[3] });
    else if (m[4] !== undefined) parts.push({ kind: 'code', text: m[4] });
    else parts.push({ kind: 'slot', name: m[5]! });
    last = m.index + m[0].length;
  }
  if (last < text.length) parts.push({ kind: 'text', text: text.slice(last) });
  return parts;
}

/** The text a reader reads, markup removed and slots filled: for titles, labels and feeds. */
export function plainText(text: string, slots: Record<string, string> = {}): string {
  return richParts(text)
    .map((p) => (p.kind === 'slot' ? (slots[p.name] ?? '') : p.text))
    .join('');
}
