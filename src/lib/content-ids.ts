/**
 * Ids come from file names. Two files whose names differ only in case or extension would give one
 * id and silently shadow each other, so the loader's id function refuses the second one.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';

export function idFromFile(entry: string): string {
  return entry.replace(/\.[^./]+$/, '');
}

/** An id generator for Astro's glob() loader that throws on a clash with another existing file. */
export function uniqueIds(collection: string, dir: string) {
  const fileOf = new Map<string, string>();
  return ({ entry }: { entry: string }): string => {
    const id = idFromFile(entry);
    const key = id.toLowerCase();
    const other = fileOf.get(key);
    if (other && other !== entry && existsSync(join(dir, other))) {
      throw new Error(
        `Duplicate id in ${collection}: ${join(dir, entry)} and ${join(dir, other)} both give the id "${key}".\n` +
          `  field: id (the file name)\n  expected: one file per id, named in lower case\n` +
          `  fix: merge the two files into ${join(dir, `${key}${entry.slice(id.length)}`)} or rename one of them`,
      );
    }
    fileOf.set(key, entry);
    return id;
  };
}
