/**
 * A classic script that sets one global to a JSON value: how data reaches pages opened from disk
 * (file://), where a <script src> loads and fetch() does not. Safe to inline in HTML: no "<", and
 * the two line separators JavaScript once refused in strings are escaped.
 */
export function globalScript(name: string, value: unknown): string {
  const json = JSON.stringify(value)
    .replace(/</g, '\\u003c')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
  return `window.${name}=${json};\n`;
}
