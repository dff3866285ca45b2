/**
 * A strict Content-Security-Policy per page. Every script and stylesheet here is inline (pages
 * must work opened from disk), so each page's policy lists the SHA-256 hashes of exactly the
 * inline scripts and styles it carries, all of them ones the project ships (html-pass.ts checks
 * that): no 'unsafe-inline', no 'unsafe-eval'.
 */
import { createHash } from 'node:crypto';

export const hash = (text: string) =>
  `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;

/**
 * Directives that not every engine knows in a meta policy: WebKit logs a console error for
 * manifest-src on every page. Meta policies keep only directives Chromium, Firefox and WebKit all
 * know; these go in the header (_headers) alone, where an engine that does not know one ignores it.
 */
export const HEADER_ONLY = ["manifest-src 'self'"];

/**
 * The policy (for the header with `header: true`). 'wasm-unsafe-eval' lets Pagefind's WebAssembly
 * search run (it evaluates no JavaScript). There is no file: source: 'self' covers a page's own
 * files when it is opened from disk too (the file:// browser tests, in Chromium and Firefox, load
 * the offline search script and the home diagram under it).
 */
export function policy(
  { scripts, styles }: { scripts: readonly string[]; styles: readonly string[] },
  { header = false } = {},
): string {
  return [
    "default-src 'self'",
    `script-src 'self' 'wasm-unsafe-eval' ${scripts.join(' ')}`.trim(),
    `style-src 'self' ${styles.join(' ')}`.trim(),
    // data: for the icon that pages shown at any depth carry inline (404.html): an image cannot run
    "img-src 'self' data:",
    "connect-src 'self'",
    "worker-src 'self'",
    ...(header ? HEADER_ONLY : []),
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    // No frame-ancestors: a meta element cannot carry it, and the embed (/embed/) must stay
    // framable; servers add it per location (README, Deploying).
  ].join('; ');
}
