/**
 * What every page loads for search: a few hundred bytes that wait for the reader. The first focus
 * of the box, or a shortcut (`/`, Ctrl+K, ⌘K), loads the search panel and Pagefind; before that,
 * no search request is made. Escape closes the panel and returns focus to where it was.
 */

export function initSearch(root: HTMLElement): void {
  const input = root.querySelector<HTMLInputElement>('input[type="search"]');
  const panel = root.querySelector<HTMLElement>('[data-search-panel]');
  if (!input || !panel) return;
  let returnFocus: HTMLElement | null = null;
  let mounted: Promise<void> | undefined;

  const mount = () => {
    mounted ??= import('./search-ui').then(({ mountSearch }) => mountSearch(root));
    return mounted;
  };
  const open = () => {
    panel.hidden = false;
    void mount();
  };

  input.addEventListener('focus', open);
  input.addEventListener('input', open);

  document.addEventListener('keydown', (event) => {
    const target = event.target as HTMLElement | null;
    const typing =
      target instanceof HTMLInputElement ||
      target instanceof HTMLTextAreaElement ||
      target instanceof HTMLSelectElement ||
      target?.isContentEditable === true;
    const shortcut =
      ((event.ctrlKey || event.metaKey) && event.key.toLowerCase() === 'k') ||
      (event.key === '/' && !typing && !event.ctrlKey && !event.metaKey && !event.altKey);
    if (shortcut) {
      event.preventDefault();
      returnFocus = document.activeElement instanceof HTMLElement ? document.activeElement : null;
      input.focus();
      input.select();
    } else if (event.key === 'Escape' && !panel.hidden && root.contains(target)) {
      panel.hidden = true;
      (returnFocus && returnFocus !== input ? returnFocus : input).focus();
      returnFocus = null;
    }
  });

  // Clicking elsewhere closes the panel without moving focus.
  document.addEventListener('click', (event) => {
    if (!root.contains(event.target as Node)) panel.hidden = true;
  });
}
