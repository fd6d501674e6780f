import type { APIRoute } from 'astro';
import { localeCodes, type Locale } from '../../i18n/locales.ts';
import { getSummaryRows } from '../../data/catalog.ts';
import { tableJsonRow } from '../../lib/summary.ts';

/**
 * Every row of the summary table, formatted for one language (`tableJsonRow`): what the table
 * script loads to filter and sort across all pages when the catalog has more than one.
 */
export function getStaticPaths() {
  return localeCodes.map((locale) => ({ params: { locale } }));
}

export const GET: APIRoute = async ({ params }) =>
  new Response(
    JSON.stringify((await getSummaryRows(params['locale'] as Locale)).map(tableJsonRow)),
    {
      headers: { 'Content-Type': 'application/json; charset=utf-8' },
    },
  );
