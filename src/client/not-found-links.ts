// The 404 page's links are root-absolute, so a server can show it at any depth. Opened from disk,
// "/report/" would mean the file system's root: point it at ./report/index.html, beside this file.
const script = document.currentScript;
const base = (script instanceof HTMLScriptElement ? script.dataset['base'] : undefined) ?? '/';
if (location.protocol === 'file:') {
  const local = (el: Element, attr: string) => {
    const v = el.getAttribute(attr);
    if (!v || !v.startsWith('/') || v.startsWith('//')) return;
    const path = v.startsWith(base) ? v.slice(base.length) : v.slice(1);
    const [, file = '', rest = ''] = /^([^?#]*)(.*)$/.exec(path) ?? [];
    el.setAttribute(
      attr,
      `./${file === '' || file.endsWith('/') ? `${file}index.html` : file}${rest}`,
    );
  };
  const fix = () => {
    document.querySelectorAll('[href]').forEach((el) => local(el, 'href'));
    document.querySelectorAll('[src]').forEach((el) => local(el, 'src'));
  };
  fix();
  document.addEventListener('DOMContentLoaded', fix);
}

export {};
