/**
 * The one pass over each built page, with a real HTML tokenizer (parse5's rewriting stream: tokens
 * it does not change are copied byte for byte). In one reading it:
 * - makes links relative and file-terminated (relative-links.ts), so one build works at any path
 *   and from disk;
 * - marks links to other sites (rel="external noopener noreferrer" and a hidden "(external site)");
 * - checks that every script and style is one the project ships (their hashes are known at build
 *   time) and that nothing else can run: no other inline script or style, no script from another
 *   place, no event-handler or style attribute, no javascript: URL, no refresh, base href or
 *   frame; anything else is a problem that stops the build;
 * - writes the page's Content-Security-Policy, listing the hashes of exactly its own scripts and
 *   styles.
 */
import { RewritingStream } from 'parse5-html-rewriting-stream';
import type { StartTag } from 'parse5-sax-parser';
import { policy, hash } from './csp';
import { relativeUrl } from './relative-links';
import { localeOf } from './i18n';
import { strings } from './strings';
import { escapeAttr } from './escape';

export interface PassOptions {
  /** The page's path from the site root, e.g. "actors/hts/index.html". */
  page: string;
  /** The site's base path, ending in "/". */
  base: string;
  /** The site's own origin (external links are those to any other). */
  origin: string;
  /** Make links relative (not for 404.html, which a server shows at any depth). */
  relative: boolean;
  /** Hashes ('sha256-...') of the inline scripts the project ships. */
  scripts: ReadonlySet<string>;
  /** The stylesheets the project ships (Astro joins a page's sheets into one <style>). */
  stylesheets: readonly string[];
}

export interface PassResult {
  html: string;
  /** The page's language as its <html lang> gives it (lower case), if it gives one. */
  lang: string | undefined;
  /** The hashes of the scripts and styles the page carries (for _headers). */
  scripts: string[];
  styles: string[];
  /** What the page must not contain; any problem stops the build. */
  problems: string[];
}

const LINK_ATTRS = new Set([
  'href',
  'src',
  'action',
  'poster',
  'data-src',
  'xlink:href',
  'formaction',
]);
const DATA_TYPES = new Set(['application/json', 'application/ld+json']);
const FRAMES = new Set(['iframe', 'frame', 'frameset', 'object', 'embed', 'applet', 'portal']);
const CSP_MARK = '<!--idlib:csp-->';

function decodeScheme(url: string): string | undefined {
  return /^([a-z][a-z0-9+.-]*):/i.exec(url.replace(/[\u0000-\u0020]/g, ''))?.[1]?.toLowerCase();
}

/**
 * The start tag as written, with the values of `set` replaced (or added before the end of the tag):
 * everything else in the tag stays byte for byte, so boolean attributes keep their form.
 */
function editTag(raw: string, tag: StartTag, set: ReadonlyMap<string, string>): string {
  // the rewriting stream always records locations, attributes' included
  const loc = tag.sourceCodeLocation as
    | (typeof tag.sourceCodeLocation & {
        attrs?: Record<string, { startOffset: number; endOffset: number }>;
      })
    | undefined;
  const start = loc?.startOffset ?? 0;
  const edits: { from: number; to: number; text: string }[] = [];
  const done = new Set<string>();
  for (const [name, value] of set) {
    const at = loc?.attrs?.[name];
    if (at) {
      edits.push({
        from: at.startOffset - start,
        to: at.endOffset - start,
        text: `${name}="${escapeAttr(value)}"`,
      });
      done.add(name);
    }
  }
  const end = raw.endsWith('/>') ? raw.length - 2 : raw.length - 1;
  for (const [name, value] of set)
    if (!done.has(name))
      edits.push({ from: end, to: end, text: ` ${name}="${escapeAttr(value)}"` });
  edits.sort((a, b) => b.from - a.from);
  let out = raw;
  for (const e of edits) out = out.slice(0, e.from) + e.text + out.slice(e.to);
  return out;
}

/** True when `css` is made of the shipped stylesheets, one after another (each once at most). */
export function joinedSheets(css: string, sheets: readonly string[]): boolean {
  const text = css.trim();
  const reach = new Set([0]);
  for (let i = 0; i <= text.length; i++) {
    if (!reach.has(i)) continue;
    if (i === text.length) return true;
    for (const sheet of sheets) {
      if (!sheet || !text.startsWith(sheet, i)) continue;
      let next = i + sheet.length;
      while (/\s/.test(text[next] ?? '')) next++; // Astro may join the sheets with a line break
      reach.add(next);
    }
  }
  return false;
}

/** Rewrites and checks one page. */
export async function passPage(html: string, o: PassOptions): Promise<PassResult> {
  const rs = new RewritingStream();
  const problems: string[] = [];
  const scripts = new Set<string>();
  const styles = new Set<string>();
  let collecting: { kind: 'script' | 'style'; text: string } | undefined;
  let externalOpen = false;
  let metaDone = false;
  // the hidden words after an external link, in the page's language (its <html lang>)
  let external = strings('en').chrome.external;
  let lang: string | undefined;
  const problem = (what: string) => problems.push(`${o.page}: ${what}`);

  const checkAttrs = (tag: StartTag) => {
    for (const a of tag.attrs) {
      const name = a.name.toLowerCase();
      if (name.startsWith('on'))
        problem(`<${tag.tagName}> has an event-handler attribute ${name}=`);
      if (name === 'style')
        problem(
          `<${tag.tagName}> has a style attribute (the policy allows only the site's stylesheets)`,
        );
      if (LINK_ATTRS.has(name) || name === 'srcset') {
        const scheme = decodeScheme(a.value);
        // a picture inlined by the site itself (the 404 page's icon) may be a data: image
        const inlineImage =
          scheme === 'data' &&
          /^data:image\//i.test(a.value.trim()) &&
          (tag.tagName === 'img' || tag.tagName === 'link');
        if (scheme && !inlineImage && !['http', 'https', 'mailto'].includes(scheme))
          problem(`<${tag.tagName} ${name}="${a.value.slice(0, 60)}"> uses a ${scheme}: URL`);
      }
    }
  };

  rs.on('startTag', (tag, raw) => {
    const name = tag.tagName;
    checkAttrs(tag);
    const attr = (n: string) => tag.attrs.find((a) => a.name === n)?.value;
    const set = new Map<string, string>();
    if (name === 'html') {
      lang = attr('lang')?.trim().toLowerCase() || undefined;
      external = strings(localeOf(attr('lang'))).chrome.external;
    }
    if (o.relative) {
      for (const a of tag.attrs) {
        if (LINK_ATTRS.has(a.name)) {
          const next = relativeUrl(a.value, o.base, o.page);
          if (next !== a.value) set.set(a.name, next);
        } else if (a.name === 'srcset') {
          const next = a.value
            .split(',')
            .map((part) => {
              const [u, ...d] = part.trim().split(/\s+/);
              return [relativeUrl(u ?? '', o.base, o.page), ...d].join(' ');
            })
            .join(', ');
          if (next !== a.value) set.set(a.name, next);
        }
      }
    }
    if (name === 'a') {
      const href = attr('href');
      if (href && /^https?:\/\//i.test(href)) {
        let origin: string | undefined;
        try {
          origin = new URL(href).origin;
        } catch {
          problem(`<a href="${href.slice(0, 60)}"> is not a valid URL`);
        }
        if (origin !== undefined && origin !== o.origin) {
          set.set('rel', 'external noopener noreferrer');
          externalOpen = true;
        }
      }
    }
    if (FRAMES.has(name)) problem(`<${name}> element: pages embed nothing from anywhere`);
    if (name === 'base' && attr('href') !== undefined)
      problem('<base href> changes where every link on the page points');
    if (name === 'meta' && attr('http-equiv')?.toLowerCase() === 'refresh')
      problem('<meta http-equiv="refresh"> sends readers elsewhere');
    if (name === 'meta' && attr('http-equiv')?.toLowerCase() === 'content-security-policy')
      problem('the page already has a Content-Security-Policy');
    if (name === 'script') {
      const type = attr('type')?.trim().toLowerCase();
      if (attr('src') !== undefined) {
        const src = attr('src')!;
        if (/^[a-z][a-z0-9+.-]*:|^\/\//i.test(src))
          problem(`<script src="${src.slice(0, 60)}"> loads a script from elsewhere`);
      } else if (type === undefined || type === '' || type === 'text/javascript') {
        collecting = { kind: 'script', text: '' };
      } else if (!DATA_TYPES.has(type)) {
        problem(`<script type="${type}">: the site ships no such script`);
      }
    }
    if (name === 'style') collecting = { kind: 'style', text: '' };
    rs.emitRaw(set.size ? editTag(raw, tag, set) : raw);
    if (name === 'meta' && attr('charset') !== undefined && !metaDone) {
      rs.emitRaw(CSP_MARK);
      metaDone = true;
    }
  });

  rs.on('text', (text, raw) => {
    if (collecting) collecting.text += text.text;
    rs.emitRaw(raw);
  });

  rs.on('endTag', (tag, raw) => {
    if (tag.tagName === 'a' && externalOpen) {
      rs.emitRaw(`<span class="visually-hidden">${external}</span>`);
      externalOpen = false;
    }
    if (collecting && tag.tagName === collecting.kind) {
      const h = hash(collecting.text);
      if (collecting.kind === 'script') {
        if (o.scripts.has(h)) scripts.add(h);
        else
          problem(
            `an inline script that the site does not ship (${h}): "${collecting.text.trim().slice(0, 60)}"`,
          );
      } else if (joinedSheets(collecting.text, o.stylesheets)) styles.add(h);
      else
        problem(
          `an inline style that the site does not ship (${h}): "${collecting.text.trim().slice(0, 60)}"`,
        );
      collecting = undefined;
    }
    rs.emitRaw(raw);
  });

  const chunks: string[] = [];
  rs.on('data', (c: string) => chunks.push(c));
  const done = new Promise<void>((resolve, reject) => {
    rs.on('end', resolve);
    rs.on('error', reject);
  });
  rs.end(html);
  await done;
  if (collecting) problem(`a <${collecting.kind}> element is never closed`);
  if (!metaDone) problem('the page has no <meta charset> to put its policy after');
  const result = { scripts: [...scripts].sort(), styles: [...styles].sort() };
  const meta = `<meta http-equiv="Content-Security-Policy" content="${policy(result)}">`;
  return { html: chunks.join('').replace(CSP_MARK, meta), lang, ...result, problems };
}
