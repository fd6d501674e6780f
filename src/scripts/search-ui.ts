/**
 * The search panel, loaded on first use by src/scripts/search.ts: Pagefind's engine, this
 * language's index, the facets and the results list.
 */
import type { Translate } from '../i18n/index.ts';
import { idSearchKey, searchRanking } from '../lib/search-ranking.ts';

interface PagefindResultData {
  url: string;
  excerpt: string;
  meta: Record<string, string | undefined>;
}
interface PagefindApi {
  options(options: {
    baseUrl?: string;
    excerptLength?: number;
    ranking?: Partial<
      Record<'pageLength' | 'termSimilarity' | 'termSaturation' | 'termFrequency', number>
    >;
  }): Promise<void>;
  init(): Promise<void>;
  filters(): Promise<Record<string, Record<string, number>>>;
  search(
    query: string,
    options?: { filters?: Record<string, string> },
  ): Promise<{ results: { id: string; data(): Promise<PagefindResultData> }[] }>;
}

export interface Strings {
  loading: string;
  noResults: string;
  oneResult: string;
  resultsCount: string;
  unavailable: string;
  browseTable: string;
  any: string;
}

/**
 * The panel's words, from the page language's dictionary. They come with this lazily loaded
 * bundle rather than in every page's HTML (165 B gzip a page), since only a search needs them.
 * Templates stay templates: {query} and {count} are filled per search.
 */
export function searchStrings(t: Translate): Strings {
  return {
    loading: t('search.loading'),
    noResults: t('search.noResults', { query: '{query}' }),
    oneResult: t('search.oneResult', { query: '{query}' }),
    resultsCount: t('search.resultsCount', { query: '{query}', count: '{count}' }),
    unavailable: t('search.unavailable'),
    browseTable: t('search.browseTable'),
    any: t('table.any'),
  };
}

const MAX_RESULTS = 10;
const FACETS = ['language', 'family', 'provider'] as const;

export function mountSearch(root: HTMLElement, strings: Strings): void {
  const input = root.querySelector<HTMLInputElement>('input[type="search"]')!;
  const panel = root.querySelector<HTMLElement>('[data-search-panel]')!;
  const status = root.querySelector<HTMLElement>('[data-search-status]')!;
  const list = root.querySelector<HTMLOListElement>('[data-search-results]')!;
  const facetBox = root.querySelector<HTMLElement>('[data-search-facets]')!;
  const bundle = root.dataset['bundle'] ?? '/pagefind/';
  const baseUrl = root.dataset['base'] ?? '/';
  const tableUrl = root.querySelector('form')?.getAttribute('action') ?? baseUrl;

  const engine = (async () => {
    const api = (await import(/* @vite-ignore */ `${bundle}pagefind.js`)) as PagefindApi;
    await api.options({ baseUrl, excerptLength: 24, ranking: searchRanking });
    await api.init();
    return api;
  })();

  // Facets: one select per Pagefind filter, with the values this language's index holds.
  const selects = new Map<string, HTMLSelectElement>();
  void engine
    .then(async (api) => {
      const filters = await api.filters();
      for (const name of FACETS) {
        const select = facetBox.querySelector<HTMLSelectElement>(`select[name="${name}"]`);
        if (!select || !filters[name]) continue;
        const values = Object.keys(filters[name]).sort();
        select.replaceChildren(
          new Option(strings.any, ''),
          ...values.map((value) => new Option(value, value)),
        );
        select.addEventListener('change', () => void run());
        selects.set(name, select);
      }
      facetBox.hidden = selects.size === 0;
    })
    .catch(() => undefined);

  // Each keystroke starts a search; only the newest one may write to the page.
  let latest = 0;
  const run = async () => {
    const query = input.value.trim();
    const ticket = ++latest;
    if (query === '') {
      list.replaceChildren();
      status.textContent = '';
      return;
    }
    panel.hidden = false;
    status.textContent = strings.loading;
    try {
      const api = await engine;
      const filters = Object.fromEntries(
        [...selects].filter(([, s]) => s.value !== '').map(([name, s]) => [name, s.value]),
      );
      // A query that spells an id is also looked up exactly (src/lib/search-ranking.ts); the
      // weight it names comes first, then everything the words match.
      const key = idSearchKey(query);
      const [exact, found] = await Promise.all([
        key === null ? { results: [] } : api.search(key, { filters }),
        api.search(query, { filters }),
      ]);
      const first = new Set(exact.results.map((r) => r.id));
      const results = [...exact.results, ...found.results.filter((r) => !first.has(r.id))];
      const data = await Promise.all(results.slice(0, MAX_RESULTS).map((r) => r.data()));
      if (ticket !== latest) return;
      list.replaceChildren(...data.map((d, i) => renderResult(d, i < exact.results.length)));
      const count = results.length;
      const template =
        count === 0 ? strings.noResults : count === 1 ? strings.oneResult : strings.resultsCount;
      status.textContent = template.replace('{query}', query).replace('{count}', String(count));
      if (count === 0) {
        // Offer the table, which lists every weight, when search finds nothing.
        const link = document.createElement('a');
        link.href = tableUrl;
        link.textContent = strings.browseTable;
        status.append(' ', link);
      }
    } catch (error) {
      if (ticket !== latest) return;
      console.error(error);
      list.replaceChildren();
      status.textContent = strings.unavailable;
    }
  };

  input.addEventListener('input', () => void run());
  root.querySelector('form')?.addEventListener('submit', (event) => {
    event.preventDefault();
    void run();
  });
  if (input.value.trim() !== '') void run();
}

function renderResult(result: PagefindResultData, exact: boolean): HTMLLIElement {
  const item = document.createElement('li');
  const link = document.createElement('a');
  link.href = result.url;
  const code = document.createElement('code');
  code.textContent = result.meta['title'] ?? result.url;
  link.append(code);
  const meta = document.createElement('span');
  meta.className = 'result-meta';
  meta.textContent = [result.meta['parameters'], result.meta['language']]
    .filter(Boolean)
    .join(' · ');
  const excerpt = document.createElement('p');
  if (exact) {
    // The reader named this weight; its summary says more than the id key that matched.
    excerpt.textContent = result.meta['description'] ?? '';
  } else {
    // Pagefind's excerpt is text from our own pages with <mark> around the matched words.
    excerpt.innerHTML = result.excerpt;
  }
  item.append(link, meta, excerpt);
  return item;
}
