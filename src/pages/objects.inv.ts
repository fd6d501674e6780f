import type { APIRoute } from 'astro';
import { rootFilesLocale } from '../lib/urls.ts';
import { getInventory } from '../data/catalog.ts';

/*
 * The site's Sphinx inventory, at its root where intersphinx looks: the English pages, as most
 * documentation that links here is in English. Each language has its own as well, beside its
 * pages (src/pages/[locale]/objects.inv.ts): `/zh-cn/objects.inv` for Chinese documents.
 */
export const GET: APIRoute = async () => {
  return new Response(await getInventory(rootFilesLocale, '/'), {
    headers: { 'Content-Type': 'application/octet-stream' },
  });
};
