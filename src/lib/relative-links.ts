/**
 * Root-absolute links become links relative to the page, ending in a file name (".../index.html"),
 * so that the same files work served from any path and opened from disk, where a directory does
 * not resolve to its index.html. html-pass.ts applies this to every link-bearing attribute.
 */

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
