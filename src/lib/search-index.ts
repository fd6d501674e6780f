import { htmlLang, localeCodes } from '../i18n/locales';
import type { SearchBundle } from '../integrations/pagefind';
import type { CatalogJson } from '../schemas/catalog-json';
import { searchBundlePath } from './urls';

/**
 * The search bundles the build writes: one per language, holding every weight page of that
 * language and nothing else (alias redirects, tables and the 404 page carry no
 * `data-pagefind-body`). Counted from `/weights.json`, the catalog as built, so a page that lost
 * its `data-pagefind-body` or its `lang` shows up as a missing page. Pagefind keys an index by
 * the page's `<html lang>`, lower-cased.
 */
export function searchBundles(catalog: CatalogJson): SearchBundle[] {
  return localeCodes
    .filter((locale) => catalog.locales.includes(locale))
    .map((locale) => ({
      glob: `${locale}/**/*.html`,
      output: searchBundlePath(locale).slice(1),
      language: htmlLang(locale).toLowerCase(),
      pages: catalog.weights.filter((weight) => weight.urls[locale] !== undefined).length,
    }));
}
