import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { lintMdx, lintEntries, unsafeScheme, bodyOffset, MDX_COMPONENTS, SAFE_HTML } from '../../src/lib/mdx-lint';

const FRONT = '---\nname: Test\nsources: [x]\n---\n';
/** Lints a body placed after a four-line frontmatter: the body's first line is line 5. */
const lint = (body: string) => lintMdx('src/content/actors/test.mdx', FRONT + body);
const messages = (body: string) => lint(body).map((p) => p.message);

describe('lintMdx', () => {
  it('accepts Markdown and the listed components with plain string props', () => {
    expect(lint([
      '## Heading',
      '',
      'Text with **bold**, a [link](https://example.org/a_(b)) and [a page](/actors/hts/) and [mail](mailto:a@example.org).',
      '<Actor id="hts">HTS</Actor> <Event id="sochi-memorandum" /> <Cite id="reuters-2019-07-10" />',
      '<Quote by="mustafa-bakour" source="reuters-2019-07-10">a “quote”</Quote> <Relation id="a--funding--b">x</Relation>',
      '<Claim id="c1">A claim.</Claim>',
      '',
      '<Note>',
      'An aside on its own lines.',
      '</Note>',
      '',
    ].join('\n'))).toEqual([]);
  });

  it('keeps the component list in step with src/components/mdx/index.ts', () => {
    const index = readFileSync('src/components/mdx/index.ts', 'utf8');
    const listed = /mdxComponents = \{([^}]*)\}/.exec(index)![1]!.split(',').map((s) => s.trim()).filter(Boolean);
    expect(Object.keys(MDX_COMPONENTS).sort()).toEqual(listed.sort());
  });

  it('keeps the allowed HTML free of elements that run code or load content', () => {
    for (const tag of ['script', 'style', 'iframe', 'object', 'embed', 'form', 'img', 'a', 'svg', 'link', 'meta', 'base']) {
      expect(SAFE_HTML).not.toHaveProperty(tag);
    }
  });

  it('reports import and export statements with their line', () => {
    const problems = lint('import X from "x"\n\nText.\n\nexport const a = 1\n');
    expect(problems.map((p) => [p.line, p.field])).toEqual([[5, 'import'], [9, 'export']]);
    expect(problems[0]!.fix).toMatch(/provided by the pages/);
  });

  it('does not take a paragraph continuation line beginning with "import" for a statement', () => {
    expect(lint('Trade in arms and\nimport duties.\n')).toEqual([]);
    // after a heading, a line starts a new block, as MDX reads it
    expect(lint('# Title\nexport const a = 1\n').map((p) => p.field)).toEqual(['export']);
  });

  it('reports expressions in the text, but not in code or after a backslash', () => {
    expect(messages('The war was {2019 - 2011} years old.')).toEqual(['JavaScript expression "{2019 - 2011}" in the text']);
    expect(lint('Inline `{a}` and ``{`b`}`` and an escaped \\{ brace.\n')).toEqual([]);
    expect(lint('```js\nconst a = {b};\n<script>alert(1)</script>\nimport x from "y"\n```\n\n~~~~\n{x}\n~~~~\n')).toEqual([]);
    expect(lint('> ```\n> {x}\n> ```\n')).toEqual([]);
  });

  it('treats an unclosed fence as code to the end, as CommonMark does', () => {
    expect(lint('Text.\n\n```\n{x} <script>\n')).toEqual([]);
  });

  it('reports an unmatched backtick run as text, so what follows is still checked', () => {
    expect(messages('A ` lone backtick then {x}')).toEqual(['JavaScript expression "{x}" in the text']);
  });

  it('reports expressions, spreads, unquoted values and bare attributes in props', () => {
    const problems = lint('<Actor id={"hts"}>a</Actor> <Actor {...p}>b</Actor> <Cite id=hts /> <Note open>c</Note>\n');
    expect(problems.map((p) => p.message)).toEqual([
      'id={"hts"} is a JavaScript expression',
      '<Actor> has a JavaScript expression "{...p}" among its props',
      'the value of id= is not in quotes',
      'open has no value',
      '<Note> takes no open=',
    ]);
  });

  it('reports script, style, iframe and other active elements', () => {
    for (const tag of ['script', 'style', 'iframe', 'object', 'embed', 'form', 'input', 'button', 'img', 'svg', 'link', 'meta', 'base', 'video', 'a']) {
      const [p] = lint(`Text <${tag} x="1"></${tag}>\n`);
      expect(p, tag).toMatchObject({ line: 5, field: `<${tag}>`, message: `<${tag}> is not allowed: it can run code, load content from elsewhere or take input` });
    }
    expect(messages('<SCRIPT>alert(1)</SCRIPT>')[0]).toMatch(/<SCRIPT> is not one of the components/);
  });

  it('allows only the listed harmless HTML, with lang, dir and title', () => {
    expect(lint('<abbr title="Hayat Tahrir al-Sham">HTS</abbr> CO<sub>2</sub> <span lang="ar" dir="rtl">إدلب</span> a<br />b <time datetime="2019-07-10">10 July</time>\n')).toEqual([]);
    expect(messages('<div>x</div>')).toEqual(['raw HTML <div> is not allowed']);
    expect(messages('<span class="x">y</span>')).toEqual(['<span> takes no class= attribute']);
    expect(messages('<span style="color:red">y</span>')).toEqual(['<span> takes no style= attribute']);
    expect(lint('<abbr title="Note: not a link">x</abbr>\n')).toEqual([]);
  });

  it('reports event-handler attributes, whatever their case, on HTML and components', () => {
    expect(lint('<span onclick="x()">a</span> <Note onMouseOver="x()">b</Note>\n').map((p) => p.field)).toEqual(['<span onclick>', '<Note onMouseOver>']);
  });

  it('reports javascript:, vbscript: and data: URLs in links, definitions and attributes, however written', () => {
    const bodies = [
      '[x](javascript:alert(1))',
      '[x]( JavaScript:alert(1) "title")',
      '[x](<javascript:alert(1)>)',
      '[x](&#106;avascript:alert(1))',
      '[x](&#x6A;avascript&colon;alert(1))',
      '[x](javascript\\:alert(1))',
      '![x](data:text/html;base64,PHNjcmlwdD4=)',
      '[x][r]\n\n[r]: javascript:alert(1)',
      '[x][r]\n\n   [r]:\n   javascript:alert(1)',
      '> [x][r]\n>\n> [r]: <javascript:alert(1)>',
      '- [x][r]\n\n- [r]: javascript:alert(1)',
      '<abbr title="javascript:alert(1)">x</abbr>',
      '[x](vbscript:msgbox(1))',
    ];
    for (const body of bodies) {
      const problems = lint(`${body}\n`);
      expect(problems.length, body).toBeGreaterThan(0);
      expect(problems.some((p) => /a (javascript|vbscript|data): URL/.test(p.message)), body).toBe(true);
    }
  });

  it('keeps checking after a link that is not one', () => {
    expect(messages('[x](< broken\n\nThe year {2019}.')).toContain('JavaScript expression "{2019}" in the text');
  });

  it('accepts http(s), mailto and relative links', () => {
    for (const url of ['https://example.org/', 'http://example.org/x?y=1#z', 'mailto:a@example.org', '/events/', '#top', '../x/', 'x/y']) {
      expect(unsafeScheme(url), url).toBeUndefined();
    }
    expect(unsafeScheme(' JAVA\tSCRIPT:x')).toBe('javascript');
    expect(unsafeScheme('file:///etc/passwd')).toBe('file');
  });

  it('reports components that are not on the list, and member or fragment tags', () => {
    expect(messages('<Map region="idlib" />')).toEqual(['<Map> is not one of the components content may use']);
    expect(messages('<Foo.Bar />')).toEqual(['<Foo.Bar> is not one of the components content may use']);
    expect(messages('<>x</>')[0]).toMatch(/fragment/);
  });

  it('reports props a component does not take, and Astro directives', () => {
    expect(messages('<Cite id="a" page="4" />')).toEqual(['<Cite> takes no page=']);
    expect(messages('<Note set:html="<b>x</b>" />')).toEqual(['the directive set:html on <Note> is not allowed (it would insert unescaped HTML)']);
    expect(messages('<Actor id="a" client:load>x</Actor>')).toEqual(['the directive client:load on <Actor> is not allowed']);
  });

  it('reports tags that are never closed, closed twice or closed out of order', () => {
    expect(lint('<Note>an aside\n\nmore text\n').map((p) => [p.line, p.message])).toEqual([[5, '<Note> is never closed']]);
    expect(messages('text</Actor>')).toEqual(['closing tag </Actor> has no opening <Actor>']);
    expect(messages('<Claim id="a"><Actor id="b">x</Claim>')).toEqual(['<Actor> is not closed before </Claim>']);
    expect(messages('<Actor id="a"')[0]).toMatch(/never closed with ">"/);
  });

  it('reports HTML comments, autolinks and a "<" that MDX would read as a tag', () => {
    expect(messages('<!-- note -->')[0]).toMatch(/MDX does not allow <!-- -->/);
    expect(messages('see <https://example.org/>')).toEqual(['"<https://example.org/>": MDX does not support links in angle brackets']);
    expect(messages('fewer than <5')).toEqual(['"<5": MDX reads "<" followed by "5" as the start of a tag']);
    expect(lint('3 < 5 and 5 > 3\n')).toEqual([]);
  });

  it('gives the line in the file, props spread over lines included', () => {
    const problems = lint('one\n\ntwo <Quote\n  by="a"\n  source={x}>q</Quote>\n');
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ file: 'src/content/actors/test.mdx', line: 9, field: '<Quote source>' });
  });

  it('skips the frontmatter, whatever it holds', () => {
    expect(lintMdx('a.mdx', '---\nsummary: "{x} <script> import"\n---\nText.\n')).toEqual([]);
    expect(bodyOffset('---\na: 1\n---\nbody')).toBe(13);
    expect(bodyOffset('no frontmatter')).toBe(0);
  });

  it('lints only MDX entries', () => {
    const entries = [{ file: 'a.yaml', raw: 'note: "{x}"' }, { file: 'b.mdx', raw: `${FRONT}{x}` }];
    expect(lintEntries(entries).map((p) => p.file)).toEqual(['b.mdx']);
  });

  it('passes every real content file', () => {
    const files = ['actors/hts.mdx', 'events/sochi-memorandum.mdx', 'article/report.mdx'];
    for (const f of files) expect(lintMdx(f, readFileSync(`src/content/${f}`, 'utf8')), f).toEqual([]);
  });
});
