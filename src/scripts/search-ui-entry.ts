/**
 * Entry of the lazily loaded search bundle. It is built on its own (see Search.astro) and imported
 * by the page's inline opener on first use. It mounts the dialog being opened, and any that opens
 * later: the opener fires `search:open` on each (the 404 page has a search per language).
 */
import { useTranslations } from '../i18n/index.ts';
import { htmlLang, isLocale, localeCodes, locales } from '../i18n/locales.ts';
import { searchBundlePath, withBase } from '../lib/urls.ts';
import { mountSearch, searchStrings } from './search-ui.ts';
import resultsCss from '../styles/search-results.css?inline';

function mount(dialog: HTMLDialogElement): void {
  if (dialog.dataset['mounted']) return;
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
  // Before any result exists, so none is ever shown unstyled (once for the page).
  if (!document.querySelector('style[data-search-style]')) {
    const style = document.createElement('style');
    style.dataset['searchStyle'] = '';
    style.textContent = resultsCss;
    document.head.append(style);
  }
  mountSearch(dialog, searchStrings(useTranslations(locale)), others);
}

for (const dialog of document.querySelectorAll<HTMLDialogElement>('dialog[data-search][open]')) {
  mount(dialog);
}
document.addEventListener('search:open', (event) => {
  if (event.target instanceof HTMLDialogElement) mount(event.target);
});
