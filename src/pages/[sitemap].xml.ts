import type { APIRoute } from 'astro';
import { localeCodes } from '../i18n/locales.ts';
import { sitemapXml } from '../lib/sitemap.ts';
import { familyPath, localeHomePath, weightPath } from '../lib/urls.ts';
import { getCatalog } from '../data/catalog.ts';
import { href } from '../data/site.ts';

/*
 * A sitemap needs absolute URLs, so it is only built when the site's origin is known (SITE_URL):
 * the dynamic segment lets getStaticPaths build it or not, as @astrojs/sitemap does.
 */
export function getStaticPaths() {
  return import.meta.env.SITE ? [{ params: { sitemap: 'sitemap' } }] : [];
}

export const GET: APIRoute = async ({ site }) => {
  if (site === undefined) throw new Error('sitemap.xml needs SITE_URL');
  const [locale] = localeCodes;
  if (locale === undefined) throw new Error('no locales');
  const { weights } = await getCatalog();
  const families = [...new Set(weights.map((w) => w.zoo.id))];
  const pages = [
    localeHomePath(locale),
    ...families.map((family) => familyPath(locale, family)),
    ...weights.map((w) => weightPath(locale, w.id)),
  ];
  return new Response(
    sitemapXml(pages, (path) => new URL(href(path), site).href),
    {
      headers: { 'Content-Type': 'application/xml; charset=utf-8' },
    },
  );
};
