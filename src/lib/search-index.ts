import { htmlLang, localeCodes, type Locale } from '../i18n/locales.ts';
import type { CatalogPages } from '../schemas/catalog-json.ts';
import { searchBundlePath } from './urls.ts';

/** One Pagefind bundle: the pages of one language, searched by the pages of that language. */
export interface SearchBundle {
  locale: Locale;
  /** The site's pages that go in it, as a glob relative to the built site: `en/**\/*.html`. */
  glob: string;
  /** Where the bundle is written, relative to the built site: `pagefind/en/`. */
  output: string;
  /** Pagefind's language key: the pages' `<html lang>`, lower-cased (`zh-cn`, `en`). */
  language: string;
}

/**
 * The search bundles the build writes: one per language. Of a language's pages, only the weight
 * pages carry `data-pagefind-body`, so only they are indexed (alias redirects, tables and the 404
 * page are not). Pagefind keys an index by the page's `<html lang>`, lower-cased.
 */
export function searchBundles(): SearchBundle[] {
  return localeCodes.map((locale) => ({
    locale,
    glob: `${locale}/**/*.html`,
    output: searchBundlePath(locale).slice(1),
    language: htmlLang(locale).toLowerCase(),
  }));
}

/** What Pagefind reported it indexed into a bundle: pages per language key. */
export type IndexedPages = Record<string, number>;

/**
 * Why a bundle does not hold exactly the weight pages of its language, or null when it does:
 * the catalog as built says how many there are, so a page that lost its `data-pagefind-body` or
 * its `lang` shows up as missing, and a page of another language as extra.
 */
export function searchBundleProblem(
  bundle: SearchBundle,
  indexed: IndexedPages,
  catalog: CatalogPages,
): string | null {
  const expected = catalog.weights.filter((weight) => weight.urls[bundle.locale]).length;
  const found = Object.entries(indexed);
  const right = found.length === 1 && found[0]?.[0] === bundle.language && found[0][1] === expected;
  if (right) return null;
  return (
    `Pagefind indexed the wrong pages for ${bundle.output}: ` +
    `${found.map(([language, pages]) => `${language} ${pages}`).join(', ') || 'none'}, ` +
    `expected ${bundle.language} ${expected}. ` +
    `Is data-pagefind-body on every weight page of ${bundle.glob}, and <html lang> right?`
  );
}
