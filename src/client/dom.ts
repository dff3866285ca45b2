/**
 * The page elements a script needs, found and checked: a missing or mistyped element is a named
 * error that says which, not a null that fails later somewhere else.
 */
// (the name set in the constructor, not as a class field: no field helper in the page's bundle)
class PageElementError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'PageElementError';
  }
}

type ElementType<T extends Element> = new () => T;

/** The element matching sel, which must be of the given type (HTMLInputElement, SVGSVGElement…). */
export function one<T extends Element>(
  sel: string,
  type: ElementType<T>,
  root: ParentNode = document,
): T {
  const found = root.querySelector(sel);
  if (!(found instanceof type)) throw new PageElementError(`${sel}: expected a ${type.name}`);
  return found;
}

/** The element matching sel if there is one of the given type, else null (an optional part). */
export function maybe<T extends Element>(
  sel: string,
  type: ElementType<T>,
  root: ParentNode = document,
): T | null {
  const found = root.querySelector(sel);
  return found instanceof type ? found : null;
}

/** Every element matching sel that is of the given type. */
export function all<T extends Element>(
  sel: string,
  type: ElementType<T>,
  root: ParentNode = document,
): T[] {
  return [...root.querySelectorAll(sel)].filter((e): e is T => e instanceof type);
}

/** The element of the given type around an event's target that matches sel, if any. */
export function around<T extends Element>(ev: Event, sel: string, type: ElementType<T>): T | null {
  const found = ev.target instanceof Element ? ev.target.closest(sel) : null;
  return found instanceof type ? found : null;
}

/** A data-* attribute the page always writes on this element: its absence is an error. */
export function data(el: HTMLElement | SVGElement, key: string): string {
  const value = el.dataset[key];
  if (value === undefined) throw new PageElementError(`<${el.tagName}> has no data-${key}`);
  return value;
}

/** The JSON block with this id, parsed and checked by isT before anything trusts its shape. */
export function readJson<T>(id: string, isT: (value: unknown) => value is T): T {
  const block = document.getElementById(id);
  const value: unknown = block ? JSON.parse(block.textContent) : undefined;
  if (!isT(value))
    throw new PageElementError(`#${id}: its data is missing or not of the expected shape`);
  return value;
}

/** An element with attributes and, optionally, text. */
export function el<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attrs: Record<string, string> = {},
  text?: string,
): HTMLElementTagNameMap[K] {
  const e = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) e.setAttribute(k, v);
  if (text !== undefined) e.textContent = text;
  return e;
}
