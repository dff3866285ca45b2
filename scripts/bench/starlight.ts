// The yardstick for `npm run bench -- --scale --vs-starlight`: Starlight, installed into a temporary
// folder (never into the project, never committed), fed the text of the pages our build just made,
// page for page and edition for edition, so the two builds make the same pages from the same words.
//
// Starlight gets its defaults, as a team adopting it would: its sidebar (every page listed on every
// page), its Pagefind search, English at the root and Arabic (right to left) under /ar/.
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { spawnSync } from 'node:child_process';
import { parse } from 'parse5';

export const STARLIGHT = '0.42.4';

/** What this file reads of parse5's nodes (its document, elements and text nodes all fit). */
interface HtmlNode {
  nodeName: string;
  tagName?: string;
  value?: string;
  attrs?: readonly { name: string; value: string }[];
  childNodes?: readonly HtmlNode[];
}

/** The Astro the project builds with: Starlight runs on the same one. */
function projectVersion(name: string): string {
  const manifest = JSON.parse(readFileSync(join('node_modules', name, 'package.json'), 'utf8')) as {
    version: string;
  };
  return manifest.version;
}

/**
 * Installs Starlight (on the project's Astro and sharp) into a folder under the system's temporary
 * directory with npm, once: later runs reuse it. Returns the folder, or throws with npm's output.
 */
export function installStarlight({ log = console.log } = {}) {
  const astro = projectVersion('astro');
  const sharp = projectVersion('sharp');
  const dir = join(tmpdir(), `idlib-bench-starlight-${STARLIGHT}-astro-${astro}`);
  const done = join(dir, '.installed');
  if (existsSync(done)) return dir;
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  writeFileSync(
    join(dir, 'package.json'),
    `${JSON.stringify({ name: 'starlight-yardstick', private: true, type: 'module' }, null, 2)}\n`,
  );
  log(`starlight: installing @astrojs/starlight@${STARLIGHT} with astro@${astro} into ${dir} ...`);
  const r = spawnSync(
    'npm',
    [
      'install',
      '--no-audit',
      '--no-fund',
      '--ignore-scripts',
      '--loglevel=error',
      `astro@${astro}`,
      `@astrojs/starlight@${STARLIGHT}`,
      `sharp@${sharp}`,
    ],
    { cwd: dir, encoding: 'utf8' },
  );
  if (r.status !== 0) throw new Error(`npm could not install Starlight:\n${r.stdout}${r.stderr}`);
  writeFileSync(done, new Date().toISOString());
  return dir;
}

const SKIP = new Set([
  'script',
  'style',
  'svg',
  'template',
  'noscript',
  'button',
  'input',
  'select',
  'textarea',
]);
const BLOCK = new Set([
  'p',
  'li',
  'dt',
  'dd',
  'blockquote',
  'figcaption',
  'caption',
  'summary',
  'pre',
  'div',
  'section',
  'article',
  'aside',
  'header',
  'footer',
  'figure',
  'ul',
  'ol',
  'dl',
  'details',
  'nav',
  'form',
  'fieldset',
  'legend',
  'label',
  'table',
  'main',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'tr',
  'thead',
  'tbody',
  'tfoot',
  'hr',
  'br',
  'time',
]);
const attr = (node: HtmlNode, name: string) => node.attrs?.find((a) => a.name === name)?.value;
const escape = (text = '') => text.replace(/([\\`*_{}[\]<>#|~!])/g, '\\$1');
const squash = (text: string) => text.replace(/\s+/g, ' ');

/** The text of a built page's <main> as Markdown: headings, paragraphs, lists, tables and links. */
function pageMarkdown(html: string): string {
  const doc: HtmlNode = parse(html);
  const find = (node: HtmlNode, test: (n: HtmlNode) => boolean): HtmlNode | undefined => {
    if (test(node)) return node;
    for (const c of node.childNodes ?? []) {
      const f = find(c, test);
      if (f) return f;
    }
    return undefined;
  };
  const main = find(doc, (n) => n.tagName === 'main') ??
    find(doc, (n) => n.tagName === 'body') ?? { nodeName: 'body' };
  const title =
    squash(
      textOf(
        find(main, (n) => n.tagName === 'h1') ??
          find(doc, (n) => n.tagName === 'title') ?? { nodeName: 'title' },
      ),
    ).trim() || 'Untitled';
  const description = attr(
    find(doc, (n) => n.tagName === 'meta' && attr(n, 'name') === 'description') ?? {
      nodeName: 'meta',
    },
    'content',
  );
  const blocks: string[] = [];
  let line = '';
  let prefix = '';
  const flush = () => {
    const text = squash(line).trim();
    if (text) blocks.push(`${prefix}${text}`);
    line = '';
    prefix = '';
  };
  let firstH1 = true;
  const walk = (node: HtmlNode): void => {
    if (node.nodeName === '#text') {
      line += escape(node.value);
      return;
    }
    const tag = node.tagName;
    if (!tag || SKIP.has(tag)) return;
    if (tag === 'h1' && firstH1) {
      firstH1 = false;
      return;
    } // Starlight prints the title itself
    if (tag === 'table') {
      flush();
      blocks.push(table(node));
      return;
    }
    const href = tag === 'a' ? attr(node, 'href') : undefined;
    if (href) {
      const inner = squash(inline(node)).trim();
      if (inner) line += `[${inner}](${href.replace(/[()\s]/g, encodeURIComponent)})`;
      return;
    }
    const block = BLOCK.has(tag);
    if (block) flush();
    if (/^h[1-6]$/.test(tag)) prefix = `${'#'.repeat(Math.max(2, Number(tag[1])))} `;
    else if (tag === 'li') prefix = '- ';
    else if (tag === 'blockquote') prefix = '> ';
    for (const c of node.childNodes ?? []) walk(c);
    if (block) flush();
  };
  const inline = (node: HtmlNode): string => {
    if (node.nodeName === '#text') return escape(node.value);
    if (!node.tagName || SKIP.has(node.tagName)) return '';
    return (node.childNodes ?? []).map(inline).join('');
  };
  const table = (node: HtmlNode) => {
    const rows: string[][] = [];
    const collect = (n: HtmlNode) => {
      if (n.tagName === 'tr')
        rows.push(
          (n.childNodes ?? [])
            .filter((c) => c.tagName === 'td' || c.tagName === 'th')
            .map((c) => squash(cellText(c)).trim()),
        );
      else for (const c of n.childNodes ?? []) collect(c);
    };
    collect(node);
    if (!rows.length) return '';
    const cols = Math.max(1, ...rows.map((r) => r.length));
    const row = (cells: readonly string[]) =>
      `| ${Array.from({ length: cols }, (_, i) => cells[i] ?? '').join(' | ')} |`;
    const [head = [], ...body] = rows;
    return [row(head), row(Array<string>(cols).fill('---')), ...body.map(row)].join('\n');
  };
  const cellText = (n: HtmlNode): string => {
    if (n.nodeName === '#text') return escape(n.value);
    if (!n.tagName || SKIP.has(n.tagName)) return '';
    const inner = (n.childNodes ?? [])
      .map(cellText)
      .join(n.tagName === 'ul' || n.tagName === 'ol' ? ' ' : '');
    const href = n.tagName === 'a' ? attr(n, 'href') : undefined;
    return href
      ? `[${squash(inner).trim()}](${href.replace(/[()\s]/g, encodeURIComponent)})`
      : inner;
  };
  walk(main);
  flush();
  const front = [
    '---',
    `title: ${JSON.stringify(title)}`,
    ...(description ? [`description: ${JSON.stringify(description)}`] : []),
    '---',
  ];
  return `${front.join('\n')}\n\n${blocks.filter(Boolean).join('\n\n')}\n`;
}

function textOf(node: HtmlNode): string {
  if (node.nodeName === '#text') return node.value ?? '';
  return (node.childNodes ?? []).map(textOf).join('');
}

const CONFIG = `import { defineConfig } from 'astro/config';
import starlight from '@astrojs/starlight';

export default defineConfig({
  site: 'https://starlight-yardstick.example.org',
  integrations: [starlight({
    title: 'Starlight yardstick',
    defaultLocale: 'root',
    locales: { root: { label: 'English', lang: 'en' }, ar: { label: 'العربية', lang: 'ar', dir: 'rtl' } },
  })],
});
`;
const CONTENT_CONFIG = `import { defineCollection } from 'astro:content';
import { docsLoader } from '@astrojs/starlight/loaders';
import { docsSchema } from '@astrojs/starlight/schema';

export const collections = { docs: defineCollection({ loader: docsLoader(), schema: docsSchema() }) };
`;

/**
 * Makes the Starlight site in the install folder from the HTML pages of `dist` (every page but
 * 404.html, which Starlight makes itself): one Markdown page for each, at the same path. (The site
 * lives in the install itself: Vite treats packages linked in from elsewhere as external, and
 * Starlight's virtual modules then fail to load.) clean() empties its output and caches, so each
 * build starts cold.
 */
export function starlightSite(
  install: string,
  dist: string,
): { dir: string; pages: number; clean: () => void; remove: () => void } {
  const dir = install;
  writeFileSync(join(dir, 'astro.config.mjs'), CONFIG);
  rmSync(join(dir, 'src'), { recursive: true, force: true });
  mkdirSync(join(dir, 'src/content/docs'), { recursive: true });
  writeFileSync(join(dir, 'src/content.config.ts'), CONTENT_CONFIG);
  let pages = 0;
  for (const path of readdirSync(dist, { recursive: true })
    .map(String)
    .filter((p) => p.endsWith('.html'))
    .sort()) {
    if (path === '404.html' || !path.endsWith('index.html')) continue;
    const slug = path === 'index.html' ? 'index' : path.replace(/\/index\.html$/, '');
    const to = join(dir, 'src/content/docs', `${slug}.md`);
    mkdirSync(dirname(to), { recursive: true });
    writeFileSync(to, pageMarkdown(readFileSync(join(dist, path), 'utf8')));
    pages++;
  }
  const clean = () => {
    for (const f of ['dist', '.astro', 'node_modules/.astro', 'node_modules/.vite'])
      rmSync(join(dir, f), { recursive: true, force: true });
  };
  return {
    dir,
    pages,
    clean,
    remove: () => {
      clean();
      rmSync(join(dir, 'src'), { recursive: true, force: true });
    },
  };
}
