/**
 * The MDX processor for content, shared by the build (astro.config.mjs) and the content check
 * (scripts/mdx-check.ts), so that both parse with the same parser, the same features and the same
 * sanitiser. Markdown features beyond GFM stay off; syntax highlighting is off (it would add
 * inline style attributes, which the CSP refuses, and content has no use for it).
 */
import { satteri } from '@astrojs/markdown-satteri';
import { sanitizeContentPlugin } from './sanitize-content';

/** Parser features: the build's and the check's. */
export const MDX_FEATURES = { gfm: true, smartPunctuation: true } as const;

/** What @astrojs/mdx hands the renderer from the Markdown config (astro.config.mjs sets the same). */
export const MDX_SHARED = { syntaxHighlight: false, gfm: true, smartypants: true } as const;

export function contentProcessor() {
  return satteri({ features: { ...MDX_FEATURES }, hastPlugins: [sanitizeContentPlugin] });
}
