/**
 * Client scripts are bundled with esbuild into classic IIFE code and inlined into the page: module
 * scripts and external files are blocked when a page is opened from disk (file://), inline
 * classic scripts are not. Each bundle is built once per build.
 *
 * INLINE_SCRIPTS lists every script a page may carry: the CSP step (integrations/page-pass.ts)
 * hashes exactly these bundles into the policy, and an inline script that is not one of them stops
 * the build. To add a script, add its entry file in src/client/ to this list.
 */
import { build } from 'esbuild';
import { resolve } from 'node:path';

export const INLINE_SCRIPTS = [
  'js-class.ts',
  'service-worker.ts',
  'search/loader.ts',
  'who-backs-whom.ts',
  'cite-copy.ts',
  'timeline-filter.ts',
  'map.ts',
  'not-found-links.ts',
] as const;
/** Scripts served as files of their own (loaded on demand). */
export const FILE_SCRIPTS = ['search/ui.ts'] as const;
export type ClientScript = (typeof INLINE_SCRIPTS)[number] | (typeof FILE_SCRIPTS)[number];

const cache = new Map<string, Promise<string>>();

export function clientScript(name: ClientScript): Promise<string> {
  let code = cache.get(name);
  if (!code) {
    code = build({
      entryPoints: [resolve('src/client', name)],
      bundle: true,
      format: 'iife',
      minify: true,
      write: false,
      target: 'es2020',
      legalComments: 'none',
      logLevel: 'silent',
    }).then((r) => r.outputFiles[0]!.text.replace(/<\/script/gi, '<\\/script'));
    cache.set(name, code);
  }
  return code;
}

/** The code of every inline script the site ships, for the CSP step. */
export function inlineScripts(): Promise<string[]> {
  return Promise.all(INLINE_SCRIPTS.map((n) => clientScript(n)));
}
