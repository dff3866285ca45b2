/** DOM helpers of the search interface. */
export const d = document;

export const $ = <T extends Element = HTMLElement>(sel: string, root: ParentNode = d) =>
  root.querySelector<T>(sel);

/** Runs only the latest of overlapping searches: an earlier one's answer is dropped. */
export function latest<A extends unknown[], R>(
  fn: (...a: A) => Promise<R>,
): (...a: A) => Promise<R | undefined> {
  let n = 0;
  return async (...a) => {
    const mine = ++n;
    const r = await fn(...a);
    return mine === n ? r : undefined;
  };
}

export function debounce<A extends unknown[]>(
  fn: (...a: A) => void,
  ms: number,
): (...a: A) => void {
  let t: ReturnType<typeof setTimeout> | undefined;
  return (...a) => {
    clearTimeout(t);
    t = setTimeout(() => fn(...a), ms);
  };
}
