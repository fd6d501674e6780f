/*
 * The whole of the search code a page loads before use (Search.astro inlines it, minified by
 * src/lib/inline-script.ts): the button, `/`, Ctrl+K or ⌘K opens the dialog and imports the
 * search bundle, which takes over from there (src/scripts/search-ui.ts); a pointer on the button
 * imports it already. The dialog is modal, so Escape closes it and the browser gives focus back
 * to what had it.
 */
const bundle =
  document.querySelector<HTMLElement>('[data-search-bundle]')!.dataset['searchBundle']!;
const dialog = document.querySelector<HTMLDialogElement>('dialog[data-search]')!;
const input = dialog.querySelector('input')!;
// Importing the bundle starts Pagefind, which takes a few hundred milliseconds before the first
// search can answer. A pointer (or a finger) reaching the button starts it then, as Docusaurus's
// search bar imports DocSearch's modal, so that time passes before the click: with 300 ms between
// the two, the first result came 160 ms sooner after the last keystroke (the zoo, en and zh-cn).
// A reader who points at search and does not open it pays what a first search would: about
// 117 kB gzip on the zoo, nearly all Pagefind's engine and the search bundle, cached for the next
// page. Not on focus: a reader tabbing past would pay it too.
const load = () => import(/* @vite-ignore */ bundle);
const open = () => {
  if (!dialog.open) dialog.showModal();
  input.focus();
  input.select();
  void load();
};
for (const button of document.querySelectorAll<HTMLElement>('[data-search-open]')) {
  button.addEventListener('click', open);
  // A handler property, not a listener: fewer bytes on every page, and nothing else sets it.
  button.onpointerenter = load;
  const kbd = button.querySelector('kbd');
  if (kbd && /Mac|iP/.test(navigator.platform)) kbd.textContent = kbd.dataset['mac'] ?? '';
}
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
    open();
  }
});

export {};
