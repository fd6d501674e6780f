import { getCollection, type CollectionEntry } from 'astro:content';
import { buildCatalog, type Catalog } from '../lib/catalog';
import { contentRoot } from '../lib/content-paths';
import { summaryRows, type SummaryRow } from '../lib/summary';
import type { Locale } from '../i18n/locales';

export type ProseEntry = CollectionEntry<'weights'>;
export type SiteCatalog = Catalog<ProseEntry>;

let catalog: Promise<SiteCatalog> | undefined;

/**
 * The validated catalog, built once per build: every page asks for it, and a content error
 * thrown here fails `astro build` with the list of files and fields at fault.
 */
export function getCatalog(): Promise<SiteCatalog> {
  catalog ??= (async () =>
    buildCatalog({
      facts: await getCollection('facts'),
      prose: await getCollection('weights'),
      families: await getCollection('families'),
      root: contentRoot(),
    }))();
  return catalog;
}

const rowsByLocale = new Map<Locale, Promise<SummaryRow[]>>();

/** The summary table's rows for a locale, formatted once per build and shared by every page. */
export function getSummaryRows(locale: Locale): Promise<SummaryRow[]> {
  let rows = rowsByLocale.get(locale);
  if (!rows) {
    rows = getCatalog().then((catalog) => summaryRows(catalog, locale));
    rowsByLocale.set(locale, rows);
  }
  return rows;
}
