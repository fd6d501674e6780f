// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import pagefind from './src/integrations/pagefind.ts';
import { expectedSearchPages } from './src/lib/search-index.ts';

/*
 * BASE_PATH deploys the site under a sub-path (e.g. "/paddlenlp/gpt/"); SITE_URL, when set, makes
 * canonical and hreflang links absolute. Both are optional; see README.md.
 */
export default defineConfig({
  site: process.env.SITE_URL || undefined,
  base: process.env.BASE_PATH || '/',
  trailingSlash: 'always',
  build: { format: 'directory' },
  integrations: [mdx(), pagefind({ expectedPages: expectedSearchPages })],
  devToolbar: { enabled: false },
  vite: {
    build: {
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
