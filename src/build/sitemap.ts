/**
 * The sitemap, from @astrojs/sitemap: every page the site wants indexed, each with its versions in
 * every language (`xhtml:link` alternates, from the site's locales).
 *
 * Two things the integration does not do on its own, added here:
 *  - The language chooser at `/` and the pages that ask not to be indexed (the alias redirects'
 *    `<meta name="robots" content="noindex">`, as this site's templates write it) are left out;
 *    the integration drops the 404 page itself. Its `filter` sees only URLs, so it reads the page
 *    it has just built: one rule, the page's own, instead of a second list of aliases.
 *  - `/sitemap.xml` is the URL this site published before the integration: the integration writes
 *    `sitemap-index.xml` and `sitemap-0.xml`…, so the index is also written as `sitemap.xml`.
 *    A sitemap index is a sitemap file crawlers accept wherever a sitemap is expected.
 * Like the integration, nothing is written without SITE_URL: a sitemap needs absolute URLs.
 */
import sitemap from '@astrojs/sitemap';
import type { AstroIntegration } from 'astro';
import { copyFileSync, existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { htmlLang, localeCodes } from '../i18n/locales.ts';
import { builtPageFile, isNoindex } from '../lib/sitemap.ts';

export function catalogSitemap(): AstroIntegration[] {
  let outDir: URL | undefined;
  let base = '/';
  const indexable = (url: string): boolean => {
    if (outDir === undefined) throw new Error('sitemap: the output folder is not known yet');
    const { pathname } = new URL(url);
    // `/` only sends readers to a language (src/pages/index.astro): it is in none, and the
    // integration would count it as the default locale's, a second zh-CN version of the home.
    if (pathname === base) return false;
    const file = builtPageFile(fileURLToPath(outDir), base, pathname);
    return !isNoindex(readFileSync(file, 'utf8'));
  };
  return [
    sitemap({
      filter: indexable,
      i18n: {
        defaultLocale: localeCodes[0]!,
        locales: Object.fromEntries(localeCodes.map((locale) => [locale, htmlLang(locale)])),
      },
      // Only the alternates' namespace is used; the others would be declared on every file.
      namespaces: { news: false, image: false, video: false },
    }),
    {
      name: 'catalog-sitemap',
      hooks: {
        'astro:config:done': ({ config }) => {
          outDir = config.outDir;
          base = config.base;
        },
        // Runs after @astrojs/sitemap's hook: integrations' hooks run in the order listed.
        'astro:build:done': ({ dir, logger }) => {
          const index = fileURLToPath(new URL('sitemap-index.xml', dir));
          if (!existsSync(index)) return;
          copyFileSync(index, fileURLToPath(new URL('sitemap.xml', dir)));
          logger.info('`sitemap.xml` written (a copy of `sitemap-index.xml`)');
        },
      },
    },
  ];
}
