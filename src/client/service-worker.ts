// Installable and readable offline once visited: only when served, never from disk (file://).
import { sharedRoot } from './site-root';

if (location.protocol !== 'file:' && 'serviceWorker' in navigator) {
  // the worker and the manifest are shared by every edition: at the site root, not under /ar/
  const root = sharedRoot().href;
  const manifest = document.createElement('link');
  manifest.rel = 'manifest';
  manifest.href = `${root}manifest.webmanifest`;
  document.head.appendChild(manifest);
  // Where workers are refused (private modes, storage off), the page simply stays online-only.
  addEventListener('load', () => {
    navigator.serviceWorker.register(`${root}sw.js`).catch(() => {});
  });
}
