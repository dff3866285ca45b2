/**
 * The MDX lint walks the tree the build's MDX parser makes (scripts/mdx-check.ts parses, in process
 * here: these inputs are small). Each case of the root causes is here: the lint agrees
 * with the parser because it is the parser's tree.
 */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { checkMdxFile } from '../../scripts/mdx-check';
import { MDX_COMPONENTS, LIMITS, urlProblem, closest, nameKey } from '../../src/lib/content-policy';

const FRONT = '---\nname: Test\nsources: [x]\n---\n';
/** Checks a body placed after a four-line frontmatter: the body's first line is line 5. */
const check = (body: string) =>
  checkMdxFile('src/content/actors/test.mdx', FRONT + body, { render: false }).problems;
const fields = (body: string) => check(body).map((p) => p.field);

describe('the MDX lint', () => {
  it('accepts Markdown and the listed components with plain string attributes', () => {
    expect(
      check(
        [
          '## Heading',
          '',
          'Text with **bold**, *italics*, ~~struck~~, `code`, a [link](https://example.org/a_(b)), [a page](/actors/hts/), [here](#top) and [mail](mailto:a@example.org).',
          '<Actor id="hts">HTS</Actor> <Event id="sochi-memorandum" /> <Cite id="reuters-2019-07-10" />',
          '<Quote by="mustafa-bakour" source="reuters-2019-07-10">a “quote”</Quote> <Relation id="a--funding--b">x</Relation>',
          '<Claim id="c1">A claim.</Claim>',
          '',
          '<Note>',
          'An aside on its own lines.',
          '</Note>',
          '',
          '> A quotation',
          '',
          '- a list',
          '  - nested',
          '',
          '| a | b |',
          '|---|---|',
          '| 1 | 2 |',
          '',
          '```',
          'const x = {a}; <script>alert(1)</script>',
          'import x from "y"',
          '```',
          '',
          '[ref]: https://example.org/ref',
          'A [reference][ref] link.',
        ].join('\n'),
      ),
    ).toEqual([]);
  });

  it('keeps the component list in step with src/components/mdx/index.ts', () => {
    const index = readFileSync('src/components/mdx/index.ts', 'utf8');
    const listed = /mdxComponents[^=]*= \{([^}]*)\}/
      .exec(index)![1]!
      .split(',')
      .map((s) => s.trim())
      .filter(Boolean);
    expect(Object.keys(MDX_COMPONENTS).sort()).toEqual(listed.sort());
  });

  it('reports import and export lines where MDX reads them as code, with their line', () => {
    const problems = check('import X from "x"\n\nText.\n\nexport const a = 1\n');
    expect(problems.map((p) => [p.line, p.field])).toEqual([
      [5, 'import'],
      [9, 'export'],
    ]);
    // right after a JSX-only line and after a setext heading underline: ESM to MDX
    expect(fields('<br />\nimport fs from "node:fs"\n')).toEqual(['<br>', 'import']);
    expect(fields('Title\n=====\nexport const components = {}\n')).toEqual(['export']);
    // a paragraph's continuation line is prose
    expect(check('Trade in arms and\nimport duties.\n')).toEqual([]);
  });

  it('reports expressions, but not code or escaped braces', () => {
    expect(check('The war was {2019 - 2011} years old.')[0]!.message).toBe(
      'JavaScript expression "{2019 - 2011}" in the text',
    );
    expect(check('Inline `{a}` and an escaped \\{ brace.\n')).toEqual([]);
  });

  it('sees HTML wherever the parser does (the cases a text scanner missed)', () => {
    expect(fields('See ](x<script>alert(1)</script> for more.')).toEqual(['<script>']);
    // a fence opened in a block quote ends with the quote
    expect(fields('> ```\n> code\n\n<script>alert(1)</script>\n')).toEqual(['<script>']);
    // a backtick in a heading does not start a code span that runs on
    expect(fields('# A `tick\n\n<script>alert(1)</script> and `\n')).toEqual(['<script>']);
    expect(fields('<script>alert(1)</ script>')).not.toEqual([]);
    expect(fields('<ScRiPt>x</ScRiPt>')).toEqual(['<ScRiPt>']);
  });

  it('reports link and definition targets other than http(s), mailto and site paths', () => {
    for (const bad of [
      'javascript:alert(1)',
      'JaVaScRiPt:alert(1)',
      'data:text/html,x',
      'vbscript:x',
      '//evil.example/x',
      '/\\evil.example',
      'file:///etc/passwd',
      'x.html',
    ]) {
      expect(fields(`[a](${bad})`), bad).toEqual(['link']);
    }
    expect(fields('[a]: javascript:alert(1)\n\n[b][a]')).toEqual(['link']);
    // labels with an escaped bracket or over two lines are still definitions to the parser
    expect(fields('[a\\]b]: javascript:alert(1)\n\n[x][a\\]b]')).toEqual(['link']);
    expect(fields('[a\nb]: javascript:alert(1)\n\n[x][a b]')).toEqual(['link']);
    expect(fields('[a](<javascript:alert(1)>)')).toEqual(['link']);
  });

  it('refuses images, footnotes, raw HTML and a second frontmatter', () => {
    expect(fields('![x](https://other.example/x.png)')).toEqual(['image']);
    expect(fields('![x](//other.example/x.png)')).toEqual(['image']);
    expect(fields('![x][i]\n\n[i]: /x.png')).toEqual(['image']);
    expect(fields('A note.[^1]\n\n[^1]: Text.')).toEqual(['footnote', 'footnote']);
  });

  it('refuses every HTML element, with the Markdown to write instead', () => {
    const problems = check(
      '<b>bold</b> <iframe src="https://x.example"></iframe> <a href="https://x.example">x</a>',
    );
    expect(problems.map((p) => p.field)).toEqual(['<b>', '<iframe>', '<a>']);
    expect(problems[0]!.fix).toMatch(/\*\*bold\*\*/);
  });

  it('checks component attributes: literal strings, known names, each once, all given', () => {
    expect(fields('<Actor id={x} />')).toEqual(['<Actor id>']);
    expect(fields('<Actor {...x} />')).toEqual(['<Actor>']);
    expect(fields('<Actor id />')).toEqual(['<Actor id>']);
    expect(fields('<Actor id="a" onClick="x" />')).toEqual(['<Actor onClick>']);
    expect(fields('<Actor id="a" id="b" />')).toEqual(['<Actor id>']);
    expect(fields('<Quote by="a">x</Quote>')).toEqual(['<Quote>']);
    const typo = check('<Actor idd="hts" />');
    expect(typo[0]!.fix).toMatch(/did you mean id=/);
  });

  it('suggests the component people mean', () => {
    expect(check('<Source id="x" />')[0]!.fix).toMatch(/did you mean <Cite>/);
    expect(check('<Actr id="x" />')[0]!.fix).toMatch(/did you mean <Actor>/);
    expect(check('<>text</>')[0]!.field).toBe('<>');
  });

  it('returns the ids components use, with their lines, for the reference checks', () => {
    const r = checkMdxFile(
      'a.mdx',
      `${FRONT}Text\n\n<Actor id="hts">x</Actor> <Quote by="p" source="s">q</Quote>\n`,
      { render: false },
    );
    expect(r.refs.map((x) => [x.line, x.component, x.attribute, x.target, x.id])).toEqual([
      [7, 'Actor', 'id', 'actors', 'hts'],
      [7, 'Quote', 'by', 'actors', 'p'],
      [7, 'Quote', 'source', 'sources', 's'],
    ]);
  });

  it('refuses nesting deeper than the limit and files larger than the limit', () => {
    expect(fields(`${'>'.repeat(LIMITS.depth + 2)} deep`)).toEqual(['body']);
    expect(fields(`${'> '.repeat(LIMITS.depth - 3)} fine`)).toEqual([]);
    expect(fields('x'.repeat(LIMITS.bytes + 1))).toEqual(['file']);
  });

  it('reads what it accepts into HTML and components, as the build does', () => {
    expect(checkMdxFile('a.mdx', `${FRONT}Fine <Actor id="hts" /> text.\n`).problems).toEqual([]);
  });
});

describe('the content policy', () => {
  it('allows http(s), mailto, site paths and anchors only', () => {
    for (const ok of [
      'https://a.example/x?y#z',
      'http://a.example',
      'mailto:a@b.example',
      '/actors/hts/',
      '#top',
    ])
      expect(urlProblem(ok), ok).toBeUndefined();
    for (const bad of [
      '',
      'javascript:x',
      ' https://a.example',
      'https://a.example/\u200Bx',
      'https://user:pw@a.example',
      'https://[bad',
      'https://',
      '\\\\x',
      'rel/path',
    ])
      expect(urlProblem(bad), bad).toBeDefined();
  });

  it('compares names as readers see them', () => {
    expect(nameKey('HTS')).toBe(nameKey('H\u200BTS'));
    expect(nameKey('Ｈｔｓ')).toBe(nameKey('hts'));
    expect(nameKey('Erdog\u0306an'.normalize('NFD'))).toBe(nameKey('Erdoğan'));
    expect(nameKey('a\u202Eb')).toBe('ab');
  });

  it('suggests close names only', () => {
    expect(closest('rusia', ['russia', 'iran'])).toBe('russia');
    expect(closest('zzzz', ['russia', 'iran'])).toBeUndefined();
  });
});
