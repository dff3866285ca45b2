/**
 * How the build reads a content body (src/lib/content-body.ts): HTML from the cleaned tree, the
 * site's components apart with their literal attributes, headings with Astro's ids.
 */
import { describe, expect, it } from 'vitest';
import { contentBody, type BodyPart } from '../../src/lib/content-body';

const html = (parts: readonly BodyPart[]): string =>
  parts
    .map((p) =>
      'html' in p ? p.html : `[${p.component} ${JSON.stringify(p.props)}]${html(p.children)}[/]`,
    )
    .join('');

describe('a content body', () => {
  it('is HTML between the components, blocks joined by a line break as MDX joined them', () => {
    const { parts } = contentBody(
      'One *two* **three** `four`.\n\n- a\n- b\n\n> q\n\n1. x\n\n---\n\nline  \nbreak\n',
    );
    expect(html(parts)).toBe(
      '<p>One <em>two</em> <strong>three</strong> <code>four</code>.</p>\n' +
        '<ul>\n<li>a</li>\n<li>b</li>\n</ul>\n<blockquote>\n<p>q</p>\n</blockquote>\n' +
        '<ol>\n<li>x</li>\n</ol>\n<hr>\n<p>line<br>\nbreak</p>',
    );
  });

  it('keeps the site components apart, with their own literal attributes only, nested', () => {
    const { parts } = contentBody(
      'See <Actor id="hts" extra="x" onClick="y">HTS</Actor> <Cite id="s1" />.\n\n' +
        '<Claim id="c1">It <Relation id="a--b">backed</Relation> them</Claim>\n',
    );
    expect(parts).toEqual([
      { html: '<p>See ' },
      { component: 'Actor', props: { id: 'hts' }, children: [{ html: 'HTS' }] },
      { html: ' ' },
      { component: 'Cite', props: { id: 's1' }, children: [] },
      { html: '.</p>\n' },
      {
        component: 'Claim',
        props: { id: 'c1' },
        children: [
          { html: 'It ' },
          { component: 'Relation', props: { id: 'a--b' }, children: [{ html: 'backed' }] },
          { html: ' them' },
        ],
      },
    ]);
  });

  it('gives headings the ids Astro gave them, and lists them', () => {
    const { parts, headings } = contentBody(
      '## The offensive\n\n## The offensive\n\n### Who <Actor id="hts">HTS</Actor> is\n',
    );
    expect(headings).toEqual([
      { depth: 2, slug: 'the-offensive', text: 'The offensive' },
      { depth: 2, slug: 'the-offensive-1', text: 'The offensive' },
      { depth: 3, slug: 'who-hts-is', text: 'Who HTS is' },
    ]);
    expect(html(parts)).toContain('<h2 id="the-offensive-1">The offensive</h2>');
    expect(html(parts)).toContain('<h3 id="who-hts-is">Who [Actor {"id":"hts"}]HTS[/] is</h3>');
  });

  it('escapes text and attributes, and writes typographic punctuation', () => {
    const { parts } = contentBody('A \\< b & "c" [l](https://a.example/?x=1&y=2 "say \\"hi\\"")\n');
    expect(html(parts)).toBe(
      '<p>A &lt; b &amp; “c” <a href="https://a.example/?x=1&amp;y=2" title="say &quot;hi&quot;">l</a></p>',
    );
  });

  it('writes nothing that runs, loads or leaves the site', () => {
    const { parts } = contentBody(
      [
        'import fs from "node:fs"',
        '',
        'Text {process.exit(1)} <script>alert(1)</script> <iframe src="https://x.example" />',
        '<b onclick="alert(1)" style="color:red">b</b> [a](javascript:alert(1)) [b](//evil.example)',
        '<Evil /> <Actor id={x} /> <img src="https://x.example/i.png" />',
      ].join('\n'),
    );
    const out = JSON.stringify(parts);
    for (const gone of [
      'node:fs',
      'process.exit',
      'alert',
      'iframe',
      'onclick',
      'color:red',
      'javascript',
      'evil.example',
      'Evil',
      'img',
      'x.example',
    ])
      expect(out, gone).not.toContain(gone);
    expect(parts.filter((p) => 'component' in p)).toEqual([
      { component: 'Actor', props: {}, children: [] },
    ]);
  });
});
