/**
 * After the build: a Content-Security-Policy meta element in every page (src/lib/csp.ts), and a
 * _headers file (Netlify, Cloudflare Pages) with one policy covering every page, plus the headers
 * a meta element cannot carry. Astro's own security.csp hashes only the scripts Astro bundles;
 * every script here is inline by design, hence this step.
 */
import type { AstroIntegration } from 'astro';
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { inlineHashes, policy, withCsp } from '../src/lib/csp';
import { htmlFiles } from './relative-links';

export default function csp(): AstroIntegration {
  return {
    name: 'idlib:csp',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const root = fileURLToPath(dir);
        const all = { scripts: new Set<string>(), styles: new Set<string>() };
        const files = await htmlFiles(root);
        for (const file of files) {
          const html = await readFile(file, 'utf8');
          const h = inlineHashes(html);
          h.scripts.forEach((x) => all.scripts.add(x));
          h.styles.forEach((x) => all.styles.add(x));
          await writeFile(file, withCsp(html));
        }
        const header = policy({ scripts: [...all.scripts].sort(), styles: [...all.styles].sort() }, { header: true });
        await writeFile(join(root, '_headers'), [
          '/*',
          `  Content-Security-Policy: ${header}`,
          '  X-Content-Type-Options: nosniff',
          '  Referrer-Policy: no-referrer',
          '  Permissions-Policy: camera=(), microphone=(), geolocation=(), interest-cohort=()',
          '/*.html',
          '  Cache-Control: no-cache',
          '/sw.js',
          '  Cache-Control: no-cache',
          '/pagefind/*',
          '  Cache-Control: public, max-age=86400',
          '',
        ].join('\n'));
        logger.info(`policy set on ${files.length} pages; _headers written`);
      },
    },
  };
}
