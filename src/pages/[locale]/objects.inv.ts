import type { APIRoute } from 'astro';
import { localeCodes, type Locale } from '../../i18n/locales.ts';
import { getInventory } from '../../data/catalog.ts';
import { localeHomePath } from '../../lib/urls.ts';

/** A language's Sphinx inventory (`/zh-cn/objects.inv`): its pages, relative to its folder. */
export function getStaticPaths() {
  return localeCodes.map((locale) => ({ params: { locale } }));
}

export const GET: APIRoute = async ({ params }) => {
  const locale = params['locale'] as Locale;
  return new Response(await getInventory(locale, localeHomePath(locale)), {
    headers: { 'Content-Type': 'application/octet-stream' },
  });
};
