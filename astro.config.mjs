// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import pagefind from './integrations/pagefind';
import relativeLinks from './integrations/relative-links';
import offline from './integrations/offline';
import csp from './integrations/csp';
import { buildDate } from './integrations/build-date';

/**
 * Where the site is published: SITE_URL is the domain, BASE_PATH a sub-path such as /idlib/.
 * They only shape canonical URLs, the sitemap and the download link: every link inside the site
 * is relative, so one build works at any path and opened from disk.
 */
const site = process.env.SITE_URL ?? 'https://idlib-explainer.example.org';
const base = process.env.BASE_PATH ?? '/';
const date = buildDate();

export default defineConfig({
  site,
  base,
  trailingSlash: 'always',
  // Two content files with one id must stop the build, not shadow each other.
  prerenderConflictBehavior: 'error',
  build: { format: 'directory', inlineStylesheets: 'always' },
  vite: { define: { 'import.meta.env.BUILD_DATE': JSON.stringify(date) } },
  integrations: [
    mdx(),
    sitemap(),
    relativeLinks(),
    pagefind(),
    csp(),
    // Keep last: it precaches and zips the finished output.
    offline({ date, siteUrl: new URL(base, site).href }),
  ],
  devToolbar: { enabled: false },
});
