/*
 * The whole of the search code a page loads before use (Search.astro inlines it, minified by
 * src/lib/inline-script.ts): the button, `/`, Ctrl+K or ⌘K opens the dialog and imports the
 * search bundle, which takes over from there (src/scripts/search-ui.ts). The dialog is modal, so
 * Escape closes it and the browser gives focus back to what had it.
 */
const bundle =
  document.querySelector<HTMLElement>('[data-search-bundle]')!.dataset['searchBundle']!;
// One search per page, but for the 404 page, which has one per language and shows one of them.
const dialogs = [...document.querySelectorAll<HTMLDialogElement>('dialog[data-search]')];
const buttons = [...document.querySelectorAll<HTMLElement>('[data-search-open]')];
const dialogOf = (button: HTMLElement) =>
  dialogs.find((d) => d.dataset['locale'] === button.dataset['searchOpen']) ?? dialogs[0]!;
const open = (dialog: HTMLDialogElement) => {
  if (!dialog.open) dialog.showModal();
  const input = dialog.querySelector('input')!;
  input.focus();
  input.select();
  // The bundle mounts the open dialog when it loads, and this one on the event if it has loaded.
  dialog.dispatchEvent(new Event('search:open', { bubbles: true }));
  void import(/* @vite-ignore */ bundle);
};
for (const button of buttons) {
  button.addEventListener('click', () => open(dialogOf(button)));
  const kbd = button.querySelector('kbd');
  if (kbd && /Mac|iP/.test(navigator.platform)) kbd.textContent = kbd.dataset['mac'] ?? '';
}
for (const dialog of dialogs) {
  dialog.querySelector('[data-search-close]')!.addEventListener('click', () => dialog.close());
  // Escape closes at once, but not while an input method is composing (keyCode 229 in Safari).
  // Enter before the search bundle has mounted is kept for it to act on.
  dialog.addEventListener('keydown', (event) => {
    // keyCode is deprecated, and still the only sign Safari gives of that Enter (search-ui.ts).
    const composing = event.isComposing || (event as { keyCode?: number }).keyCode === 229;
    if (event.key === 'Escape' && !composing) {
      event.preventDefault();
      dialog.close();
    } else if (event.key === 'Enter' && !composing && !dialog.dataset['mounted']) {
      dialog.dataset['enter'] = 'true';
    }
  });
  // A click on the backdrop lands on the dialog element itself; one that began inside (a text
  // selection dragged out of the field) is not a click on the backdrop.
  let downOnBackdrop = false;
  dialog.addEventListener('pointerdown', (event) => (downOnBackdrop = event.target === dialog));
  dialog.addEventListener('click', (event) => {
    if (event.target === dialog && downOnBackdrop) dialog.close();
  });
}
document.addEventListener('keydown', (event) => {
  const t = event.target;
  const typing =
    t instanceof HTMLInputElement ||
    t instanceof HTMLTextAreaElement ||
    t instanceof HTMLSelectElement ||
    (t instanceof HTMLElement && t.isContentEditable);
  const mod = event.ctrlKey || event.metaKey;
  if (
    (mod && event.key.toLowerCase() === 'k') ||
    (event.key === '/' && !typing && !mod && !event.altKey)
  ) {
    event.preventDefault();
    // The search whose button is shown (a button in a hidden language has no boxes).
    const shown = buttons.find((button) => button.getClientRects().length > 0) ?? buttons[0]!;
    open(dialogOf(shown));
  }
});

export {};
