/**
 * A strict Content-Security-Policy per page. Every script and stylesheet here is inline (pages
 * must work opened from disk), so each page's policy lists the SHA-256 hashes of exactly the
 * inline scripts and styles it carries, all of them ones the project ships (html-pass.ts checks
 * that): no 'unsafe-inline', no 'unsafe-eval'.
 */
import { createHash } from 'node:crypto';

export const hash = (text: string) => `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;

/**
 * The policy. 'wasm-unsafe-eval' lets Pagefind's WebAssembly search run (it evaluates no
 * JavaScript). There is no file: source: 'self' covers a page's own files when it is opened from
 * disk too (the file:// browser tests load the offline search script and the home diagram under it).
 */
export function policy({ scripts, styles }: { scripts: readonly string[]; styles: readonly string[] }): string {
  return [
    "default-src 'self'",
    `script-src 'self' 'wasm-unsafe-eval' ${scripts.join(' ')}`.trim(),
    `style-src 'self' ${styles.join(' ')}`.trim(),
    "img-src 'self'",
    "connect-src 'self'",
    "worker-src 'self'",
    "manifest-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    // No frame-ancestors: a meta element cannot carry it, and the embed (/embed/) must stay
    // framable; servers add it per location (README, Deploying).
  ].join('; ');
}
