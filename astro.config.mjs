// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import pagefind from './src/integrations/pagefind.ts';
import { expectedSearchPages } from './src/lib/search-index.ts';
import { createHash } from 'node:crypto';

const contentDir = process.env.CATALOG_CONTENT_DIR;

/*
 * BASE_PATH deploys the site under a sub-path (e.g. "/paddlenlp/gpt/"); SITE_URL, when set, makes
 * canonical and hreflang links absolute. Both are optional; see README.md.
 */
export default defineConfig({
  ...(process.env.SITE_URL ? { site: process.env.SITE_URL } : {}),
  base: process.env.BASE_PATH || '/',
  trailingSlash: 'always',
  // One HTML request per page: the site's CSS is small, so it ships inside the page.
  build: { format: 'directory', inlineStylesheets: 'always' },
  integrations: [mdx(), pagefind({ expectedPages: expectedSearchPages })],
  devToolbar: { enabled: false },
  // Astro caches loaded content across builds, keyed by its config but not by where the content
  // lives: a build of another content folder (benchmark, build-failure tests) would reuse stale
  // entries. Its own cache directory also changes the config digest, which clears the store.
  cacheDir: contentDir
    ? `./node_modules/.astro/content-${createHash('sha256').update(contentDir).digest('hex').slice(0, 12)}`
    : './node_modules/.astro',
  vite: {
    build: {
      // Astro inlines small scripts into the page before Vite fills in its dynamic-import helper,
      // which leaves `__VITE_PRELOAD__` undefined and breaks the lazy search. Keep scripts as files.
      assetsInlineLimit: 0,
      rollupOptions: {
        onwarn(warning, warn) {
          // Every MDX entry triggers this; harmless, upstream withastro/astro#18087.
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
});
