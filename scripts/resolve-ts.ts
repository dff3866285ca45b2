/**
 * Lets Node run the project's TypeScript as it is. Node 24 strips types itself but resolves an
 * import only by its exact name, while src/ imports its modules without an extension (`./dates`,
 * `./strings` for strings/index.ts), as Astro, Vite and Vitest do. This resolve hook retries such
 * a relative import as TypeScript's "bundler" resolution would, with `.ts` and then `/index.ts`
 * added; every other import resolves as Node always does. Node resolves all of a module's static
 * imports before any of it runs, so a script imports this file first and reaches src/ through
 * `await import()`:
 *
 *   import './resolve-ts.ts';
 *   const { makeSchemas } = await import('../src/lib/schemas.ts');
 *
 * A child process gets it with `node --import <this file's URL>` (scripts/bench.ts).
 *
 * It also turns on Node's compile cache (in NODE_COMPILE_CACHE, else the system's temporary
 * folder), which keeps the stripped and compiled modules, and passes it on to child processes,
 * where it is on from their first module: the content check's MDX workers then start in half the
 * CPU time.
 */
import {
  enableCompileCache,
  getCompileCacheDir,
  registerHooks,
  type ResolveFnOutput,
  type ResolveHookContext,
} from 'node:module';

enableCompileCache();
process.env['NODE_COMPILE_CACHE'] ??= getCompileCacheDir();

const MISSING = new Set(['ERR_MODULE_NOT_FOUND', 'ERR_UNSUPPORTED_DIR_IMPORT']);

registerHooks({
  resolve(specifier, context, nextResolve) {
    try {
      return nextResolve(specifier, context);
    } catch (error) {
      const code = (error as { code?: unknown }).code;
      const extensionless =
        /^\.\.?\//.test(specifier) && !/\.[cm]?[jt]sx?$|\.json$/.test(specifier);
      if (!extensionless || typeof code !== 'string' || !MISSING.has(code)) throw error;
      return firstFound([`${specifier}.ts`, `${specifier}/index.ts`], context, nextResolve, error);
    }
  },
});

function firstFound(
  [candidate, ...rest]: string[],
  context: ResolveHookContext,
  nextResolve: (specifier: string, context?: Partial<ResolveHookContext>) => ResolveFnOutput,
  original: unknown,
): ResolveFnOutput {
  if (candidate === undefined) throw original; // Node's own message names the import as written
  try {
    return nextResolve(candidate, context);
  } catch {
    return firstFound(rest, context, nextResolve, original);
  }
}
