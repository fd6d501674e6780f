import { htmlLang, localeCodes } from '../i18n/locales';

/**
 * What the search index must contain: every weight page, in its language's index and nowhere else.
 * Pagefind keys an index by the page's `<html lang>`, lower-cased.
 */
export function expectedSearchPages(pathnames: string[]): Record<string, number> {
  return Object.fromEntries(
    localeCodes.map((locale) => [
      htmlLang(locale).toLowerCase(),
      pathnames.filter((p) => p.replace(/^\//, '').startsWith(`${locale}/weights/`)).length,
    ]),
  );
}
