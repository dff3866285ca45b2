/**
 * Rewrites a built page's root-absolute links into links relative to the page, ending in a file
 * name (".../index.html"), so that the same files work served from any path and opened from disk,
 * where a directory does not resolve to its index.html.
 */

const ATTRS = /(\s(?:href|src|action|poster|data-src|xlink:href))="([^"]*)"/g;

/** The relative prefix from a page to the site root: "" for index.html, "../../" for a/b/index.html. */
export function rootPrefix(pageFile: string): string {
  const depth = pageFile.split('/').length - 1;
  return '../'.repeat(depth);
}

/** One URL: relative and file-terminated when it points inside the site, untouched otherwise. */
export function relativeUrl(url: string, base: string, pageFile: string): string {
  if (!url.startsWith(base) || url.startsWith('//')) return url;
  const rest = url.slice(base.length);
  const cut = rest.search(/[?#]/);
  const path = cut < 0 ? rest : rest.slice(0, cut);
  const tail = cut < 0 ? '' : rest.slice(cut);
  const file = path === '' || path.endsWith('/') ? `${path}index.html` : path;
  return `${rootPrefix(pageFile)}${file}${tail}`;
}

/** Rewrites every link-bearing attribute in an HTML page written at `pageFile` (relative to the site root). */
export function relativizeHtml(html: string, base: string, pageFile: string): string {
  return html.replace(ATTRS, (_, attr: string, url: string) => `${attr}="${relativeUrl(url, base, pageFile)}"`)
    .replace(/(\ssrcset)="([^"]*)"/g, (_, attr: string, set: string) =>
      `${attr}="${set.split(',').map((part) => {
        const [u, ...d] = part.trim().split(/\s+/);
        return [relativeUrl(u!, base, pageFile), ...d].join(' ');
      }).join(', ')}"`);
}

/**
 * Links to other sites open safely (rel="external noopener noreferrer") and say that they leave
 * the site, in text for screen readers and with an arrow for the eye (CSS).
 */
export function markExternalLinks(html: string, siteOrigin: string): string {
  return html.replace(/<a\b([^>]*?)\shref="(https?:\/\/[^"]+)"([^>]*)>([\s\S]*?)<\/a>/g, (whole, before: string, url: string, after: string, text: string) => {
    if (new URL(url).origin === siteOrigin) return whole;
    const attrs = `${before} ${after}`.replace(/\srel="[^"]*"/, '').replace(/\s+/g, ' ').trim();
    return `<a${attrs ? ` ${attrs}` : ''} href="${url}" rel="external noopener noreferrer">${text}<span class="visually-hidden"> (external site)</span></a>`;
  });
}
