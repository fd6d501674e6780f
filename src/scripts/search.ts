/**
 * Browser side of the header search. Kept dependency-free and lazy: Pagefind's engine, WASM and
 * index are requested only once the reader focuses or types in the box.
 */

interface PagefindResultData {
  url: string;
  excerpt: string;
  meta: Record<string, string | undefined>;
}
interface PagefindApi {
  options(options: { baseUrl?: string; excerptLength?: number }): Promise<void>;
  init(): Promise<void>;
  search(query: string): Promise<{ results: { data(): Promise<PagefindResultData> }[] }>;
}

interface Strings {
  loading: string;
  noResults: string;
  oneResult: string;
  resultsCount: string;
  unavailable: string;
}

const MAX_RESULTS = 10;

export function initSearch(root: HTMLElement): void {
  const input = root.querySelector<HTMLInputElement>('input[type="search"]');
  const panel = root.querySelector<HTMLElement>('[data-search-panel]');
  const status = root.querySelector<HTMLElement>('[data-search-status]');
  const list = root.querySelector<HTMLOListElement>('[data-search-results]');
  if (!input || !panel || !status || !list) return;
  const strings = JSON.parse(root.dataset['strings'] ?? '{}') as Strings;
  const bundle = root.dataset['bundle'] ?? '/pagefind/';
  const baseUrl = root.dataset['base'] ?? '/';

  let engine: Promise<PagefindApi> | undefined;
  const load = () => {
    engine ??= (async () => {
      const api = (await import(/* @vite-ignore */ `${bundle}pagefind.js`)) as PagefindApi;
      await api.options({ baseUrl, excerptLength: 24 });
      await api.init();
      return api;
    })();
    return engine;
  };

  // Each keystroke starts a search; only the newest one may write to the page.
  let latest = 0;
  const run = async () => {
    const query = input.value.trim();
    const ticket = ++latest;
    if (query === '') {
      panel.hidden = true;
      list.replaceChildren();
      return;
    }
    panel.hidden = false;
    status.textContent = strings.loading;
    try {
      const api = await load();
      const found = await api.search(query);
      const data = await Promise.all(found.results.slice(0, MAX_RESULTS).map((r) => r.data()));
      if (ticket !== latest) return;
      list.replaceChildren(...data.map(renderResult));
      const count = found.results.length;
      const template =
        count === 0 ? strings.noResults : count === 1 ? strings.oneResult : strings.resultsCount;
      status.textContent = template.replace('{query}', query).replace('{count}', String(count));
    } catch (error) {
      if (ticket !== latest) return;
      console.error(error);
      list.replaceChildren();
      status.textContent = strings.unavailable;
    }
  };

  input.addEventListener('focus', () => void load().catch(() => undefined), { once: true });
  input.addEventListener('input', () => void run());
  // Enter searches in place when JavaScript runs; the form's action is the no-JS fallback.
  root.querySelector('form')?.addEventListener('submit', (event) => {
    event.preventDefault();
    void run();
  });
  root.addEventListener('keydown', (event) => {
    if (event.key === 'Escape' && !panel.hidden) {
      panel.hidden = true;
      input.focus();
    }
  });
}

function renderResult(result: PagefindResultData): HTMLLIElement {
  const item = document.createElement('li');
  const link = document.createElement('a');
  link.href = result.url;
  link.textContent = result.meta['title'] ?? result.url;
  const excerpt = document.createElement('p');
  // Pagefind's excerpt is text from our own pages with <mark> around the matched words.
  excerpt.innerHTML = result.excerpt;
  item.append(link, excerpt);
  return item;
}
