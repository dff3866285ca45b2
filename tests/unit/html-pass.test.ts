/**
 * The one pass over each built page: a real tokenizer, so markup hidden in attribute values or
 * text cannot be mistaken for tags; every script and style checked against what the site ships;
 * a policy listing exactly the page's own hashes.
 */
import { describe, expect, it } from 'vitest';
import { hash, policy } from '../../src/lib/csp';
import { joinedSheets, passPage, type PassOptions } from '../../src/lib/html-pass';

const OURS = 'console.log("ours")';
const SHEET = 'a{color:red}';
const options = (o: Partial<PassOptions> = {}): PassOptions => ({
  page: 'actors/hts/index.html',
  base: '/',
  origin: 'https://site.example',
  relative: true,
  scripts: new Set([hash(OURS)]),
  stylesheets: [SHEET],
  ...o,
});
const page = (body: string, head = '') =>
  `<!doctype html><html lang="en"><head><meta charset="utf-8">${head}<style>${SHEET}</style></head><body>${body}<script>${OURS}</script></body></html>`;

describe('the page pass', () => {
  it("writes a policy with exactly the page's own hashes, right after the charset", async () => {
    const r = await passPage(page('<p>Hi</p>'), options());
    expect(r.problems).toEqual([]);
    expect(r.scripts).toEqual([hash(OURS)]);
    expect(r.styles).toEqual([hash(SHEET)]);
    expect(r.html).toContain(
      `<meta charset="utf-8"><meta http-equiv="Content-Security-Policy" content="${policy({ scripts: [hash(OURS)], styles: [hash(SHEET)] })}">`,
    );
    const p = policy(r);
    expect(p).not.toMatch(/unsafe-inline|'unsafe-eval'|file:|\s\/\//);
    expect(p).toContain("object-src 'none'");
    expect(p).not.toContain('frame-ancestors');
  });

  it('reads the page language from <html lang>, for the search copies', async () => {
    expect((await passPage(page('<p>Hi</p>'), options())).lang).toBe('en');
    const arabic = page('<p>مرحبا</p>').replace('lang="en"', 'lang=" AR "');
    expect((await passPage(arabic, options())).lang).toBe('ar');
    const none = page('<p>Hi</p>').replace(' lang="en"', '');
    expect((await passPage(none, options())).lang).toBeUndefined();
  });

  it('refuses a script the site does not ship, and names the page', async () => {
    const r = await passPage(page('<p>Hi</p><script>alert(document.cookie)</script>'), options());
    expect(r.problems).toHaveLength(1);
    expect(r.problems[0]).toMatch(
      /^actors\/hts\/index.html: an inline script that the site does not ship/,
    );
    expect(policy(r)).not.toContain(hash('alert(document.cookie)'));
  });

  it('refuses other script types, scripts from elsewhere, handlers, style attributes, refresh, base, frames', async () => {
    const cases: [string, RegExp][] = [
      ['<script type="x">a</script>', /type="x"/],
      ['<script type="module">import("x")</script>', /type="module"/],
      ['<script src="https://evil.example/x.js"></script>', /from elsewhere/],
      ['<script src="//evil.example/x.js"></script>', /from elsewhere/],
      ['<img src="x.png" onerror="alert(1)">', /event-handler attribute onerror/],
      ['<svg><a onclick="x"></a></svg>', /event-handler/],
      ['<p style="color:red">x</p>', /style attribute/],
      ['<a href="javascript:alert(1)">x</a>', /javascript: URL/],
      ['<a href=" jav&#x09;ascript:alert(1)">x</a>', /javascript: URL/],
      ['<iframe src="https://evil.example"></iframe>', /<iframe>/],
      ['<object data="x"></object>', /<object>/],
      ['<style>b{}</style>', /inline style that the site does not ship/],
    ];
    for (const [body, expected] of cases) {
      const r = await passPage(page(body), options());
      expect(r.problems.join('\n'), body).toMatch(expected);
    }
    expect(
      (
        await passPage(
          page('', '<meta http-equiv="refresh" content="0;url=https://evil.example">'),
          options(),
        )
      ).problems.join(),
    ).toMatch(/refresh/);
    expect(
      (await passPage(page('', '<base href="https://evil.example/">'), options())).problems.join(),
    ).toMatch(/base href/);
  });

  it('reads markup inside attribute values and text as text, as a browser does', async () => {
    // a link title made of &lt;script&gt; stays an attribute; a title holding a script tag in text stays text
    const body =
      '<a href="https://other.example/a" title="<script>alert(1)</script>">x</a><p>&lt;script type=x&gt;</p><h1 title="a>b">t</h1>';
    const r = await passPage(page(body), options());
    expect(r.problems).toEqual([]);
    expect(r.html).toContain(
      '<a href="https://other.example/a" title="<script>alert(1)</script>" rel="external noopener noreferrer">x<span class="visually-hidden"> (external site)</span></a>',
    );
    expect(r.html).toContain('<p>&lt;script type=x&gt;</p>');
  });

  it('allows an inlined data: image on an icon or image, nothing else with data:', async () => {
    expect(
      (
        await passPage(
          page(
            '<img src="data:image/svg+xml,%3Csvg%3E" alt="">',
            '<link rel="icon" href="data:image/svg+xml,x">',
          ),
          options(),
        )
      ).problems,
    ).toEqual([]);
    expect(
      (
        await passPage(
          page('<a href="data:image/svg+xml,x">x</a><iframe src="data:text/html,x"></iframe>'),
          options(),
        )
      ).problems.join('\n'),
    ).toMatch(/<a href="data:image[^]*data: URL[^]*<iframe>/);
  });

  it('allows JSON data blocks, whatever they hold', async () => {
    const r = await passPage(
      page(
        '<script type="application/json" id="d">{"a":"\\u003c/script>"}</script><script type="application/ld+json">{}</script>',
      ),
      options(),
    );
    expect(r.problems).toEqual([]);
  });

  it('makes site links relative and file-terminated, leaves the rest byte for byte', async () => {
    const body =
      '<a href="/actors/">A</a><form action="/a-z/" hidden><input name=q></form><img src="/a.svg" srcset="/a.svg 1x, /b.svg 2x" alt=""><a href="https://site.example/x">same site</a>';
    const r = await passPage(page(body), options());
    expect(r.html).toContain(
      '<a href="../../actors/index.html">A</a><form action="../../a-z/index.html" hidden><input name=q></form>',
    );
    expect(r.html).toContain(
      '<img src="../../a.svg" srcset="../../a.svg 1x, ../../b.svg 2x" alt="">',
    );
    expect(r.html).toContain('<a href="https://site.example/x">same site</a>');
    const kept = await passPage(page(body), options({ relative: false, page: '404.html' }));
    expect(kept.html).toContain('<a href="/actors/">A</a>');
  });

  it('does not stop on a URL it cannot parse', async () => {
    const r = await passPage(page('<a href="https://[bad">x</a>'), options());
    expect(r.problems.join()).toMatch(/not a valid URL/);
  });
});

describe('joinedSheets', () => {
  it('accepts the shipped sheets joined in any order, nothing else', () => {
    expect(joinedSheets('a{}\nb{}', ['a{}', 'b{}'])).toBe(true);
    expect(joinedSheets('b{}a{}', ['a{}', 'b{}'])).toBe(true);
    expect(joinedSheets('a{}c{}', ['a{}', 'b{}'])).toBe(false);
    expect(joinedSheets('a{}b{', ['a{}', 'b{}'])).toBe(false);
  });
});
