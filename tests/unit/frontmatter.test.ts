import { describe, expect, it } from 'vitest';
import { parseFrontmatter } from '@astrojs/internal-helpers/frontmatter';
import { isSplit, lineAt, splitFrontmatter } from '../../src/lib/frontmatter';

const split = (raw: string) => splitFrontmatter('a.mdx', raw);

describe('splitFrontmatter', () => {
  it('hands the compiler exactly the text @astrojs/mdx hands it, lines kept', () => {
    for (const raw of [
      '---\na: 1\n---\nBody\n',
      '\uFEFF---\na: "x"\nb: [1]\n---\n\n# H\n',
      '---\r\na: 1\r\n---\r\nBody',
    ]) {
      const s = split(raw);
      expect(isSplit(s)).toBe(true);
      if (!isSplit(s)) continue;
      expect(s.body).toBe(parseFrontmatter(raw, { frontmatter: 'empty-with-spaces' }).content);
      expect(s.body.split('\n').length).toBe(raw.split('\n').length);
    }
  });

  it('gives the YAML, where it starts, and where the body starts', () => {
    const s = split('---\na: 1\n---\nBody\n');
    if (!isSplit(s)) throw new Error('not split');
    expect(s.yaml).toBe('a: 1\n');
    expect(s.yamlOffset).toBe(4);
    expect(s.bodyOffset).toBe(13);
  });

  it('refuses every file where the build and a plain reading would disagree', () => {
    const problem = (raw: string) => {
      const s = split(raw);
      return isSplit(s) ? undefined : s;
    };
    expect(problem('+++\na = 1\n+++\nBody')?.message).toMatch(/TOML/);
    expect(problem('No frontmatter')?.message).toMatch(/does not begin/);
    expect(problem('\n\n---\na: 1\n---\nBody')?.message).toMatch(/first line/);
    expect(problem('--- \na: 1\n---\nBody')?.message).toMatch(/first line/);
    // Astro ends the frontmatter at the first "\n---", even inside a value or followed by more
    const early = problem('---\na: 1\n---<script>alert(1)</script>\nb: 2\n---\nBody');
    expect(early?.line).toBe(3);
    expect(problem('---\na: |\n  x\n---b\n---\nBody')?.line).toBe(4);
    expect(problem('---\na: 1\n+++\nBody')?.message).toMatch(/must end/);
  });
});

describe('lineAt', () => {
  it('gives the 1-based line of an offset, counting only the newlines before it', () => {
    const text = 'a: 1\nb: 2\n\nc: 3';
    expect(lineAt(text, 0)).toBe(1);
    expect(lineAt(text, text.indexOf('b'))).toBe(2);
    expect(lineAt(text, text.indexOf('c'))).toBe(4);
    expect(lineAt(text, text.indexOf('\n'))).toBe(1);
  });
});
