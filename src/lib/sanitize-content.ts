/**
 * The second, independent layer: whatever a parser disagreement might let past the content check,
 * the HTML tree of a content body is cleaned before it is compiled. The site's own components
 * (content-policy.ts) are set aside as placeholders, the tree goes through hast-util-sanitize with
 * an allow-list (no script, style, meta, base, link, iframe, object, embed, form, no event
 * handlers, no style attributes, http(s) and mailto links only), and the components come back with
 * their literal string attributes only. ESM and expressions are node types the sanitiser does not
 * know, so they are dropped. Runs as a hast plugin of the MDX compiler (astro.config.mjs) and in
 * the content check, which compiles every body the same way.
 */
import { sanitize, type Schema } from 'hast-util-sanitize';
import type { Properties, Root } from 'hast';
import { CONTENT_HTML, MDX_COMPONENTS, urlProblem } from './content-policy';

/** An MDX JSX element as the compiler's hast tree holds it. */
interface JsxNode {
  type: 'mdxJsxFlowElement' | 'mdxJsxTextElement';
  name: string | null;
  attributes: { type: string; name?: string; value?: unknown }[];
  children: unknown[];
  data?: unknown;
}

interface AnyNode {
  type: string;
  value?: unknown;
  tagName?: string;
  properties?: Properties;
  children?: AnyNode[];
}

const PLACEHOLDER = 'mdx-component';

const SCHEMA: Schema = {
  tagNames: [...CONTENT_HTML.tagNames, PLACEHOLDER],
  attributes: {
    ...Object.fromEntries(Object.entries(CONTENT_HTML.attributes).map(([k, v]) => [k, [...v]])),
    [PLACEHOLDER]: ['dataIndex'],
  },
  protocols: { href: ['http', 'https', 'mailto'] },
  ancestors: { tbody: ['table'], td: ['table'], th: ['table'], thead: ['table'], tr: ['table'] },
  // elements whose text is code or markup, not prose: dropped with their content
  strip: [
    'script',
    'style',
    'template',
    'noscript',
    'iframe',
    'object',
    'embed',
    'textarea',
    'title',
    'xmp',
    'noembed',
    'noframes',
    'svg',
    'math',
  ],
  clobber: [],
  clobberPrefix: '',
  required: {},
  allowComments: false,
  allowDoctypes: false,
};

/** A copy of the tree with only standard fields, site components set aside as placeholders. */
function toPlain(node: AnyNode, kept: JsxNode[]): AnyNode | undefined {
  if (node.type === 'text')
    return { type: 'text', value: typeof node.value === 'string' ? node.value : '' };
  const children = () =>
    (node.children ?? []).map((c) => toPlain(c, kept)).filter((c): c is AnyNode => c !== undefined);
  if (node.type === 'root') return { type: 'root', children: children() };
  if (node.type === 'element') {
    return {
      type: 'element',
      tagName: String(node.tagName),
      properties: { ...(node.properties ?? {}) },
      children: children(),
    };
  }
  if (node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') {
    const jsx = node as unknown as JsxNode;
    const strings = jsx.attributes.filter(
      (a): a is { type: 'mdxJsxAttribute'; name: string; value: string } =>
        a.type === 'mdxJsxAttribute' && typeof a.name === 'string' && typeof a.value === 'string',
    );
    const rule = jsx.name ? MDX_COMPONENTS[jsx.name] : undefined;
    if (rule) {
      kept.push({
        ...jsx,
        attributes: strings.filter((a) => a.name in rule.attributes),
        children: [],
      });
      return {
        type: 'element',
        tagName: PLACEHOLDER,
        properties: { dataIndex: String(kept.length - 1) },
        children: children(),
      };
    }
    // any other JSX is handed to the sanitiser as the HTML it would become, which removes it
    return {
      type: 'element',
      tagName: (jsx.name ?? 'fragment').toLowerCase(),
      properties: Object.fromEntries(strings.map((a) => [a.name, a.value])),
      children: children(),
    };
  }
  return undefined; // ESM, expressions, raw HTML, comments: never rendered
}

/** Puts the site components back and drops link targets the content policy refuses. */
function restore(node: AnyNode, kept: JsxNode[]): AnyNode {
  const children = (node.children ?? []).map((c) => restore(c, kept));
  if (node.type === 'element' && node.tagName === PLACEHOLDER) {
    const original = kept[Number(node.properties?.['dataIndex'])];
    if (!original) return { type: 'text', value: '' };
    return { ...original, children };
  }
  if (
    node.type === 'element' &&
    node.tagName === 'a' &&
    typeof node.properties?.['href'] === 'string' &&
    urlProblem(node.properties['href'])
  ) {
    const { href: _dropped, ...rest } = node.properties;
    return { ...node, properties: rest, children };
  }
  return node.children ? { ...node, children } : node;
}

/** The cleaned tree: only what the content policy allows can come out. */
export function cleanContentTree(root: unknown): Root {
  const kept: JsxNode[] = [];
  const plain = toPlain(root as AnyNode, kept) ?? { type: 'root', children: [] };
  const clean = sanitize(plain as unknown as Root, SCHEMA) as Root;
  return restore(clean, kept) as unknown as Root;
}

/** The MDX compiler's hast plugin (satteri): replaces the body's tree by its cleaned copy. */
export const sanitizeContentPlugin = {
  name: 'idlib:sanitize-content',
  after(root: unknown, ctx: { replaceNode(node: unknown, next: unknown): void }) {
    ctx.replaceNode(root, cleanContentTree(root));
  },
};
