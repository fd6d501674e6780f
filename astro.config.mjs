// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import { satteri } from '@astrojs/markdown-satteri';
import { catalogSitemap } from './src/build/sitemap.ts';
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';

function contentCacheKey() {
  const hash = createHash('sha256').update(process.env.CATALOG_CONTENT_DIR ?? './content');
  // What parsed and rendered entries depend on besides the content itself: the schemas, the
  // prose loader and the library code it renders with.
  for (const folder of ['schemas', 'loaders', 'lib']) {
    const dir = new URL(`./src/${folder}/`, import.meta.url);
    for (const file of readdirSync(dir, { recursive: true }).map(String).sort()) {
      if (file.endsWith('.ts')) hash.update(file).update(readFileSync(new URL(file, dir)));
    }
  }
  return hash.digest('hex').slice(0, 12);
}

/*
 * BASE_PATH deploys the site under a sub-path (e.g. "/paddlenlp/gpt/"); SITE_URL, when set, makes
 * canonical and hreflang links absolute. Both are optional; see README.md.
 */
export default defineConfig({
  ...(process.env.SITE_URL ? { site: process.env.SITE_URL } : {}),
  base: process.env.BASE_PATH || '/',
  trailingSlash: 'always',
  // One HTML request per page: the site's CSS is small, so it ships inside the page.
  build: {
    format: 'directory',
    inlineStylesheets: 'always',
    // Rendering a weight page takes about a millisecond; writing it out takes longer, and one page
    // at a time left the CPU idle half the build. 16 pages in flight: 1,000 weights render in
    // 4.8 s instead of 9.3 s (npm run bench), with no more memory.
    concurrency: 16,
  },
  // The Pagefind search index is built after `astro build` has exited, by src/build/build.ts
  // (`npm run build`), which says why.
  // The sitemap needs absolute URLs: without SITE_URL there is none, as @astrojs/sitemap would
  // decide itself, but without its warning on every local build.
  integrations: [mdx(), ...(process.env.SITE_URL ? catalogSitemap() : [])],
  markdown: {
    // Astro's own Markdown processor, with heading ids written in the text (`## 搜索 {#searching}`):
    // a site page's sections keep one id in every language, so the language switch, which carries
    // the fragment across, lands on the same section. Weight prose is parsed by src/lib/prose.ts.
    processor: satteri({ features: { headingAttributes: true } }),
  },
  devToolbar: { enabled: false },
  // Astro caches parsed and rendered content across builds, keyed by the text of
  // src/content.config.ts only: neither a change to the code it imports nor another content folder
  // (benchmark, build-failure tests) would reach the cache, and stale entries would be built. Key
  // the cache by both.
  cacheDir: `./node_modules/.astro/content-${contentCacheKey()}`,
  vite: {
    // The lazily loaded search bundle (Search.astro) is an ES module like the rest.
    worker: { format: 'es' },
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
