/**
 * Entry of the lazily loaded search bundle. It is built on its own (see Search.astro) and imported
 * by the page's inline loader on first use; importing it mounts the search panel.
 */
import { useTranslations } from '../i18n/index.ts';
import { isLocale } from '../i18n/locales.ts';
import { mountSearch, searchStrings } from './search-ui.ts';

for (const root of document.querySelectorAll<HTMLElement>('[data-search]')) {
  const locale = root.dataset['locale'] ?? '';
  if (!isLocale(locale)) throw new Error(`search box with an unknown locale "${locale}"`);
  mountSearch(root, searchStrings(useTranslations(locale)));
}
