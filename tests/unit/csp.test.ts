import { describe, expect, it } from 'vitest';
import { createHash } from 'node:crypto';
import { inlineHashes, policy, withCsp } from '../../src/lib/csp';

const sha = (s: string) => `'sha256-${createHash('sha256').update(s).digest('base64')}'`;
const page = '<html><head><meta charset="utf-8"><style>a{color:red}</style></head><body>' +
  '<script>alert(1)</script><script type="application/json" id="d">{"a":1}</script><script src="x.js"></script></body></html>';

describe('content security policy', () => {
  it('hashes executable inline scripts and styles only', () => {
    expect(inlineHashes(page)).toEqual({ scripts: [sha('alert(1)')], styles: [sha('a{color:red}')] });
  });
  it('is strict: no unsafe-inline or unsafe-eval, objects and bases locked down', () => {
    const p = policy(inlineHashes(page));
    expect(p).toContain("default-src 'self'");
    expect(p).toContain(`script-src 'self' file: 'wasm-unsafe-eval' ${sha('alert(1)')}`);
    expect(p).toContain("object-src 'none'");
    expect(p).toContain("base-uri 'self'");
    expect(p).toContain("form-action 'self'");
    expect(p).not.toMatch(/unsafe-inline|'unsafe-eval'/);
    // Left to the server, per location: the embed must stay framable.
    expect(p).not.toContain('frame-ancestors');
  });
  it('goes first in the head, right after the charset', () => {
    expect(withCsp(page)).toMatch(/^<html><head><meta charset="utf-8"><meta http-equiv="Content-Security-Policy" content="default-src/);
  });
});
