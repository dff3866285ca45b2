/**
 * Client scripts are bundled with esbuild into classic IIFE code and inlined into the page: module
 * scripts and external files are blocked when a page is opened from disk (file://), inline
 * classic scripts are not. Each bundle is built once per build.
 */
import { build } from 'esbuild';
import { resolve } from 'node:path';

const cache = new Map<string, Promise<string>>();

export function clientScript(name: string): Promise<string> {
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

/** JSON for a <script type="application/json"> element, safe against closing the element early. */
export function jsonForScript(value: unknown): string {
  return JSON.stringify(value).replace(/</g, '\\u003c');
}
