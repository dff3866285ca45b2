/**
 * Links inside pages are made relative after the build (integrations/page-pass.ts), so the
 * same files work at a domain's root, under a sub-path and opened from disk. Scripts that build
 * links from data (search results, the diagram's details) resolve site paths such as
 * "actors/hts/" against the site root, found from the header's home link.
 */

/**
 * The root of what every edition shares (the search index, the service worker, the manifest, the
 * open data), found from the sitemap link every page carries: "/", not "/ar/".
 */
export function sharedRoot(doc: Document = document): URL {
  const sitemap = doc.querySelector<HTMLLinkElement>('link[rel="sitemap"]');
  const url = new URL(sitemap?.href ?? './', doc.baseURI);
  url.pathname = url.pathname.replace(/[^/]*$/, '');
  url.search = '';
  url.hash = '';
  return url;
}

/** The root of the page's edition (the site root, or /ar/ in Arabic) as an absolute URL ending in "/". */
function siteRoot(doc: Document = document): URL {
  const home = doc.querySelector<HTMLAnchorElement>('a.site-name');
  const url = new URL(home?.href ?? './', doc.baseURI);
  url.pathname = url.pathname.replace(/index\.html$/, '');
  url.search = '';
  url.hash = '';
  return url;
}

/**
 * An absolute URL for a site path ("actors/hts/", "sources/#reuters-2019-07-10"). Directory paths
 * get "index.html" when the page was opened from disk, where directories do not resolve.
 */
export function siteUrl(path: string, doc: Document = document): string {
  const root = siteRoot(doc);
  const [beforeHash, hash = ''] = path.replace(/^\//, '').split('#');
  const file =
    root.protocol === 'file:' && (beforeHash === '' || beforeHash!.endsWith('/'))
      ? `${beforeHash}index.html`
      : beforeHash;
  return new URL(`${file}${hash ? `#${hash}` : ''}`, root).href;
}

/** An absolute URL for a file every edition shares ("search-ui.js", "pagefind/pagefind.js"). */
export function sharedUrl(path: string, doc: Document = document): string {
  return new URL(path.replace(/^\//, ''), sharedRoot(doc)).href;
}
