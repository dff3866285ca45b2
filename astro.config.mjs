// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';

/** Where the site is served: SITE_URL for the domain, BASE_PATH for a sub-path such as /idlib/. */
const site = process.env.SITE_URL ?? 'https://idlib-explainer.example.org';
const base = process.env.BASE_PATH ?? '/';

export default defineConfig({
  site,
  base,
  trailingSlash: 'always',
  // Two content files with one id must stop the build, not shadow each other.
  prerenderConflictBehavior: 'error',
  build: { format: 'directory', inlineStylesheets: 'always' },
  integrations: [mdx(), sitemap()],
  devToolbar: { enabled: false },
});
