// Installable and readable offline once visited: only when served, never from disk (file://).
if (location.protocol !== 'file:' && 'serviceWorker' in navigator) {
  const home = document.querySelector<HTMLAnchorElement>('a.site-name');
  const root = (home?.href ?? new URL('./', location.href).href).replace(/index\.html$/, '');
  const manifest = document.createElement('link');
  manifest.rel = 'manifest';
  manifest.href = `${root}manifest.webmanifest`;
  document.head.appendChild(manifest);
  // Where workers are refused (private modes, storage off), the page simply stays online-only.
  addEventListener('load', () => { navigator.serviceWorker.register(`${root}sw.js`).catch(() => {}); });
}

export {};
