/**
 * Property-based: generated bodies mixing Markdown with every dangerous construct we know of, in
 * every block context. Whatever the content check accepts must render with the build's reading,
 * and its rendered HTML must hold no forbidden element, attribute or URL. The sanitiser is also
 * tested on its own, on every body the parser can read, accepted or not: it is the second layer.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { parseFragment } from 'parse5';
import { checkMdxFile } from '../../scripts/mdx-check';
import { contentBody, type BodyPart } from '../../src/lib/content-body';

const FRONT =
  '---\nname: Test\nkind: person\nside: observer\nsummary: "A test."\nsources: [s]\n---\n';

const DANGER = [
  '<script>alert(1)</script>',
  '<SCRIPT>x</SCRIPT>',
  '</ script>',
  '<style>{"b{}"}</style>',
  '<img src=x onerror="alert(1)" />',
  '<iframe src="https://evil.example" />',
  '<object data="x" />',
  '<embed src="x" />',
  '<form action="https://evil.example" />',
  '<meta httpEquiv="refresh" content="0;url=https://evil.example" />',
  '<base href="https://evil.example/" />',
  '<link rel="stylesheet" href="x" />',
  '<a href="javascript:alert(1)">a</a>',
  '<b onclick="x" style="color:red">b</b>',
  '<svg><script>x</script></svg>',
  '<Note onClick="x">n</Note>',
  '<Actor id={x} />',
  '<Actor {...p} />',
  '<Actor id="hts" />',
  '<Cite id="s" />',
  '<Note>*n*</Note>',
  '{alert(1)}',
  '{/* c */}',
  'import fs from "node:fs"',
  'export const components = {}',
  'export default () => null',
  '[a](javascript:alert(1))',
  '[a](JAVASCRIPT:x)',
  '[a](jav&#x09;ascript:x)',
  '[a](data:text/html,x)',
  '[a](//evil.example)',
  '[a](/\\evil.example)',
  '[a](https://[bad)',
  '[a](https://ok.example/ "<script>t</script>")',
  '[r]: javascript:x',
  '[a\\]b]: javascript:x',
  '[a][r]',
  '[a][a\\]b]',
  '![i](https://evil.example/x.png)',
  '![i](//evil.example/x.png)',
  '<https://evil.example>',
  '<!-- c -->',
  '&lt;script&gt;',
  '](x<script>y</script>',
];
const MARKDOWN = [
  'text',
  '**bold**',
  '*em*',
  '`code`',
  '``a ` b``',
  '```',
  '~~~',
  '[ok](https://ok.example/)',
  '[site](/actors/hts/)',
  '---',
  '===',
  '\\{',
  '\\<',
  '|a|b|\n|-|-|\n|1|2|',
  '> q',
  '- l',
  '1. n',
  '# h',
  '    indented',
];
const JOINS = [
  '',
  ' ',
  '\n',
  '\n\n',
  '\n> ',
  '\n- ',
  '\n  ',
  '\n# ',
  '\n===\n',
  '\n```\n',
  '\n> ```\n> ',
];

const body = fc
  .array(
    fc.tuple(
      fc.constantFrom(...JOINS),
      fc.oneof(fc.constantFrom(...DANGER), fc.constantFrom(...MARKDOWN)),
    ),
    { minLength: 1, maxLength: 8 },
  )
  .map((parts) =>
    parts
      .map(([j, p]) => j + p)
      .join('')
      .trimStart(),
  );

const attr = (s: string) => s.replace(/&/g, '&amp;').replace(/"/g, '&quot;');
/** Stand-ins for the site's components, with the same shape: a link or a wrapper around the words. */
const COMPONENT_HTML: Record<string, [string, string]> = {
  Note: ['<aside>', '</aside>'],
  Quote: ['<q>', '</q>'],
};
const PATHS: Record<string, string> = {
  Actor: 'actors',
  Event: 'events',
  Relation: 'relations',
  Cite: 'sources',
  Claim: 'report',
};
const renderParts = (parts: readonly BodyPart[]): string =>
  parts
    .map((p) => {
      if ('html' in p) return p.html;
      const inner = renderParts(p.children);
      const [open, close] = COMPONENT_HTML[p.component] ?? [
        `<a href="/${PATHS[p.component]}/${attr(p.props['id'] ?? '')}/">`,
        '</a>',
      ];
      return open + inner + close;
    })
    .join('');

/** A body as the build renders it (src/lib/content-body.ts), the site's components stood in for. */
const renderBody = (source: string): string => renderParts(contentBody(source).parts);

const FORBIDDEN = new Set([
  'script',
  'style',
  'iframe',
  'frame',
  'object',
  'embed',
  'form',
  'input',
  'meta',
  'base',
  'link',
  'img',
  'svg',
  'math',
  'template',
]);
interface P5Node {
  nodeName: string;
  tagName?: string;
  attrs?: { name: string; value: string }[];
  childNodes?: P5Node[];
  content?: P5Node;
}

/** What in the HTML could run, load or send anywhere; empty when nothing. */
function forbidden(html: string): string[] {
  const found: string[] = [];
  const walk = (n: P5Node) => {
    if (n.tagName && FORBIDDEN.has(n.tagName)) found.push(`<${n.tagName}>`);
    for (const a of n.attrs ?? []) {
      if (a.name.startsWith('on') || a.name === 'style' || a.name === 'srcdoc')
        found.push(`${a.name}=`);
      if (['href', 'src', 'action', 'formaction', 'xlink:href'].includes(a.name)) {
        const v = a.value.replace(/[\u0000-\u0020]/g, '').toLowerCase();
        const scheme = /^([a-z][a-z0-9+.-]*):/.exec(v)?.[1];
        if (
          (scheme && !['http', 'https', 'mailto'].includes(scheme)) ||
          v.startsWith('//') ||
          v.includes('\\')
        )
          found.push(`${a.name}="${a.value}"`);
      }
    }
    for (const c of n.childNodes ?? []) walk(c);
    if (n.content) walk(n.content);
  };
  walk(parseFragment(html));
  return found;
}

describe('content the check accepts', () => {
  it('renders, and renders nothing that runs, loads or leaves the site', () => {
    let accepted = 0;
    fc.assert(
      fc.property(body, (b) => {
        const { problems } = checkMdxFile('src/content/actors/test.mdx', FRONT + b, {
          render: false,
        });
        if (problems.length) return;
        accepted++;
        const html = renderBody(FRONT.replace(/[^\n]/g, ' ') + b);
        expect(forbidden(html), `${JSON.stringify(b)}\n${html}`).toEqual([]);
      }),
      { numRuns: 400, seed: 20261130 },
    );
    expect(accepted).toBeGreaterThan(20); // the generator does reach the accepted side
  });
});

describe('the sanitiser alone', () => {
  it('renders nothing that runs, loads or leaves the site, from any body the parser reads', () => {
    let rendered = 0;
    fc.assert(
      fc.property(body, (b) => {
        let html: string;
        try {
          html = renderBody(b);
        } catch {
          return; // a syntax error: the build would stop, nothing is rendered
        }
        rendered++;
        expect(forbidden(html), `${JSON.stringify(b)}\n${html}`).toEqual([]);
      }),
      { numRuns: 600, seed: 1130 },
    );
    expect(rendered).toBeGreaterThan(150); // dangerous bodies do reach the sanitiser
  });

  it('the oracle sees what it must (it is not blind)', () => {
    expect(
      forbidden(
        '<p><script>x</script><a href="javascript:x">a</a><b onclick="x">b</b><a href="//e">e</a></p>',
      ),
    ).toEqual(['<script>', 'href="javascript:x"', 'onclick=', 'href="//e"']);
  });
});
