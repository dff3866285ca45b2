/**
 * Splits an MDX content file the way the build does, so that the content check reads exactly the
 * text the MDX compiler will read. Astro (@astrojs/mdx) finds the frontmatter with
 * `extractFrontmatter` and hands the compiler the file with the frontmatter blanked out by spaces
 * (lines kept, so positions match the file). We call Astro's own function rather than a copy of
 * its pattern, and then refuse every file where that pattern and a plain reading disagree: one
 * syntax only, a `---` line, the fields, a `---` line.
 */
import { extractFrontmatter } from '@astrojs/internal-helpers/frontmatter';
import type { Problem } from './validate';

export interface SplitFile {
  /** The frontmatter's YAML text, as Astro parses it. */
  yaml: string;
  /** Offset in the file where the YAML text starts (after the opening `---` line). */
  yamlOffset: number;
  /** The text the MDX compiler reads: the whole file with the frontmatter blanked by spaces. */
  body: string;
  /** Offset in the file where the body proper starts (after the closing `---` line). */
  bodyOffset: number;
}

const FIX =
  'begin the file with a line holding only ---, then the fields, then a line holding only ---, then the text';

/** The file split as the build splits it, or the problem that makes the two readings disagree. */
export function splitFrontmatter(file: string, raw: string): SplitFile | Problem {
  const problem = (message: string, line = 1): Problem => ({
    file,
    line,
    field: 'frontmatter',
    message,
    fix: FIX,
  });
  const text = raw.startsWith('\uFEFF') ? raw.slice(1) : raw;
  if (text.startsWith('+++'))
    return {
      ...problem(
        'the file begins with +++ (TOML frontmatter); content files use YAML between --- lines',
      ),
      fix: 'rewrite the fields as YAML between two lines holding only ---',
    };
  const fm = extractFrontmatter(raw);
  if (fm === undefined)
    return problem('the file does not begin with a frontmatter block between --- lines');
  const opening = /^---\r?\n/.exec(text)?.[0].length;
  if (opening === undefined)
    return problem(
      'the first line must hold only ---: nothing before it, nothing after it on the line',
    );
  // Astro's pattern captures from just after the opening --- to just before the first "\n---".
  const closeAt = 3 + fm.length;
  const closingLine = lineAt(text, closeAt);
  if (text.slice(3, closeAt) !== fm || text.slice(closeAt, closeAt + 3) !== '---') {
    return problem('the frontmatter must end with a line holding only ---', closingLine);
  }
  const afterClose = text.slice(closeAt + 3);
  const lineEnd = /^[ \t]*(?:\r?\n|$)/.exec(afterClose);
  if (!lineEnd) {
    return problem(
      `line ${closingLine} ends the frontmatter for the build because it starts with ---, but it holds more: "---${(afterClose.split('\n')[0] ?? '').slice(0, 40)}"`,
      closingLine,
    );
  }
  const offset = raw.length - text.length;
  // exactly what @astrojs/mdx hands the compiler (safeParseFrontmatter, 'empty-with-spaces')
  const body = raw.replace(`---${fm}---`, `   ${fm.replace(/[^\r\n]/g, ' ')}   `);
  return {
    yaml: fm.slice(opening - 3),
    yamlOffset: offset + opening,
    body,
    bodyOffset: offset + closeAt + 3 + lineEnd[0].length,
  };
}

/** True when the split succeeded. */
export function isSplit(x: SplitFile | Problem): x is SplitFile {
  return 'body' in x;
}

/**
 * The 1-based line of a character offset in a file: the one way the check, the build and the dev
 * server turn a position into the line they report.
 */
export function lineAt(text: string, offset: number): number {
  return text.slice(0, offset).split('\n').length;
}
