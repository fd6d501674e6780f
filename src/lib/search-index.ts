import { htmlLang } from '../i18n/locales';
import type { CatalogJson } from '../schemas/catalog-json';

/**
 * What the search index must contain: every weight page, in its language's index and nothing
 * else (alias redirects, tables, 404). Counted from `/weights.json`, the catalog as built, so a
 * page that lost its `data-pagefind-body` or its `lang` shows up as a missing page. Pagefind keys
 * an index by the page's `<html lang>`, lower-cased.
 */
export function expectedSearchPages(catalog: CatalogJson): Record<string, number> {
  return Object.fromEntries(
    catalog.locales.map((locale) => [
      htmlLang(locale).toLowerCase(),
      catalog.weights.filter((weight) => weight.urls[locale] !== undefined).length,
    ]),
  );
}
