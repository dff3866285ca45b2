/**
 * The MDX features content is parsed with, by the build (src/lib/content-body.ts) and the content
 * check (scripts/mdx-check.ts) alike, and the processor @astrojs/mdx is given (astro.config.mjs),
 * with the same sanitiser, should an .mdx file ever be imported as a module. Markdown features
 * beyond GFM stay off; syntax highlighting is off (it would add inline style attributes, which the
 * CSP refuses, and content has no use for it).
 */
import { satteri } from '@astrojs/markdown-satteri';
import { sanitizeContentPlugin } from './sanitize-content';

/** Parser features: the build's and the check's. */
export const MDX_FEATURES = { gfm: true, smartPunctuation: true } as const;

export function contentProcessor() {
  return satteri({ features: { ...MDX_FEATURES }, hastPlugins: [sanitizeContentPlugin] });
}
