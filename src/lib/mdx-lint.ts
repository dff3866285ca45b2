/**
 * The MDX lint: walks the parse tree of a content file's body (the tree the MDX compiler builds
 * from the very text the build compiles, see frontmatter.ts) and refuses everything the content
 * policy (content-policy.ts) does not allow: ESM, expressions, HTML and unknown JSX, attributes
 * that are not literal strings, links to other schemes, images, deep nesting. It never reads the
 * text with a grammar of its own, so it cannot disagree with the compiler about what is code.
 * Pure: the caller parses (scripts/mdx-worker.ts), this only walks.
 */
import type { Problem } from './validate';
import {
  COMPONENT_SYNONYMS,
  LIMITS,
  MARKDOWN_NODES,
  MDX_COMPONENTS,
  closest,
  urlProblem,
  type RefTarget,
} from './content-policy';

/** The parts of an mdast / mdx node the lint reads. */
export interface TreeNode {
  type: string;
  children?: TreeNode[];
  position?: { start: { line: number; column: number } } | undefined;
  name?: string | null;
  attributes?: { type: string; name?: string; value?: unknown }[];
  url?: string;
  value?: string;
}

/** An id used by a component in a body, for the reference checks (validate.ts). */
export interface BodyRef {
  file: string;
  line: number | undefined;
  component: string;
  attribute: string;
  target: RefTarget;
  id: string;
}

export interface LintResult {
  problems: Problem[];
  refs: BodyRef[];
}

const COMPONENT_NAMES = Object.keys(MDX_COMPONENTS);
const COMPONENT_LIST = COMPONENT_NAMES.map((n) => `<${n}>`).join(', ');
const NO_CODE = 'content cannot run code or load anything';

/** How to write in Markdown what an HTML element was used for. */
const HTML_INSTEAD: Readonly<Record<string, string>> = {
  b: 'write **bold** in Markdown',
  strong: 'write **bold** in Markdown',
  i: 'write *italics* in Markdown',
  em: 'write *italics* in Markdown',
  a: 'write a link as [text](https://...)',
  br: 'end the line with a backslash \\ for a line break',
  p: 'separate paragraphs with a blank line',
  ul: 'write a list with "- " at the start of each line',
  ol: 'write a numbered list with "1. " at the start of each line',
  li: 'write a list with "- " at the start of each line',
  blockquote: 'start each line with "> " for a quotation',
  q: `use <Quote by="actor-id" source="source-id">`,
  code: 'put code between backticks `like this`',
  h2: 'write a heading as "## Heading"',
  h3: 'write a heading as "### Heading"',
  img: 'images are not allowed: link to the page that shows the picture',
  del: 'write ~~struck text~~ in Markdown',
  s: 'write ~~struck text~~ in Markdown',
  hr: 'write a line holding only --- (after a blank line)',
};

function snippet(text: string): string {
  const s = text.replace(/\s+/g, ' ').trim();
  return s.length > 60 ? `${s.slice(0, 57)}...` : s;
}

/** Lints one body's tree. `file` is the path reported in problems. */
export function lintTree(file: string, tree: TreeNode): LintResult {
  const problems: Problem[] = [];
  const refs: BodyRef[] = [];
  const add = (node: TreeNode, field: string, message: string, fix: string) =>
    problems.push({ file, line: node.position?.start.line, field, message, fix });
  let tooDeep = false;

  const visit = (node: TreeNode, depth: number): void => {
    if (depth > LIMITS.depth) {
      if (!tooDeep)
        add(
          node,
          'body',
          `the text nests lists, quotations or components more than ${LIMITS.depth} levels deep`,
          'flatten the structure: no reader needs that many levels',
        );
      tooDeep = true;
      return;
    }
    if (!checkNode(node, add, refs, file)) return;
    for (const child of node.children ?? []) visit(child, depth + 1);
  };
  visit(tree, 0);
  return { problems, refs };
}

type Add = (node: TreeNode, field: string, message: string, fix: string) => void;

/** Checks one node; false when its children should not be visited (it is refused whole). */
function checkNode(node: TreeNode, add: Add, refs: BodyRef[], file: string): boolean {
  switch (node.type) {
    case 'mdxjsEsm': {
      const word = /^\s*(import|export)/.exec(node.value ?? '')?.[1] ?? 'import or export';
      add(
        node,
        word,
        `${word} statement "${snippet(node.value ?? '')}": content files may not import or export anything`,
        `remove the line (the components ${COMPONENT_LIST} are there without an import); if it is prose, reword it so the line does not begin with "${word}"`,
      );
      return false;
    }
    case 'mdxFlowExpression':
    case 'mdxTextExpression':
      add(
        node,
        'body',
        `JavaScript expression "{${snippet(node.value ?? '')}}" in the text`,
        `${NO_CODE}: write the value as plain text; for a literal brace write \\{`,
      );
      return false;
    case 'mdxJsxFlowElement':
    case 'mdxJsxTextElement':
      return checkJsx(node, add, refs, file);
    case 'image':
    case 'imageReference':
      add(
        node,
        'image',
        'images are not allowed in content',
        'remove the image; link to the page that shows it with [text](https://...) instead',
      );
      return false;
    case 'html':
      add(
        node,
        'body',
        `raw HTML "${snippet(node.value ?? '')}" is not allowed`,
        `write it in Markdown, or use one of ${COMPONENT_LIST}`,
      );
      return false;
    case 'footnoteDefinition':
    case 'footnoteReference':
      add(
        node,
        'footnote',
        'footnotes are not supported',
        'cite a source inline with <Cite id="source-id" />',
      );
      return false;
    case 'yaml':
    case 'toml':
      add(
        node,
        'frontmatter',
        'a second frontmatter block in the text',
        'merge its fields into the frontmatter at the top of the file and delete this block',
      );
      return false;
    case 'link':
    case 'definition': {
      const why = urlProblem(node.url ?? '');
      if (why) {
        add(
          node,
          'link',
          `the link to "${snippet(node.url ?? '')}" is refused: ${why}`,
          'link to a full https:// address, a mailto: address or a path inside the site starting with /; for an actor, event or source use <Actor id>, <Event id> or <Cite id>',
        );
        return false;
      }
      return true;
    }
    default:
      if (MARKDOWN_NODES.has(node.type)) return true;
      add(
        node,
        'body',
        `"${node.type}" content is not allowed`,
        'write plain Markdown: paragraphs, headings, lists, quotations, links, emphasis, tables',
      );
      return false;
  }
}

function checkJsx(node: TreeNode, add: Add, refs: BodyRef[], file: string): boolean {
  const name = node.name;
  if (!name) {
    add(
      node,
      '<>',
      'a fragment <>...</> is not allowed',
      `write the text without it, or use one of ${COMPONENT_LIST}`,
    );
    return false;
  }
  const rule = MDX_COMPONENTS[name];
  if (!rule) {
    if (/^[A-Z]/.test(name)) {
      const suggestion = COMPONENT_SYNONYMS[name] ?? closest(name, COMPONENT_NAMES);
      add(
        node,
        `<${name}>`,
        `<${name}> is not one of the components content may use`,
        `${suggestion ? `did you mean <${suggestion}>? ` : ''}the components are ${COMPONENT_LIST} (see CONTRIBUTING.md)`,
      );
    } else {
      const instead = HTML_INSTEAD[name.toLowerCase()];
      add(
        node,
        `<${name}>`,
        `HTML <${name}> is not allowed in content: ${NO_CODE}, and everything else is written in Markdown`,
        instead ? instead : `remove it; use Markdown or one of ${COMPONENT_LIST}`,
      );
    }
    return false;
  }
  let ok = true;
  const seen = new Set<string>();
  for (const attr of node.attributes ?? []) {
    if (attr.type !== 'mdxJsxAttribute' || !attr.name) {
      add(
        node,
        `<${name}>`,
        `<${name}> has a {...} expression among its attributes`,
        `attributes are plain text in double quotes, e.g. <${name}${attrExample(name)} />`,
      );
      ok = false;
      continue;
    }
    const target = rule.attributes[attr.name];
    if (target === undefined) {
      const known = Object.keys(rule.attributes);
      const suggestion = closest(attr.name, known);
      add(
        node,
        `<${name} ${attr.name}>`,
        `<${name}> takes no ${attr.name}= attribute`,
        known.length
          ? `${suggestion ? `did you mean ${suggestion}=? ` : ''}<${name}> takes ${known.map((k) => `${k}="..."`).join(' and ')}`
          : `remove ${attr.name}=; <${name}> takes no attributes`,
      );
      ok = false;
      continue;
    }
    if (seen.has(attr.name)) {
      add(
        node,
        `<${name} ${attr.name}>`,
        `<${name}> has ${attr.name}= twice`,
        `keep one ${attr.name}="..."`,
      );
      ok = false;
      continue;
    }
    seen.add(attr.name);
    if (typeof attr.value !== 'string') {
      add(
        node,
        `<${name} ${attr.name}>`,
        attr.value === null || attr.value === undefined
          ? `${attr.name} has no value`
          : `the value of ${attr.name}= is a JavaScript expression`,
        `write it as text in double quotes: ${attr.name}="an-id"`,
      );
      ok = false;
      continue;
    }
    refs.push({
      file,
      line: node.position?.start.line,
      component: name,
      attribute: attr.name,
      target,
      id: attr.value,
    });
  }
  for (const required of Object.keys(rule.attributes)) {
    if (!seen.has(required) && ok) {
      add(
        node,
        `<${name}>`,
        `<${name}> needs a ${required}="..." attribute`,
        `write it as <${name}${attrExample(name)} />`,
      );
      ok = false;
    }
  }
  return ok;
}

function attrExample(name: string): string {
  return Object.keys(MDX_COMPONENTS[name]?.attributes ?? {})
    .map((a) => ` ${a}="an-id"`)
    .join('');
}
