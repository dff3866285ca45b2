/**
 * The second layer: whatever reached the compiler, the compiled body can render no script, style,
 * frame, form, handler or foreign URL. These compile hostile bodies that the lint would refuse,
 * straight through the build's processor, and look at the code it produces.
 */
import { describe, expect, it } from 'vitest';
import { mdxToJs } from 'satteri';
import { cleanContentTree, sanitizeContentPlugin } from '../../src/lib/sanitize-content';
import { MDX_FEATURES } from '../../src/lib/mdx-processor';

const compile = (body: string) =>
  mdxToJs(body, {
    features: { ...MDX_FEATURES },
    hastPlugins: [sanitizeContentPlugin],
    jsxImportSource: 'astro',
    elementAttributeNameCase: 'html',
  }).code;

describe('the content sanitiser', () => {
  it('drops ESM, expressions, script, style, frames, forms and unknown components', () => {
    const code = compile(
      [
        'import fs from "node:fs"',
        'export const components = { p: () => "x" }',
        '',
        'Text {process.exit(1)} <script>alert(1)</script> <style>{"p{}"}</style> <iframe src="https://x.example" />',
        '<form action="https://x.example"><input name="q" /></form> <Evil /> <object data="x" /> <meta httpEquiv="refresh" />',
        '<base href="https://x.example/" /> <link rel="stylesheet" href="https://x.example/s.css" /> <embed src="x" />',
      ].join('\n'),
    );
    for (const gone of [
      'node:fs',
      '() => "x"',
      'process.exit',
      'alert(1)',
      'p{}',
      'iframe',
      'form',
      'input',
      'Evil',
      'object',
      'meta',
      'base',
      'stylesheet',
      'embed',
      'script',
      'style',
    ]) {
      expect(code, gone).not.toContain(gone);
    }
  });

  it('drops handlers, style attributes and links to other schemes, keeps safe links', () => {
    const code = compile(
      '<b onclick="alert(1)" style="color:red">b</b> [a](javascript:alert(1)) [b](//evil.example) [c](https://ok.example/) [d](/actors/hts/)',
    );
    for (const gone of ['onclick', 'color:red', 'javascript', 'evil.example'])
      expect(code).not.toContain(gone);
    expect(code).toContain('https://ok.example/');
    expect(code).toContain('/actors/hts/');
  });

  it('keeps the site components with their literal string attributes only', () => {
    const code = compile('<Actor id="hts" onClick="x" extra="y">HTS</Actor> <Cite id="s" />');
    expect(code.replace(/\s+/g, ' ')).toContain('_jsx(Actor, { id: "hts", children: "HTS" })');
    expect(code).not.toContain('onClick');
    expect(code).not.toContain('extra');
  });

  it('returns a clean copy of any tree, whatever node types it holds', () => {
    const tree = cleanContentTree({
      type: 'root',
      children: [
        { type: 'raw', value: '<script>x</script>' },
        {
          type: 'element',
          tagName: 'p',
          properties: { onClick: 'x', id: 'y' },
          children: [{ type: 'text', value: 'ok' }],
        },
        {
          type: 'mdxJsxTextElement',
          name: 'Note',
          attributes: [{ type: 'mdxJsxExpressionAttribute', value: '...x' }],
          children: [],
        },
      ],
    });
    expect(JSON.stringify(tree)).toBe(
      JSON.stringify({
        type: 'root',
        children: [
          {
            type: 'element',
            tagName: 'p',
            properties: {},
            children: [{ type: 'text', value: 'ok' }],
          },
          { type: 'mdxJsxTextElement', name: 'Note', attributes: [], children: [] },
        ],
      }),
    );
  });
});
