/**
 * What content may contain: the one policy that the content check (mdx-lint.ts walks the parse
 * tree), the sanitiser in the MDX pipeline (sanitize-content.ts) and the reference checks
 * (validate.ts) all read. Content files come from strangers; everything not listed here is refused.
 * Pure: no Node or Astro imports.
 */

/** Collections a component attribute can point into; `claims` are the article's claims. */
export type RefTarget = 'actors' | 'events' | 'relations' | 'sources' | 'claims';

export interface ComponentRule {
  /** Attribute name → the collection its value is an id in. All attributes are required. */
  attributes: Readonly<Record<string, RefTarget>>;
  /** What the component is for, for messages. */
  purpose: string;
}

/**
 * The site's own components: the only JSX content may use, each with literal string attributes.
 * The one list: the lint, the sanitiser, the report's mention index and the component map in
 * src/components/mdx/index.ts (typed by MdxComponentName) all read it.
 */
const COMPONENT_RULES = {
  Actor: { attributes: { id: 'actors' }, purpose: 'a link to an actor' },
  Event: { attributes: { id: 'events' }, purpose: 'a link to an event' },
  Relation: { attributes: { id: 'relations' }, purpose: 'a link to a relation, with its grade' },
  Cite: { attributes: { id: 'sources' }, purpose: 'a citation of a source' },
  Quote: {
    attributes: { by: 'actors', source: 'sources' },
    purpose: 'a short quotation with its speaker and source',
  },
  Claim: { attributes: { id: 'claims' }, purpose: "one of the report's graded claims" },
  Note: { attributes: {}, purpose: 'an aside' },
} as const satisfies Record<string, ComponentRule>;

export type MdxComponentName = keyof typeof COMPONENT_RULES;
/** Looked up by any tag name a file may contain; undefined for a name that is not ours. */
export const MDX_COMPONENTS: Readonly<Partial<Record<string, ComponentRule>>> = COMPONENT_RULES;
/** Components that link to an entry of the given collection through their id attribute. */
export function linkingComponents(target: RefTarget): string[] {
  return Object.entries(MDX_COMPONENTS)
    .filter(([, rule]) => rule?.attributes['id'] === target)
    .map(([name]) => name);
}

/** Names people reach for, mapped to the component that does the job. */
export const COMPONENT_SYNONYMS: Readonly<Record<string, string>> = {
  Source: 'Cite',
  Citation: 'Cite',
  Ref: 'Cite',
  Reference: 'Cite',
  Footnote: 'Cite',
  Person: 'Actor',
  Group: 'Actor',
  Org: 'Actor',
  Organisation: 'Actor',
  Organization: 'Actor',
  Link: 'Actor',
  Aside: 'Note',
  Callout: 'Note',
  Blockquote: 'Quote',
  Q: 'Quote',
};

/**
 * Markdown (mdast) node types content may contain. Not here, so refused: images, raw HTML, ESM,
 * expressions, footnotes, a second frontmatter block; JSX is allowed only for MDX_COMPONENTS.
 */
export const MARKDOWN_NODES: ReadonlySet<string> = new Set([
  'root',
  'paragraph',
  'heading',
  'thematicBreak',
  'blockquote',
  'list',
  'listItem',
  'code',
  'inlineCode',
  'text',
  'emphasis',
  'strong',
  'delete',
  'link',
  'linkReference',
  'definition',
  'break',
  'table',
  'tableRow',
  'tableCell',
]);

export const LIMITS = {
  /** A content file larger than this is refused (the report, the longest file, is about 20 KB). */
  bytes: 100_000,
  /** Nesting of Markdown and components (lists in quotes in lists ...); real content stays under 8. */
  depth: 16,
} as const;

/**
 * Elements and attributes that rendered content may hold, for the sanitiser (hast property names).
 * `mdx-component` is the placeholder the sanitiser puts where a site component stands.
 */
export const CONTENT_HTML = {
  tagNames: [
    'p',
    'h1',
    'h2',
    'h3',
    'h4',
    'h5',
    'h6',
    'blockquote',
    'ul',
    'ol',
    'li',
    'em',
    'strong',
    'del',
    'code',
    'pre',
    'a',
    'hr',
    'br',
    'table',
    'thead',
    'tbody',
    'tr',
    'th',
    'td',
  ],
  attributes: { a: ['href', 'title'], ol: ['start'], th: ['align'], td: ['align'] },
} as const;

/** Every character that can disguise text: zero-width characters, bidi embeddings, overrides and isolates. */
export const INVISIBLE =
  /[\u00AD\u034F\u061C\u115F\u1160\u17B4\u17B5\u180B-\u180F\u200B-\u200F\u202A-\u202E\u2060-\u206F\u3164\uFE00-\uFE0F\uFEFF\uFFA0]/u;

/** A name as two names are compared: NFKC, invisible characters removed, case folded, spaces collapsed. */
export function nameKey(name: string): string {
  return name
    .normalize('NFKC')
    .replace(new RegExp(INVISIBLE.source, 'gu'), '')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim();
}

/** Why a link target is refused, or undefined when it is allowed. */
export function urlProblem(url: string): string | undefined {
  if (url === '') return 'the link has no address';

  if (/[\u0000-\u0020\u007F-\u009F]/.test(url) || INVISIBLE.test(url))
    return 'the address contains spaces, control or invisible characters';
  if (url.includes('\\')) return 'the address contains a backslash, which browsers read as a slash';
  if (url.startsWith('//')) return 'the address starts with //, which leads to another site';
  const scheme = /^([A-Za-z][A-Za-z0-9+.-]*):/.exec(url)?.[1]?.toLowerCase();
  if (scheme === undefined) {
    if (url.startsWith('/') || url.startsWith('#')) return undefined;
    return 'a link inside the site must start with / (a path from the site root) or # (a heading on this page)';
  }
  if (scheme === 'mailto') return undefined;
  if (scheme !== 'http' && scheme !== 'https')
    return `a ${scheme}: address is not allowed; only https://, http://, mailto: and paths inside the site are`;
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return 'the address is not a valid URL';
  }
  if (!parsed.hostname) return 'the address has no host';
  if (parsed.username || parsed.password) return 'the address carries a user name or password';
  return undefined;
}

/** Why a source's address is refused (it must be a full http(s) URL), or undefined. */
export function sourceUrlProblem(url: string): string | undefined {
  if (!/^https?:\/\//i.test(url))
    return 'expected a full http(s) URL, starting with https:// or http://';
  return urlProblem(url);
}

/** The closest of `candidates` to `word` by edit distance, if it is close enough to be a typo. */
export function closest(word: string, candidates: Iterable<string>): string | undefined {
  let best: string | undefined;
  let bestDistance = Infinity;
  const w = word.toLowerCase();
  for (const c of candidates) {
    const d = editDistance(w, c.toLowerCase());
    if (d < bestDistance) {
      best = c;
      bestDistance = d;
    }
  }
  const allowed = Math.max(1, Math.floor(word.length / 3));
  return best !== undefined && bestDistance <= allowed ? best : undefined;
}

function editDistance(a: string, b: string): number {
  // one row of the table at a time: prev is the row above, left the cell before this one and
  // diagonal the cell above that
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 0; i < a.length; i++) {
    let diagonal = i;
    let left = i + 1;
    const row = [left];
    for (const [j, above] of prev.slice(1).entries()) {
      left = Math.min(above + 1, left + 1, diagonal + (a.charAt(i) === b.charAt(j) ? 0 : 1));
      diagonal = above;
      row.push(left);
    }
    prev = row;
  }
  return prev.at(-1) ?? 0;
}
