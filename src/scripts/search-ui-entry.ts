/**
 * Entry of the lazily loaded search bundle. It is built on its own (see Search.astro) and imported
 * by the page's inline loader (search-open.ts) when the reader points at search or opens it;
 * importing it mounts the search dialog, open or not.
 */
import { useTranslations } from '../i18n/index.ts';
import { htmlLang, isLocale, localeCodes, locales } from '../i18n/locales.ts';
import { searchBundlePath, withBase } from '../lib/urls.ts';
import { mountSearch, searchStrings } from './search-ui.ts';
import resultsCss from '../styles/search-results.css?inline';

const dialog = document.querySelector<HTMLDialogElement>('dialog[data-search]');
if (dialog && !dialog.dataset['mounted']) {
  dialog.dataset['mounted'] = 'true';
  const locale = dialog.dataset['locale'] ?? '';
  if (!isLocale(locale)) throw new Error(`search dialog with an unknown locale "${locale}"`);
  const base = dialog.dataset['base'] ?? '/';
  const others = localeCodes
    .filter((other) => other !== locale)
    .map((other) => ({
      locale: other,
      lang: htmlLang(other),
      label: locales[other].label,
      bundle: withBase(base, searchBundlePath(other)),
    }));
  // Before any result exists, so none is ever shown unstyled.
  const style = document.createElement('style');
  style.textContent = resultsCss;
  document.head.append(style);
  mountSearch(
    dialog,
    searchStrings(
      useTranslations(locale),
      others.map((other) => useTranslations(other.locale)),
    ),
    others,
  );
}
