/**
 * Typing helpers the compiler checks, in place of assertions (`x as T`) it would take on trust.
 * The few assertions the language cannot avoid (Object.entries and fromEntries lose key types)
 * live here, once.
 */

/**
 * The value, typed as T. Unlike `value as T`, the compiler checks that it is one: a table typed
 * `typed<Record<Grade, string>>({...})` must name every grade, and nothing else.
 */
export const typed = <T>(value: T): T => value;

/** Whether a string is one of a closed list of values (a vocabulary, a list of views). */
export function isOneOf<T extends string>(list: readonly T[], value: unknown): value is T {
  return list.some((item) => item === value);
}

/** A record with one entry per key of a closed list, each value computed from its key. */
export function recordOf<K extends string, V>(
  keys: readonly K[],
  value: (key: K) => V,
): Record<K, V> {
  return Object.fromEntries(keys.map((k) => [k, value(k)])) as Record<K, V>;
}

/** An object (not null), so that its fields can be checked one by one. */
export const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null;
