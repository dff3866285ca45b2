/**
 * Walks two interface tables of the same shape (src/lib/strings/*.ts) side by side, leaf by leaf:
 * the unit test checks every English string has its translation, the Arabic edition's page scan
 * looks for English a reader would see. Functions are called with sample arguments, so their
 * fixed words count too.
 */
import { richParts } from '../src/lib/rich-text';

export interface Leaf {
  path: string;
  en: string;
  other: string;
}

/** Sample arguments a table's functions are called with: a number, then text. */
const SAMPLES: unknown[][] = [
  [7, 7, 7, 7, 7, 7],
  ['\u24cd', '\u24cd', '\u24cd', '\u24cd', '\u24cd', '\u24cd'],
];

export function leaves(en: unknown, other: unknown, path = ''): Leaf[] {
  if (typeof en === 'string') return [{ path, en, other: typeof other === 'string' ? other : '' }];
  if (typeof en === 'function') {
    const out: Leaf[] = [];
    for (const args of SAMPLES) {
      try {
        const a = (en as (...x: unknown[]) => unknown)(...args);
        const b =
          typeof other === 'function'
            ? (other as (...x: unknown[]) => unknown)(...args)
            : undefined;
        out.push(...leaves(a, b, `${path}()`));
      } catch {
        // a function that needs other arguments (lists, tuples): its words are in other leaves
      }
    }
    return out;
  }
  if (Array.isArray(en))
    return en.flatMap((v, i) =>
      leaves(v, Array.isArray(other) ? other[i] : undefined, `${path}[${i}]`),
    );
  if (en && typeof en === 'object') {
    return Object.entries(en).flatMap(([k, v]) =>
      leaves(
        v,
        other && typeof other === 'object' ? (other as Record<string, unknown>)[k] : undefined,
        path ? `${path}.${k}` : k,
      ),
    );
  }
  return [];
}

/**
 * The English a reader would see of one string, as fragments: markup removed, split where
 * numbers, names and slots go. Fragments with no word of three letters are dropped.
 */
export function fragments(text: string): string[] {
  const plain = richParts(text)
    .map((p) => (p.kind === 'slot' ? '\u0000' : p.text))
    .join('');
  return plain
    .split(/\u0000|\u24cd|\b7\b|\{\w+\}/)
    .map((f) => f.replace(/^[\s,.;:()“”"'–—-]+|[\s,.;:()“”"'–—-]+$/g, ''))
    .filter((f) => /[A-Za-z]{3,}/.test(f));
}
