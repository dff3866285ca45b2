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
import type { Element, ElementContent, Nodes, Properties, Root, RootContent } from 'hast';
import { CONTENT_HTML, MDX_COMPONENTS, urlProblem } from './content-policy';
import type { MdxJsxFlowElementHast, MdxJsxTextElementHast } from 'satteri';
import { isObject } from './typed';

/** An MDX JSX element as the compiler's hast tree holds it (satteri declares it in hast's trees). */
type JsxNode = MdxJsxFlowElementHast | MdxJsxTextElementHast;

/** A JSX node of the incoming tree; its fields are checked before use. */
const isJsx = (node: Record<string, unknown>): node is Record<string, unknown> & JsxNode =>
  (node['type'] === 'mdxJsxFlowElement' || node['type'] === 'mdxJsxTextElement') &&
  (node['name'] === null || typeof node['name'] === 'string') &&
  Array.isArray(node['attributes']);

/** A literal string attribute (name="value"), the only kind a kept component keeps. */
const isStringAttribute = (
  a: unknown,
): a is { type: 'mdxJsxAttribute'; name: string; value: string } =>
  isObject(a) &&
  a['type'] === 'mdxJsxAttribute' &&
  typeof a['name'] === 'string' &&
  typeof a['value'] === 'string';

type PropertyValue = Properties[string];
const isPropertyValue = (v: unknown): v is PropertyValue =>
  v === null ||
  v === undefined ||
  ['string', 'number', 'boolean'].includes(typeof v) ||
  (Array.isArray(v) && v.every((x) => typeof x === 'string' || typeof x === 'number'));

/** An incoming node's properties, keeping the values hast can hold. */
const propertiesOf = (v: unknown): Properties =>
  isObject(v)
    ? Object.fromEntries(
        Object.entries(v).filter((e): e is [string, PropertyValue] => isPropertyValue(e[1])),
      )
    : {};

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

/** A copy of an incoming node with only standard fields, site components set aside as placeholders. */
function toPlain(node: unknown, kept: JsxNode[]): ElementContent | undefined {
  if (!isObject(node)) return undefined;
  if (node['type'] === 'text')
    return { type: 'text', value: typeof node['value'] === 'string' ? node['value'] : '' };
  const children = () => plainChildren(node, kept);
  if (node['type'] === 'element') {
    return {
      type: 'element',
      tagName: String(node['tagName']),
      properties: propertiesOf(node['properties']),
      children: children(),
    };
  }
  if (isJsx(node)) {
    const strings = node.attributes.filter(isStringAttribute);
    const rule = node.name ? MDX_COMPONENTS[node.name] : undefined;
    if (rule) {
      kept.push({
        ...node,
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
      tagName: (node.name ?? 'fragment').toLowerCase(),
      properties: Object.fromEntries(strings.map((a) => [a.name, a.value])),
      children: children(),
    };
  }
  return undefined; // ESM, expressions, raw HTML, comments: never rendered
}

function plainChildren(node: Record<string, unknown>, kept: JsxNode[]): ElementContent[] {
  const list: unknown[] = Array.isArray(node['children']) ? node['children'] : [];
  return list.map((c) => toPlain(c, kept)).filter((c) => c !== undefined);
}

/** Puts the site components back and drops link targets the content policy refuses. */
function restore(node: ElementContent, kept: JsxNode[]): ElementContent;
function restore(node: RootContent, kept: JsxNode[]): RootContent;
function restore(node: RootContent, kept: JsxNode[]): RootContent {
  if (node.type !== 'element') return node;
  const children = node.children.map((c) => restore(c, kept));
  if (node.tagName === PLACEHOLDER) {
    const original = kept[Number(node.properties['dataIndex'])];
    if (!original) return { type: 'text', value: '' };
    return { ...original, children };
  }
  const href = node.properties['href'];
  if (node.tagName === 'a' && typeof href === 'string' && urlProblem(href)) {
    const { href: _dropped, ...rest } = node.properties;
    return { ...node, properties: rest, children };
  }
  return { ...node, children };
}

/** The cleaned tree: only what the content policy allows can come out. */
export function cleanContentTree(root: unknown): Root {
  const kept: JsxNode[] = [];
  const children = isObject(root) && root['type'] === 'root' ? plainChildren(root, kept) : [];
  const clean: Nodes = sanitize({ type: 'root', children }, SCHEMA);
  const cleaned: Element | Root = clean.type === 'root' ? clean : { type: 'root', children: [] };
  return { type: 'root', children: cleaned.children.map((c) => restore(c, kept)) };
}

/** The MDX compiler's hast plugin (satteri): replaces the body's tree by its cleaned copy. */
export const sanitizeContentPlugin = {
  name: 'idlib:sanitize-content',
  after(root: unknown, ctx: { replaceNode(node: unknown, next: unknown): void }) {
    ctx.replaceNode(root, cleanContentTree(root));
  },
};
