/**
 * Entry of the lazily loaded search bundle. It is built on its own (see Search.astro) and imported
 * by the page's inline loader on first use; importing it mounts the search panel.
 */
import { mountSearch } from './search-ui';

for (const root of document.querySelectorAll<HTMLElement>('[data-search]')) mountSearch(root);
