/**
 * A content body as pages render it. The MDX text is parsed into a tree by satteri (the parser the
 * content check uses, with the same features), cleaned by the sanitiser (sanitize-content.ts), its
 * headings given ids as Astro gives them, and cut into parts: HTML strings, written from the
 * cleaned tree by the small serialiser below, and the site's own components with their literal
 * attributes, which the page renders (src/components/ContentBody.astro).
 *
 * Content is never compiled to JavaScript. Before, each .mdx entry became a module that Vite
 * compiled and bundled: bundling took 2.6 s of a 1,000-page build and 9.8 s of a 5,000-page one
 * (0.6 and 1.0 s since), and the bundler kept the memory. Parsing a body here takes about a
 * millisecond. It also closes a door: what a stranger writes can
 * only ever become the HTML below, never code.
 */
import { mdxToHast } from 'satteri';
import GithubSlugger from 'github-slugger';
import type { ElementContent, Properties, Root, RootContent } from 'hast';
import { CONTENT_HTML, MDX_COMPONENTS, type MdxComponentName } from './content-policy';
import { escapeAttr, escapeText } from './escape';
import { MDX_FEATURES } from './mdx-processor';
import { cleanContentTree } from './sanitize-content';

/** A part of a body: HTML to write as it is, or one of the site's components around more parts. */
export type BodyPart =
  | { html: string }
  | { component: MdxComponentName; props: Record<string, string>; children: BodyPart[] };

/** A heading of the body, as Astro's render() gave it: for the report's table of contents. */
export interface BodyHeading {
  depth: number;
  slug: string;
  text: string;
}

export interface ContentBody {
  parts: BodyPart[];
  headings: BodyHeading[];
}

const TAGS: ReadonlySet<string> = new Set(CONTENT_HTML.tagNames);
const ATTRIBUTES: Readonly<Record<string, readonly string[]>> = CONTENT_HTML.attributes;
const VOID: ReadonlySet<string> = new Set(['br', 'hr']);
const HEADING = /^h[1-6]$/;

type Node = Root | RootContent | ElementContent;
type Jsx = { type: 'mdxJsxFlowElement' | 'mdxJsxTextElement'; name: string | null };

const isJsx = (node: { type: string }): node is Node & Jsx & { children: Node[] } =>
  node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement';

const isComponent = (name: string | null): name is MdxComponentName =>
  name !== null && Object.hasOwn(MDX_COMPONENTS, name);

/** The text of a node and its descendants, components' words included (as satteri's textContent). */
function textOf(node: Node): string {
  if (node.type === 'text') return node.value;
  return 'children' in node ? (node.children as Node[]).map(textOf).join('') : '';
}

/** Gives every heading an id from its text, as Astro's heading-ids step does, and lists them. */
function headingIds(root: Root): BodyHeading[] {
  const slugger = new GithubSlugger();
  const headings: BodyHeading[] = [];
  const visit = (node: Node) => {
    if (node.type === 'element' && HEADING.test(node.tagName)) {
      const text = textOf(node);
      const slug = slugger.slug(text);
      node.properties = { ...node.properties, id: slug };
      headings.push({ depth: Number(node.tagName[1]), slug, text });
    }
    if ('children' in node) for (const c of node.children as Node[]) visit(c);
  };
  visit(root);
  return headings;
}

/** An element's attributes: only those the content policy allows on it, and a heading's id. */
function attributes(tagName: string, properties: Properties): string {
  const allowed = HEADING.test(tagName) ? ['id'] : (ATTRIBUTES[tagName] ?? []);
  let out = '';
  for (const name of allowed) {
    const value = properties[name];
    if (value === undefined || value === null || value === false) continue;
    if (value === true) out += ` ${name}`;
    else out += ` ${name}="${escapeAttr(Array.isArray(value) ? value.join(' ') : String(value))}"`;
  }
  return out;
}

/** The parts of a list of nodes: HTML runs merged, components kept apart. */
function partsOf(nodes: readonly Node[]): BodyPart[] {
  const parts: BodyPart[] = [];
  let html = '';
  const flush = () => {
    if (html) parts.push({ html });
    html = '';
  };
  const walk = (node: Node) => {
    if (node.type === 'text') {
      html += escapeText(node.value);
    } else if (node.type === 'element') {
      // The sanitiser has already removed anything else: this refuses, rather than writes, a tag
      // that would reach here through a change to the sanitiser.
      if (!TAGS.has(node.tagName))
        throw new Error(`content body: <${node.tagName}> is not allowed`);
      html += `<${node.tagName}${attributes(node.tagName, node.properties)}>`;
      if (VOID.has(node.tagName)) return;
      for (const c of node.children) walk(c);
      html += `</${node.tagName}>`;
    } else if (isJsx(node) && isComponent(node.name)) {
      flush();
      const rule = MDX_COMPONENTS[node.name]!;
      const props: Record<string, string> = {};
      for (const a of (node as unknown as { attributes: unknown[] }).attributes) {
        const { name, value } = a as { name?: unknown; value?: unknown };
        if (typeof name === 'string' && typeof value === 'string' && name in rule.attributes)
          props[name] = value;
      }
      parts.push({ component: node.name, props, children: partsOf(node.children) });
    }
    // Anything else (ESM, expressions, raw HTML, comments) the sanitiser has dropped; never written.
  };
  for (const n of nodes) walk(n);
  flush();
  return parts;
}

/** A body's parts and headings, from its MDX text (frontmatter already removed). */
export function contentBody(source: string): ContentBody {
  const tree = cleanContentTree(
    mdxToHast(source, { features: { ...MDX_FEATURES }, position: false }),
  );
  const headings = headingIds(tree);
  return { parts: partsOf(tree.children), headings };
}
