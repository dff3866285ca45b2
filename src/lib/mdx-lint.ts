/**
 * A lint for the MDX bodies of content files (actors, events, the article). Content may use
 * Markdown and the components pages hand in (src/components/mdx/index.ts), nothing that runs code:
 * no import or export, no {expressions}, no <script>, <style>, <iframe> or other active HTML, no
 * on*= handlers, no javascript: links. It is a scanner, not a parser: it skips fenced code blocks,
 * inline code and backslash escapes, and reports each problem with its file line, what is wrong and
 * a fix. Pure: no Astro or Node imports, so unit tests, the check script and the build share it.
 */
import type { Problem } from './validate';
import { bodyOffset } from './dataset';

export { bodyOffset };

/** The components content may use, with the props each takes (all plain strings). */
export const MDX_COMPONENTS: Readonly<Record<string, readonly string[]>> = {
  Actor: ['id'],
  Event: ['id'],
  Relation: ['id'],
  Cite: ['id'],
  Quote: ['by', 'source'],
  Claim: ['id'],
  Note: [],
};

/**
 * Lower-case HTML that cannot run code, load anything or submit anything, for the few things
 * Markdown has no syntax for (sub/superscript, abbreviations, a line break, text in another
 * language or direction). Each allows `lang`, `dir` and `title`; `time` also `datetime`.
 * Everything else (headings, lists, links, emphasis) is written in Markdown.
 */
export const SAFE_HTML: Readonly<Record<string, readonly string[]>> = {
  abbr: [], b: [], bdi: [], bdo: [], br: [], del: [], dfn: [], em: [], i: [], ins: [], mark: [],
  q: [], s: [], small: [], span: [], strong: [], sub: [], sup: [], time: ['datetime'], wbr: [],
};
const HTML_GLOBAL_ATTRS = ['lang', 'dir', 'title'];
const VOID_HTML = new Set(['br', 'wbr']);

/** Elements named with a reason of their own: they run code, load content or take input. */
const ACTIVE_HTML = new Set([
  'script', 'style', 'iframe', 'frame', 'frameset', 'object', 'embed', 'applet', 'form', 'input',
  'button', 'textarea', 'select', 'option', 'link', 'meta', 'base', 'svg', 'math', 'img', 'image',
  'video', 'audio', 'source', 'track', 'picture', 'canvas', 'template', 'slot', 'noscript', 'portal',
  'dialog', 'a', 'area', 'map', 'html', 'head', 'body', 'title', 'xmp', 'plaintext', 'marquee',
]);

/** URL schemes links may use; anything else with a scheme (javascript:, data:, vbscript:) is refused. */
const SAFE_SCHEMES = new Set(['http', 'https', 'mailto']);
/** Schemes refused in any attribute value, even one that is not meant to hold a URL. */
const ACTIVE_SCHEMES = new Set(['javascript', 'vbscript', 'livescript', 'data']);

const COMPONENT_LIST = Object.keys(MDX_COMPONENTS).join(', ');
const FIX_EXPRESSION = 'content cannot run code: write the value as plain text; for a literal brace write \\{';


/** Decodes the character references and strips the whitespace browsers ignore in a URL's scheme. */
function normaliseUrl(url: string): string {
  return url
    .replace(/\\([!-/:-@[-`{-~])/g, '$1')
    .replace(/&#x([0-9a-f]+);?/gi, (_, h: string) => String.fromCodePoint(parseInt(h, 16)))
    .replace(/&#(\d+);?/g, (_, d: string) => String.fromCodePoint(Number(d)))
    .replace(/&colon;/gi, ':').replace(/&(?:tab|newline);/gi, '')
    .replace(/[\u0000-\u0020\u007f-\u009f]+/g, '')
    .toLowerCase();
}

/** The scheme of an unsafe URL ("javascript", "data"...), or undefined if the URL is safe. */
export function unsafeScheme(url: string): string | undefined {
  const m = /^([a-z][a-z0-9+.-]*):/.exec(normaliseUrl(url));
  if (!m) return undefined; // relative: /actors/hts/, #top, ../x
  return SAFE_SCHEMES.has(m[1]!) ? undefined : m[1]!;
}

interface Attr { name: string; value?: string; kind: 'string' | 'expression' | 'bare' | 'unquoted' | 'element'; offset: number }

/** Lints one content file (the whole file as written; the frontmatter is skipped). */
export function lintMdx(file: string, raw: string): Problem[] {
  const problems: Problem[] = [];
  const start = bodyOffset(raw);
  const lineStarts = [0];
  for (let i = 0; i < raw.length; i++) if (raw[i] === '\n') lineStarts.push(i + 1);
  const lineAt = (offset: number): number => {
    let lo = 0;
    let hi = lineStarts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (lineStarts[mid]! <= offset) lo = mid; else hi = mid - 1;
    }
    return lo + 1;
  };
  const add = (offset: number, field: string, message: string, fix: string) =>
    problems.push({ file, line: lineAt(offset), field, message, fix });
  const snippet = (from: number, to: number) => {
    const s = raw.slice(from, to).replace(/\s+/g, ' ');
    return s.length > 60 ? `${s.slice(0, 57)}...` : s;
  };

  // 1. Fenced code blocks (``` or ~~~, also inside block quotes and lists) are skipped whole.
  const skip: [number, number][] = [];
  const blockStarts = new Set<number>(); // offsets of lines that begin a block (for import/export)
  {
    let fence: { char: string; len: number; from: number } | undefined;
    let prevBlank = true;
    for (let i = 0; i < lineStarts.length; i++) {
      const ls = lineStarts[i]!;
      if (ls < start) continue;
      const le = i + 1 < lineStarts.length ? lineStarts[i + 1]! - 1 : raw.length;
      const line = raw.slice(ls, le).replace(/\r$/, '');
      const m = /^[ \t]*(?:>[ \t]?)*[ \t]*(`{3,}|~{3,})(.*)$/.exec(line);
      if (fence) {
        if (m && m[1]![0] === fence.char && m[1]!.length >= fence.len && m[2]!.trim() === '') {
          skip.push([fence.from, le]);
          fence = undefined;
          prevBlank = true;
        }
        continue;
      }
      if (m && !(m[1]![0] === '`' && m[2]!.includes('`'))) {
        fence = { char: m[1]![0]!, len: m[1]!.length, from: ls };
        continue;
      }
      if (prevBlank || /^ {0,3}(?:#{1,6}[ \t]|#{1,6}$|(?:[-*_][ \t]*){3,}$)/.test(line)) blockStarts.add(ls);
      // a heading or thematic break is a block of one line: the next line starts a block too
      prevBlank = line.trim() === '' || /^ {0,3}(?:#{1,6}[ \t]|#{1,6}$|(?:[-*_][ \t]*){3,}$)/.test(line);
    }
    if (fence) skip.push([fence.from, raw.length]);
  }

  // 2. Lines that start a block and begin with import or export: MDX reads them as JavaScript.
  for (const ls of blockStarts) {
    const rest = raw.slice(ls, raw.indexOf('\n', ls) < 0 ? raw.length : raw.indexOf('\n', ls));
    const esm = /^(import|export)(?=[\s{*]|$)/.exec(rest);
    if (esm) {
      add(ls, esm[1]!, `${esm[1]} statement "${snippet(ls, ls + rest.length)}": content files may not ${esm[1]} anything`,
        esm[1] === 'import'
          ? `remove the line: the components ${COMPONENT_LIST} are provided by the pages; if this is prose, reword it so the paragraph does not begin with "${esm[1]}"`
          : `remove the line; if this is prose, reword it so the paragraph does not begin with "${esm[1]}"`);
    }
  }

  // 3. The scanner: expressions, tags, links, outside code.
  const stack: { name: string; offset: number }[] = [];
  let skipIndex = 0;
  let i = start;
  const n = raw.length;

  /** The offset after the brace that closes the one at `from` (or just after `from` if none does). */
  const matchingBrace = (from: number): number => {
    let depth = 0;
    for (let j = from; j < n; j++) {
      const c = raw[j];
      if (c === '{') depth++;
      else if (c === '}' && --depth === 0) return j + 1;
    }
    return from + 1;
  };

  /** Links must use a safe scheme; other attribute values (title="Note: ...") only not an active one. */
  const checkUrl = (offset: number, url: string, where: string) => {
    const scheme = unsafeScheme(url);
    if (!scheme || (where !== 'link' && !ACTIVE_SCHEMES.has(scheme))) return;
    const shown = url.length > 60 ? `${url.slice(0, 57)}...` : url;
    add(offset, where, `${where === 'link' ? 'a link' : `the ${where}= attribute`} points to "${shown}", a ${scheme}: URL${scheme === 'javascript' || scheme === 'vbscript' ? ', which runs code' : ', which is not allowed'}`,
      'link only to http(s):// or mailto: addresses, or to a page of this site such as /actors/hts/');
  };

  /** Parses a link destination after "(" at `from`; returns where it ends. */
  const linkDestination = (from: number): number => {
    let j = from;
    while (j < n && (raw[j] === ' ' || raw[j] === '\t' || raw[j] === '\n')) j++;
    let url: string;
    let end: number;
    if (raw[j] === '<') {
      // <destination>: on one line, without another "<"; otherwise it is not a destination
      const m = /^<([^<>\n]*)>/.exec(raw.slice(j, j + 2000));
      if (!m) return from;
      url = m[1]!;
      end = j + m[0].length;
    } else {
      let depth = 0;
      let k = j;
      for (; k < n; k++) {
        const c = raw[k]!;
        if (c === '\\') { k++; continue; }
        if (/\s/.test(c)) break;
        if (c === '(') depth++;
        else if (c === ')') { if (depth === 0) break; depth--; }
      }
      url = raw.slice(j, k);
      end = k;
    }
    checkUrl(j, url, 'link');
    // a "](" inside what looked like this destination may itself start a link, if this one is not one
    for (let k = raw.indexOf('](', j); k >= 0 && k < end; k = raw.indexOf('](', k + 2)) linkDestination(k + 2);
    return end;
  };

  const parseTag = (at: number): number => {
    // at points to "<"; returns the offset after the tag.
    const closing = raw[at + 1] === '/';
    let j = at + (closing ? 2 : 1);
    const nameMatch = /^[A-Za-z][\w.:-]*/.exec(raw.slice(j, j + 100));
    if (!nameMatch) {
      if (raw[j] === '>') {
        add(at, '<>', 'a fragment <>...</> is not allowed', `write the text without it, or use one of ${COMPONENT_LIST}`);
        return j + 1;
      }
      return j;
    }
    // <https://example.org>: an autolink, which MDX does not support
    const gt = raw.indexOf('>', j);
    if (!closing && gt > 0 && /^[a-z][a-z0-9+.-]*:[^\s<>]*$/i.test(raw.slice(j, gt))) {
      const url = raw.slice(j, gt);
      checkUrl(at, url, 'link');
      add(at, 'link', `"<${snippet(j, gt)}>": MDX does not support links in angle brackets`,
        'write a Markdown link: [text](https://...)');
      return gt + 1;
    }
    const name = nameMatch[0];
    j += name.length;
    const attrs: Attr[] = [];
    let selfClosing = false;
    let ended = false;
    while (j < n) {
      const c = raw[j]!;
      if (/\s/.test(c)) { j++; continue; }
      if (c === '>') { j++; ended = true; break; }
      if (c === '/' && raw[j + 1] === '>') { j += 2; selfClosing = true; ended = true; break; }
      if (c === '{') {
        const end = matchingBrace(j);
        add(j, `<${name}>`, `<${name}> has a JavaScript expression "${snippet(j, end)}" among its props`,
          'props must be plain strings in double quotes, e.g. id="hts"');
        j = end;
        continue;
      }
      const an = /^[^\s=/>{"'<]+/.exec(raw.slice(j, j + 200));
      if (!an) { j++; continue; }
      const attr: Attr = { name: an[0], kind: 'bare', offset: j };
      j += an[0].length;
      let k = j;
      while (k < n && /\s/.test(raw[k]!)) k++;
      if (raw[k] === '=') {
        k++;
        while (k < n && /\s/.test(raw[k]!)) k++;
        const q = raw[k];
        if (q === '"' || q === '\'') {
          const close = raw.indexOf(q, k + 1);
          attr.value = raw.slice(k + 1, close < 0 ? n : close);
          attr.kind = 'string';
          j = close < 0 ? n : close + 1;
        } else if (q === '{') {
          const end = matchingBrace(k);
          attr.value = raw.slice(k, end);
          attr.kind = 'expression';
          j = end;
        } else if (q === '<') {
          attr.kind = 'element';
          j = k;
        } else {
          const v = /^[^\s>]*/.exec(raw.slice(k, k + 500))![0];
          attr.value = v.endsWith('/') ? v.slice(0, -1) : v;
          attr.kind = 'unquoted';
          j = k + attr.value.length;
        }
      }
      attrs.push(attr);
    }
    if (!ended) {
      add(at, `<${name}>`, `the tag <${name} is never closed with ">"`, 'finish the tag with > (or /> for a tag without content)');
      return n;
    }
    if (closing) {
      const open = stack.map((s) => s.name).lastIndexOf(name);
      if (open < 0) {
        add(at, `</${name}>`, `closing tag </${name}> has no opening <${name}>`, `remove it or add the opening <${name}> before it`);
      } else {
        for (const s of stack.splice(open).slice(1)) {
          add(s.offset, `<${s.name}>`, `<${s.name}> is not closed before </${name}>`, `add </${s.name}> before </${name}>, or make it self-closing: <${s.name} ... />`);
        }
      }
      return j;
    }

    const isComponent = /^[A-Z]/.test(name);
    if (isComponent) {
      const props = MDX_COMPONENTS[name];
      if (!props) {
        add(at, `<${name}>`, `<${name}> is not one of the components content may use`,
          `use one of ${COMPONENT_LIST} (docs/content-model.md), or plain Markdown; content never imports components`);
      }
      for (const a of attrs) checkAttr(name, a, props, true);
    } else {
      const lower = name.toLowerCase();
      if (ACTIVE_HTML.has(lower)) {
        const what = lower === 'a' ? 'write links in Markdown: [text](https://...)'
          : lower === 'img' || lower === 'image' ? 'images are not part of content entries; describe the picture in words'
            : 'remove it: content is text, Markdown and the listed components only';
        add(at, `<${name}>`, `<${name}> is not allowed: it can run code, load content from elsewhere or take input`, what);
      } else if (!SAFE_HTML[name]) {
        add(at, `<${name}>`, `raw HTML <${name}> is not allowed`,
          `use Markdown (## heading, - list, **bold**, > quote) or one of ${COMPONENT_LIST}; the HTML allowed is ${Object.keys(SAFE_HTML).join(', ')}`);
      }
      for (const a of attrs) checkAttr(name, a, SAFE_HTML[name] ? [...HTML_GLOBAL_ATTRS, ...SAFE_HTML[name]!] : undefined, false);
    }
    if (!selfClosing && !VOID_HTML.has(name)) stack.push({ name, offset: at });
    return j;
  };

  const checkAttr = (tag: string, a: Attr, allowed: readonly string[] | undefined, component: boolean) => {
    const field = `<${tag} ${a.name}>`;
    if (/^on/i.test(a.name)) {
      add(a.offset, field, `event-handler attribute ${a.name}= on <${tag}> runs code`, `remove ${a.name}=...; content cannot run code`);
      return;
    }
    if (a.name.includes(':')) {
      add(a.offset, field, `the directive ${a.name} on <${tag}> is not allowed${a.name === 'set:html' ? ' (it would insert unescaped HTML)' : ''}`, `remove ${a.name}`);
      return;
    }
    if (a.value !== undefined && a.kind !== 'expression') checkUrl(a.offset, a.value, a.name);
    if (a.kind === 'expression') {
      add(a.offset, field, `${a.name}=${snippet(a.offset + a.name.length + 1, a.offset + a.name.length + 1 + (a.value?.length ?? 0))} is a JavaScript expression`,
        `props must be plain strings in double quotes, e.g. ${a.name}="..."`);
    } else if (a.kind === 'element') {
      add(a.offset, field, `${a.name}= holds an element, not a string`, `props must be plain strings in double quotes, e.g. ${a.name}="..."`);
    } else if (a.kind === 'unquoted') {
      add(a.offset, field, `the value of ${a.name}= is not in quotes`, `write ${a.name}="${a.value ?? ''}"`);
    } else if (a.kind === 'bare') {
      add(a.offset, field, `${a.name} has no value`, `props must be plain strings in double quotes, e.g. ${a.name}="..."`);
    }
    if (allowed && !allowed.includes(a.name)) {
      add(a.offset, field, `<${tag}> takes no ${a.name}=${component ? '' : ' attribute'}`,
        allowed.length ? `use only ${allowed.map((p) => `${p}="..."`).join(', ')}` : `remove ${a.name}=; <${tag}> takes no ${component ? 'props' : 'attributes'}`);
    }
  };

  while (i < n) {
    if (skipIndex < skip.length && i >= skip[skipIndex]![0]) {
      i = Math.max(i, skip[skipIndex]![1]);
      skipIndex++;
      continue;
    }
    const c = raw[i]!;
    if (c === '\\') { i += 2; continue; }
    if (c === '`') {
      let len = 1;
      while (raw[i + len] === '`') len++;
      // find a closing run of exactly `len` backticks before a blank line
      let j = i + len;
      let found = -1;
      while (j < n) {
        if (raw[j] === '\n' && /^[ \t]*\r?\n/.test(raw.slice(j + 1, j + 100))) break;
        if (raw[j] === '`') {
          let l = 1;
          while (raw[j + l] === '`') l++;
          if (l === len) { found = j + l; break; }
          j += l;
          continue;
        }
        j++;
      }
      i = found >= 0 ? found : i + len;
      continue;
    }
    if (c === '{') {
      const end = matchingBrace(i);
      add(i, 'body', end > i + 1 ? `JavaScript expression "${snippet(i, end)}" in the text` : 'an opening brace "{" starts a JavaScript expression in MDX', FIX_EXPRESSION);
      i = end;
      continue;
    }
    if (c === ']' && raw[i + 1] === '(') {
      i = linkDestination(i + 2);
      continue;
    }
    if (c === '[') {
      // a link reference definition, [label]: url (also indented, quoted or in a list item)
      const def = /^\[[^\]\n]+\]:[ \t]*\n?[ \t]*<?([^\s>]+)/.exec(raw.slice(i, i + 1000));
      if (def) {
        checkUrl(i, def[1]!, 'link');
        if (/^[ \t>]*$/.test(raw.slice(raw.lastIndexOf('\n', i - 1) + 1, i))) {
          i += def[0].length;
          continue;
        }
      }
    }
    if (c === '<') {
      const next = raw[i + 1];
      if (next === '!') {
        const isComment = raw.startsWith('<!--', i);
        const end = isComment ? raw.indexOf('-->', i) : raw.indexOf('>', i);
        add(i, 'body', isComment ? `HTML comment "${snippet(i, end < 0 ? n : end + 3)}": MDX does not allow <!-- -->` : `"${snippet(i, end < 0 ? n : end + 1)}" is not allowed`,
          'remove it; notes for other writers belong in the pull request, not in the content');
        i = end < 0 ? n : end + (isComment ? 3 : 1);
        continue;
      }
      if (next !== undefined && (/[A-Za-z/>]/.test(next))) {
        i = parseTag(i);
        continue;
      }
      if (next !== undefined && !/\s/.test(next)) {
        add(i, 'body', `"${snippet(i, i + 2)}": MDX reads "<" followed by "${next}" as the start of a tag`,
          'write a space after "<", or write it as \\< or &lt;');
      }
    }
    i++;
  }
  for (const s of stack) {
    add(s.offset, `<${s.name}>`, `<${s.name}> is never closed`, `add </${s.name}> after its text, or write <${s.name} ... /> if it has none`);
  }
  return problems.sort((a, b) => (a.line ?? 0) - (b.line ?? 0));
}

/** Lints every entry that has an MDX body (actors, events, article). */
export function lintEntries(entries: readonly { file: string; raw: string }[]): Problem[] {
  return entries.flatMap((e) => (e.file.endsWith('.mdx') ? lintMdx(e.file, e.raw) : []));
}
