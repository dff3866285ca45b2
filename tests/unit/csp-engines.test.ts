/** The meta policy holds only what Chromium, Firefox and WebKit all know; the header carries the rest. */
import { describe, expect, it } from 'vitest';
import { HEADER_ONLY, policy } from '../../src/lib/csp';

/**
 * Fetch directives and others that all three engines recognise in a meta element (WebKit has no
 * manifest-src; frame-ancestors, report-uri and sandbox are ignored in meta elements everywhere).
 */
const KNOWN_TO_ALL = new Set([
  'default-src',
  'script-src',
  'style-src',
  'img-src',
  'connect-src',
  'font-src',
  'media-src',
  'object-src',
  'frame-src',
  'child-src',
  'worker-src',
  'base-uri',
  'form-action',
  'upgrade-insecure-requests',
]);
const names = (p: string) => p.split(';').map((d) => d.trim().split(/\s+/)[0]!);
const hashes = { scripts: ["'sha256-abc'"], styles: ["'sha256-def'"] };

describe('the policy in each engine', () => {
  it('keeps in the meta policy only directives every engine knows', () => {
    expect(names(policy(hashes)).filter((d) => !KNOWN_TO_ALL.has(d))).toEqual([]);
    expect(policy(hashes)).not.toContain('manifest-src');
  });
  it('sends manifest-src in the header only, after everything the meta policy has', () => {
    const header = policy(hashes, { header: true });
    expect(header).toContain("manifest-src 'self'");
    for (const d of HEADER_ONLY) expect(header).toContain(d);
    expect(names(header)).toEqual(expect.arrayContaining(names(policy(hashes))));
  });
});
