/**
 * A strict Content-Security-Policy per page. Every script and stylesheet here is inline (pages
 * must work opened from disk), so each page's policy lists the SHA-256 hashes of exactly the
 * inline scripts and styles it carries: no 'unsafe-inline', no 'unsafe-eval'.
 */
import { createHash } from 'node:crypto';

const SCRIPT = /<script\b([^>]*)>([\s\S]*?)<\/script>/gi;
const STYLE = /<style\b[^>]*>([\s\S]*?)<\/style>/gi;

export const hash = (text: string) => `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;

/** Hashes of the executable inline scripts and of the inline styles of one page. */
export function inlineHashes(html: string): { scripts: string[]; styles: string[] } {
  const scripts = [...html.matchAll(SCRIPT)]
    // Data blocks (JSON) are not executed, so CSP does not apply to them; external scripts are 'self'.
    .filter((m) => !/\ssrc\s*=/.test(m[1]!) && !/type\s*=\s*["']?application\/(ld\+)?json/i.test(m[1]!))
    .map((m) => hash(m[2]!));
  const styles = [...html.matchAll(STYLE)].map((m) => hash(m[1]!));
  return { scripts: [...new Set(scripts)].sort(), styles: [...new Set(styles)].sort() };
}

/**
 * Directives that not every engine knows in a meta policy: WebKit logs a console error for
 * manifest-src on every page. Meta policies keep only directives Chromium, Firefox and WebKit all
 * know; these go in the header (_headers) alone, where an engine that does not know one ignores it.
 */
export const HEADER_ONLY = ["manifest-src 'self'"];

/**
 * The policy (for the header with `header: true`). 'wasm-unsafe-eval' lets Pagefind's WebAssembly search run (it evaluates no
 * JavaScript); file: lets a page opened from disk load the site's own script files (the offline
 * search), since 'self' does not cover file: URLs.
 */
export function policy({ scripts, styles }: { scripts: string[]; styles: string[] }, { header = false } = {}): string {
  return [
    "default-src 'self'",
    `script-src 'self' file: 'wasm-unsafe-eval' ${scripts.join(' ')}`.trim(),
    `style-src 'self' ${styles.join(' ')}`.trim(),
    "img-src 'self' data: file:",
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

/** The page with its policy as the first element of <head> after the charset. */
export function withCsp(html: string): string {
  const meta = `<meta http-equiv="Content-Security-Policy" content="${policy(inlineHashes(html))}">`;
  if (/<meta charset="utf-8"\s*\/?>/i.test(html)) return html.replace(/(<meta charset="utf-8"\s*\/?>)/i, `$1${meta}`);
  return html.replace(/<head>/i, `<head>${meta}`);
}
