// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import pagefind from './integrations/pagefind';
import pagePass from './integrations/page-pass';
import offline from './integrations/offline';
import contentCheck from './integrations/content-check';
import { contentProcessor } from './src/lib/mdx-processor';
import { buildDate } from './src/data/build-date';
import buildProfile from './integrations/build-profile';
import renderOrder from './integrations/render-order';

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
  // English at the root, Arabic under /ar/: every page exists in both (src/pages/[...lang]/).
  i18n: { locales: ['en', 'ar'], defaultLocale: 'en', routing: { prefixDefaultLocale: false } },
  // Two content files with one id must stop the build, not shadow each other.
  prerenderConflictBehavior: 'error',
  // Several pages in flight: while the page pass (on worker threads) finishes one, the main thread
  // renders the next (integrations/render-order.ts).
  build: { format: 'directory', inlineStylesheets: 'always', concurrency: 4 },
  vite: {
    define: { 'import.meta.env.BUILD_DATE': JSON.stringify(date) },
    build: {
      rollupOptions: {
        // @astrojs/mdx marks every MDX module "use astro:head-inject", and the bundler warns once per
        // file that it drops the directive (Astro reads it before bundling). Only that one is silenced.
        onwarn(warning, warn) {
          if (
            warning.code === 'MODULE_LEVEL_DIRECTIVE' &&
            warning.message.includes('astro:head-inject')
          )
            return;
          warn(warning);
        },
      },
    },
  },
  markdown: { syntaxHighlight: false },
  integrations: [
    // Times every phase when IDLIB_BUILD_PROFILE names a file (npm run bench -- --scale); else does nothing.
    buildProfile(),
    // First: a content problem stops the build with the content check's message, before Astro reads anything.
    contentCheck(),
    // Gives Astro the .mdx entry type (frontmatter and body). Content bodies are not compiled: they stay
    // text (src/content.config.ts) and pages read them (src/lib/content-body.ts). An .mdx file a page
    // might import would still be compiled with the content sanitiser.
    mdx({ processor: contentProcessor() }),
    // The social images render after the pages, so that their PNGs are made while the pages render;
    // each page goes through the page pass as it renders.
    renderOrder(),
    // hreflang alternates between the two editions of every page
    sitemap({ i18n: { defaultLocale: 'en', locales: { en: 'en', ar: 'ar' } } }),
    // One pass over each page: relative links, external links marked, scripts checked, CSP.
    pagePass(),
    pagefind(),
    // Keep last: it precaches and zips the finished output.
    offline({ date, siteUrl: new URL(base, site).href }),
  ],
  devToolbar: { enabled: false },
});
