import type { APIRoute } from 'astro';
import { useTranslations } from '../../i18n';
import { localeCodes, type Locale } from '../../i18n/locales';
import { getSummaryRows } from '../../data/catalog';

/**
 * Every row of the summary table, formatted for one language: what the table script loads to
 * filter and sort across all pages when the catalog has more than one.
 */
export function getStaticPaths() {
  return localeCodes.map((locale) => ({ params: { locale } }));
}

export const GET: APIRoute = async ({ params }) => {
  const locale = params['locale'] as Locale;
  const rows = (await getSummaryRows(locale)).map((row) => ({
    ...row,
    exactTitle:
      row.parametersExact === null
        ? null
        : useTranslations(locale)('params.exactTitle', { exact: row.parametersExact }),
  }));
  return new Response(JSON.stringify(rows), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
};
