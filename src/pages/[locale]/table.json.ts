import type { APIRoute } from 'astro';
import { localeCodes, type Locale } from '../../i18n/locales.ts';
import { getSummaryRows } from '../../data/catalog.ts';

/**
 * Every row of the summary table, formatted for one language: what the table script loads to
 * filter and sort across all pages when the catalog has more than one.
 */
export function getStaticPaths() {
  return localeCodes.map((locale) => ({ params: { locale } }));
}

export const GET: APIRoute = async ({ params }) =>
  new Response(JSON.stringify(await getSummaryRows(params['locale'] as Locale)), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
