/**
 * Escaping for text the build writes into HTML, SVG, XML and inline scripts: one set of rules, so a
 * value cannot break out of an element or an attribute in one place and not in another.
 */

const ENTITIES: Readonly<Record<string, string>> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
};
const entity = (c: string) => ENTITIES[c] ?? c;

/** Text inside an element (HTML, SVG or XML). */
export function escapeText(text: string): string {
  return text.replace(/[&<>]/g, entity);
}

/** A value inside a double-quoted attribute (HTML, SVG or XML); also safe as element text. */
export function escapeAttr(value: string): string {
  return value.replace(/[&<>"]/g, entity);
}

/**
 * JSON to put inside a <script> element (JSON, JSON-LD, or a classic script's literal): no "<", so
 * nothing can close the element early, and the two line separators JavaScript once refused in
 * strings escaped.
 */
export function jsonForScript(value: unknown): string {
  return JSON.stringify(value)
    .replace(/</g, '\\u003c')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
}
