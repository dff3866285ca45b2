/**
 * Reads a map whose keys are all known when it is built (every actor of a drawing, every country
 * of a topology): a missing key there is a bug, so the read throws a named error instead of
 * handing back undefined for every caller to assert away.
 */
export function keyed<K, V>(map: ReadonlyMap<K, V>, what: string): (key: K) => V {
  return (key) => {
    const value = map.get(key);
    if (value === undefined) throw new Error(`no ${what} for "${String(key)}"`);
    return value;
  };
}
