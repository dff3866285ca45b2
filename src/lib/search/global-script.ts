import { jsonForScript } from '../escape';

/**
 * A classic script that sets one global to a JSON value: how data reaches pages opened from disk
 * (file://), where a <script src> loads and fetch() does not. Safe to inline in HTML: no "<", and
 * the two line separators JavaScript once refused in strings are escaped.
 */
export function globalScript(name: string, value: unknown): string {
  return `window.${name}=${jsonForScript(value)};\n`;
}
