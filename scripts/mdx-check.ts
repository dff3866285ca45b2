/**
 * Checks one MDX content file the way the build will read it: splits it as Astro does
 * (src/lib/frontmatter.ts), parses the body with the build's MDX parser into a tree, lints the tree
 * (src/lib/mdx-lint.ts) and, when the lint passes, reads it into HTML and components as the build
 * does (src/lib/content-body.ts, with the sanitiser), so that nothing the check accepts can fail to
 * render in the build. The parser is native code that can crash on hostile input:
 * scripts/mdx-worker.ts runs this in a child process.
 */
import { mdxToMdast } from 'satteri';
import { isSplit, splitFrontmatter } from '../src/lib/frontmatter';
import { lintTree, type BodyRef, type TreeNode } from '../src/lib/mdx-lint';
import { MDX_FEATURES } from '../src/lib/mdx-processor';
import { contentBody } from '../src/lib/content-body';
import { LIMITS } from '../src/lib/content-policy';
import type { Problem } from '../src/lib/validate';

export interface MdxResult {
  problems: Problem[];
  refs: BodyRef[];
}

const SYNTAX_FIX =
  'close every <Component> with </Component> (or write <Component ... />), and write a literal < or { as \\< or \\{';

/** The problems of one file's body, and the ids its components use. */
export function checkMdxFile(
  file: string,
  raw: string,
  options: { render?: boolean } = {},
): MdxResult {
  const bytes = Buffer.byteLength(raw, 'utf8');
  if (bytes > LIMITS.bytes) {
    return {
      refs: [],
      problems: [
        {
          file,
          line: 1,
          field: 'file',
          message: `the file is ${Math.round(bytes / 1000)} KB; content files may be at most ${LIMITS.bytes / 1000} KB`,
          fix: 'split the text or shorten it: a page this long is too heavy for readers on phones',
        },
      ],
    };
  }
  const split = splitFrontmatter(file, raw);
  if (!isSplit(split)) return { problems: [split], refs: [] };
  let tree: TreeNode;
  try {
    tree = mdxToMdast(split.body, {
      features: { ...MDX_FEATURES },
      position: true,
    }) as unknown as TreeNode;
  } catch (e) {
    const message = String((e as Error).message ?? e).split('\n')[0]!;
    const m = /^(\d+):(\d+)(?:-\d+:\d+)?:?\s*(.*)$/.exec(message);
    const deep = /call stack/i.test(message);
    return {
      refs: [],
      problems: [
        {
          file,
          line: m ? Number(m[1]) : undefined,
          field: 'body',
          message: deep
            ? 'the text nests too deeply for the MDX parser'
            : `MDX cannot read the text: ${m ? m[3] : message}`,
          fix: deep ? 'flatten the structure: no reader needs that many levels' : SYNTAX_FIX,
        },
      ],
    };
  }
  const result = lintTree(file, tree);
  if (result.problems.length || options.render === false) return result;
  try {
    contentBody(split.body);
  } catch (e) {
    const message = String((e as Error).message ?? e).split('\n')[0]!;
    result.problems.push({
      file,
      line: undefined,
      field: 'body',
      message: `the build cannot read the text: ${message}`,
      fix: SYNTAX_FIX,
    });
  }
  return result;
}
