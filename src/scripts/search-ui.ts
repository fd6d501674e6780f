/**
 * The search dialog, loaded when the reader reaches for search (search-open.ts: a pointer on its
 * button, or opening it): Pagefind's engine and this language's index, the facets, and the
 * results as a WAI-ARIA combobox with a listbox popup
 * (https://www.w3.org/WAI/ARIA/apg/patterns/combobox/): focus stays in the field, arrow keys move
 * the highlighted result (`aria-activedescendant`), Enter opens it.
 *
 * What a query finds, in order: the weight whose id it spells (or mistypes: `mistypedId`), the
 * weights of the family it names, those whose id it begins with spaces for hyphens (`ernie 3.0`),
 * the weights of the size it names (`1.5B`, `1.24 亿`), then every page its words match,
 * PaddleNLP's own and hand-verified weights first; a family's name (`bert`) is offered first as
 * its page, and a task's name (`问答`) as the summary table's list of the weights whose family
 * supports it. With no hit here, the other language's hits are listed (a Chinese query on an
 * English page); with none there either, the ids nearest to it by edit distance, ranked as the
 * 404 page ranks them.
 */
import { interpolate, type Translate } from '../i18n/index.ts';
import { resultExcerpt, sectionExcerpt } from '../lib/excerpt.ts';
import { closestWeights, mistypedId } from '../lib/lookup.ts';
import {
  familyName,
  familyQueries,
  idSearchKey,
  namedFamily,
  type FamilyNames,
  type FamilyPage,
  joinedName,
  keyPrefixes,
  namedTasks,
  offersAfter,
  searchRanking,
  trustFilter,
  listSort,
  trustedLevels,
} from '../lib/search-ranking.ts';
import { parseSize, sizeSearchQuery } from '../lib/size-search.ts';
import { emptyState, parseTableState, serializeTableState } from '../lib/table-state.ts';
import { familyPath, tableHeadingId, weightPath, withBase } from '../lib/urls.ts';
import { taskName, zooTaskNames, type ZooTask } from '../schemas/tasks.ts';
import type { Locale } from '../i18n/locales.ts';
import { fetchLookup } from './weight-lookup.ts';
import type { WeightLookup } from '../lib/lookup.ts';
import { idCode } from './id-code.ts';

interface PagefindResultData {
  url: string;
  excerpt: string;
  /** Each heading's section, with its own excerpt (sectionExcerpt); none is read as none. */
  sub_results?: { title: string; excerpt: string; anchor?: { location: number } }[];
  /** The page's indexed text, which `excerpt` is a window of. */
  content: string;
  meta: Record<string, string | undefined>;
}
interface PagefindResult {
  id: string;
  data(): Promise<PagefindResultData>;
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
  /** Fetches the index chunks a search for this term would read, and searches no further. */
  preload(term: string): Promise<void>;
  filters(): Promise<Record<string, Record<string, number>>>;
  /** A null query lists every page the filters let through. */
  search(
    query: string | null,
    options?: {
      filters?: Record<string, string | { any: readonly string[] }>;
      sort?: Record<string, 'asc' | 'desc'>;
    },
  ): Promise<{ results: PagefindResult[] }>;
}

export interface Strings {
  loading: string;
  noResults: string;
  /** Nothing found with a facet set; and the button that clears the facets. */
  noResultsFaceted: string;
  clearFacets: string;
  oneResult: string;
  resultsCount: string;
  otherLanguage: string;
  didYouMean: string;
  unavailable: string;
  browseTable: string;
  any: string;
  /** What a task's result says it lists; {count} is filled per search. */
  taskOption: string;
  /** The status when a task's name finds no page by its words: the task's result is all. */
  taskOnly: string;
  /** The same when the query is a part of tasks' names: their results are all. */
  taskNamesOnly: string;
  /** The task facet's name, which a task's result shows beside the task's. */
  taskFacet: string;
  /** What a family's result says it lists; {count} is filled per search. */
  familyOption: string;
  /** The same for a family of one weight. */
  familyOptionOne: string;
  /** The family facet's name, which a family's result shows beside the family's. */
  familyFacet: string;
  /** What a model line's result says it lists; {family} and {count} are filled per search. */
  lineOption: string;
  /** The same for a line of one weight. */
  lineOptionOne: string;
  /** The name of a family page's filter by model line, which a line's result shows beside it. */
  lineFacet: string;
  /** The button under a list that has more results than it shows; {shown} and {total}. */
  showMore: string;
  /** The keys the dialog's foot names (helpLine), each group with what it does. */
  help: [keys: string[], what: string][];
  /** Added to the count, punctuation first, when the first result is the id the query mistypes. */
  mistyped: string;
  /** Each task's name in each language, the page's first: a query may name a task in either. */
  tasks: Record<ZooTask, string>[];
}

/**
 * The panel's words, from the page language's dictionary. They come with this lazily loaded
 * bundle rather than in every page's HTML (165 B gzip a page), since only a search needs them.
 * Templates stay templates: {query}, {count} and {language} are filled per search.
 */
export function searchStrings(t: Translate, others: readonly Translate[] = []): Strings {
  const keep = { query: '{query}', count: '{count}', language: '{language}' };
  const taskNames = (tr: Translate) =>
    Object.fromEntries(zooTaskNames.map((task) => [task, taskName(tr, task)])) as Record<
      ZooTask,
      string
    >;
  return {
    loading: t('search.loading'),
    noResults: t('search.noResults', keep),
    noResultsFaceted: t('search.noResultsFaceted', keep),
    clearFacets: t('table.clear'),
    oneResult: t('search.oneResult', keep),
    resultsCount: t('search.resultsCount', keep),
    otherLanguage: t('search.otherLanguage', keep),
    didYouMean: t('search.didYouMean', keep),
    unavailable: t('search.unavailable'),
    browseTable: t('search.browseTable'),
    any: t('table.any'),
    taskOption: t('search.taskOption', keep),
    taskOnly: t('search.taskOnly', keep),
    taskNamesOnly: t('search.taskNamesOnly', keep),
    taskFacet: t('table.filterTask'),
    familyOption: t('search.familyOption', keep),
    familyOptionOne: t('search.familyOptionOne'),
    familyFacet: t('table.filterFamily'),
    lineOption: t('search.lineOption', { family: '{family}', count: '{count}' }),
    lineOptionOne: t('search.lineOptionOne', { family: '{family}' }),
    lineFacet: t('table.filterSeries'),
    showMore: t('search.showMore', { shown: '{shown}', total: '{total}' }),
    help: [
      [['↑', '↓'], t('search.helpMove')],
      [['↵'], t('search.helpOpen')],
      [[t('search.escapeKey')], t('search.helpClose')],
    ],
    mistyped: t('search.mistyped', { id: '{id}' }),
    tasks: [t, ...others].map(taskNames),
  };
}

/** A language whose index is searched when this one finds nothing. */
export interface OtherLanguage {
  locale: Locale;
  /** Its `<html lang>`, for the results listed from it. */
  lang: string;
  /** Its name in itself: "简体中文". */
  label: string;
  bundle: string;
}

const MAX_RESULTS = 10;
const FACETS = ['language', 'family', 'provider', 'task'] as const;

/**
 * Words in an excerpt's window, for each language's index: as much as the result's two lines (three
 * on a phone) hold. Pagefind counts a Chinese word as a word, and most are one or two characters:
 * at 24, Chinese excerpts ended after some 30 characters, half their second line empty.
 */
const EXCERPT_WORDS: Record<Locale, number> = { en: 24, 'zh-cn': 40 };

/** The filter that keeps PaddleNLP's own and hand-verified weights (search-ranking.ts). */
const trustedFilter = { [trustFilter]: { any: trustedLevels } };

/** One Pagefind engine per bundle URL, made on first use. */
const engines = new Map<string, Promise<PagefindApi>>();
function engine(bundle: string, baseUrl: string, locale: Locale): Promise<PagefindApi> {
  let api = engines.get(bundle);
  if (!api) {
    api = (async () => {
      const loaded = (await import(/* @vite-ignore */ `${bundle}pagefind.js`)) as PagefindApi;
      await loaded.options({
        baseUrl,
        excerptLength: EXCERPT_WORDS[locale],
        ranking: searchRanking,
      });
      await loaded.init();
      // The trust filter's chunk, which every search's second step reads (searchAll), fetched
      // while the reader types: after the first step, it held the first results back by a fetch.
      // One request for a dialog opened and left unused (or a button pointed at), on purpose.
      void loaded.search(null, { filters: trustedFilter }).catch(() => undefined);
      return loaded;
    })();
    // A failed load is not kept: the next search tries again.
    api.catch(() => engines.delete(bundle));
    engines.set(bundle, api);
  }
  return api;
}

/** What search knows of families (familyNamesPath), fetched once; nothing if it cannot be had. */
let familyNames: Promise<FamilyNames> | undefined;
function loadFamilyNames(url: string): Promise<FamilyNames> {
  const none: FamilyNames = { ranks: {}, pages: {} };
  familyNames ??= fetch(url)
    .then((r) => (r.ok ? (r.json() as Promise<FamilyNames>) : none))
    .catch(() => none);
  return familyNames;
}

/**
 * The id lookup, fetched once for both of its uses (the known names below, the nearest ids when
 * nothing matches); a failed fetch is not kept, so the next use tries again.
 */
let lookups: Promise<WeightLookup> | undefined;
function loadLookup(url: string): Promise<WeightLookup> {
  if (lookups === undefined) {
    lookups = fetchLookup(url);
    lookups.catch(() => (lookups = undefined));
  }
  return lookups;
}

/** The names search knows, lower-cased, from the id lookup (fetched once). */
interface KnownNames {
  /**
   * Every id and alias, and the last segment of each: search asks for an id's key only when the
   * query is one of these, since Pagefind answers a key no page carries with look-alikes.
   */
  names: Set<string>;
  /**
   * The ids and aliases without an owner (`bert-large-cased`, not `dslim/bert-large-NER`): the
   * ones whose beginning Pagefind finds as a hyphenated term (joinedName).
   */
  unowned: Set<string>;
  /** Every id and alias: a query that mistypes one finds it (mistypedId). */
  ids: string[];
}
let knownNames: Promise<KnownNames> | undefined;
function loadKnownNames(url: string): Promise<KnownNames> {
  knownNames ??= loadLookup(url)
    .then((lookup) => {
      const known: KnownNames = { names: new Set(), unowned: new Set(), ids: Object.keys(lookup) };
      for (const name of Object.keys(lookup)) {
        known.names.add(name);
        known.names.add(name.slice(name.lastIndexOf('/') + 1));
        if (!name.includes('/')) known.unowned.add(name);
      }
      return known;
    })
    .catch(() => ({ names: new Set<string>(), unowned: new Set<string>(), ids: [] }));
  return knownNames;
}

/**
 * The id or alias a query names, lower-cased, or the one it mistypes (mistypedId); null for
 * anything else. `2.6B` looks like an id to idSearchKey (`2_6b`), which Chinese segmentation splits
 * into words every page has: a query that is only a size is looked up as a size alone. A query
 * that mistypes an id (`bert-bsae-chinese`) is looked up as that id: its words alone listed four
 * other BERT weights before it. Reckoned once a query: the other language's search, when this
 * one finds nothing, asks for the same id.
 */
function queriedId(query: string, known: KnownNames): string | null {
  const typed = query.trim().toLowerCase();
  if (parseSize(query) !== null) return null;
  return known.names.has(typed) ? typed : mistypedId(typed, known.ids);
}

/**
 * Every hit of a query: its id spelt exactly, its family's weights (these first where the query
 * is a family's whole name and only the end of some ids), the sizes it names, then its words'
 * hits, trusted weights first.
 */
async function searchAll(
  api: PagefindApi,
  query: string,
  filters: Record<string, string>,
  families: FamilyNames['ranks'],
  known: KnownNames,
  /** The id or alias the query names or mistypes (queriedId), looked up as an id. */
  id: string | null,
): Promise<{
  results: PagefindResult[];
  exact: number;
  named: Set<string>;
  /** The id the query mistypes (mistypedId), whose weight leads the list; else null. */
  mistyped: string | null;
}> {
  const key = id === null ? null : idSearchKey(id);
  // Only the ranks this family has: Pagefind answers a key no page carries with look-alikes.
  const familyKeys = parseSize(query) === null ? familyQueries(query, families) : [];
  const sized = sizeSearchQuery(query);
  // A weight's name typed with spaces for its hyphens (`ernie 3.0`): the names it begins.
  const joined = key === null ? joinedName(query, known.unowned) : null;
  const none = { results: [] as PagefindResult[] };
  const trustedOnly = { ...filters, ...trustedFilter };
  const [exact, byNameTrusted, byName, bySize, byWords, ...byRank] = await Promise.all([
    key === null ? none : api.search(key, { filters }),
    // PaddleNLP's own and hand-verified first: `bert large` is bert-large-cased before
    // dslim/bert-large-NER.
    joined === null ? none : api.search(joined, { filters: trustedOnly }),
    joined === null ? none : api.search(joined, { filters }),
    sized === null ? none : api.search(sized, { filters }),
    api.search(query, { filters }),
    // A family's or model line's name lists its weights, PaddleNLP's own first (familyRank),
    // those with a figure to show first in each rank (listPlace).
    ...familyKeys.map((family) => api.search(family, { filters, sort: { [listSort]: 'asc' } })),
  ]);
  // The words' hits among PaddleNLP's own and hand-verified weights, listed before the other
  // words' hits (trustFilter). A subset of the words' hits, they change only the order, so they
  // are not asked for when the named hits above already fill the list: at 5,000 weights that
  // search took 17 ms of Pagefind's worker, which answers one search at a time.
  const namedHits = new Set(
    [exact, byName, bySize, ...byRank].flatMap((r) => r.results.map((h) => h.id)),
  );
  const trusted =
    namedHits.size >= MAX_RESULTS ? none : await api.search(query, { filters: trustedOnly });
  // The key of `bert-base-chinese` is also the last segment of `ckiplab/bert-base-chinese`'s id:
  // the weight whose own id is the query comes first.
  const own = (url: string) => decodeURIComponent(url).toLowerCase().endsWith(`/weights/${id}/`);
  if (exact.results.length > 1) {
    const urls = await Promise.all(exact.results.map(async (r) => (await r.data()).url));
    const ranked = exact.results.map((r, i) => ({ r, first: own(urls[i] ?? '') ? 0 : 1 }));
    exact.results = ranked.sort((a, b) => a.first - b.first).map(({ r }) => r);
  }
  // A family's weight that the words match too keeps its place but shows the words' excerpt.
  const wordHits = new Map(byWords.results.map((r) => [r.id, r]));
  const byFamily = byRank.flatMap((r) => r.results).map((r) => wordHits.get(r.id) ?? r);
  const byJoined = [...byNameTrusted.results, ...byName.results].map(
    (r) => wordHits.get(r.id) ?? r,
  );
  // A family's or model line's name that is only the last segment of some ids (`gpt2`, of
  // indonesian-nlp/gpt2) lists the family's weights first, as any family's name does: the reader
  // typed GPT-2, not a fine-tune's name without its owner. An id or alias typed whole still leads.
  const familyFirst =
    Object.hasOwn(families, familyName(query) ?? '') && id !== null && !known.ids.includes(id);
  const seen = new Set<string>();
  const ordered = [
    ...(familyFirst ? [...byFamily, ...exact.results] : [...exact.results, ...byFamily]),
    ...byJoined,
    ...bySize.results,
    ...trusted.results,
    ...byWords.results,
  ];
  const results = ordered.filter((r) => {
    if (seen.has(r.id)) return false;
    seen.add(r.id);
    return true;
  });
  // Hits of the id or size keys matched a word no reader sees: show their summary, not an excerpt.
  return {
    results,
    // The weights whose id or alias the query is: they lead the list (offersAfter).
    exact: familyFirst ? 0 : exact.results.length,
    mistyped:
      id !== null && id !== query.trim().toLowerCase() && exact.results.length > 0 ? id : null,
    // A family's hit keeps the words' excerpt when the words found it too ("DialoGPT large.
    // Microsoft's DialoGPT…"); id, size and name hits always show the summary: the reader typed
    // the weight's name, which its title shows, and Chinese pages' words found `ernie 3.0` in the
    // facts table ("权重名称 ernie-3.0-micro-zh。训练语言 中文。…").
    named: new Set([
      ...[...exact.results, ...bySize.results, ...byJoined].map((r) => r.id),
      ...byFamily.filter((r) => !wordHits.has(r.id)).map((r) => r.id),
    ]),
  };
}

/** The results a list does not show yet, and how to show one. */
interface Later {
  results: PagefindResult[];
  item: (result: PagefindResult) => Promise<Item>;
  /** How many the list holds once all are shown: its status's count. */
  total: number;
  /** The offers listed above the results that the status does not count. */
  uncounted: number;
}

/** What a family's or model line's offer says it lists, for one weight or several. */
function familyOption(family: FamilyPage, strings: Strings): string {
  const [one, several] = family.line
    ? [strings.lineOptionOne, strings.lineOption]
    : [strings.familyOptionOne, strings.familyOption];
  return family.weights === 1 ? one : several;
}

interface Item {
  url: string;
  /**
   * A weight's page, shown by its id as code; or an offer, shown by its name as words: the page of
   * a family the query names, or a task the query names, whose weights the summary table lists.
   */
  kind: 'weight' | 'family' | 'task';
  /** The weight's id, or the family's or task's name. */
  name: string;
  meta: string;
  /** Pagefind's excerpt as shown (`resultExcerpt`): our own text, <mark> around matched words. */
  excerptHtml?: string;
  summary?: string;
  lang?: string;
}

/**
 * The dialog's foot, naming the keys that move through the results, open one and close: made
 * here, with the results it is about, rather than carried in every page's HTML (51 B gzip).
 * Hidden from screen readers, whose own keys these are not; the list is a listbox they know.
 */
function helpLine(strings: Strings): HTMLElement {
  const line = document.createElement('p');
  line.className = 'search-help';
  line.setAttribute('aria-hidden', 'true');
  for (const [keys, what] of strings.help) {
    const item = document.createElement('span');
    for (const key of keys) {
      const kbd = document.createElement('kbd');
      kbd.textContent = key;
      item.append(kbd);
    }
    item.append(` ${what}`);
    line.append(item);
  }
  return line;
}

export function mountSearch(
  dialog: HTMLDialogElement,
  strings: Strings,
  others: readonly OtherLanguage[],
): void {
  dialog.append(helpLine(strings));
  const input = dialog.querySelector<HTMLInputElement>('input[role="combobox"]')!;
  const status = dialog.querySelector<HTMLElement>('[data-search-status]')!;
  const list = dialog.querySelector<HTMLElement>('[data-search-results]')!;
  // The results' scrolling region (focusable: Search.astro).
  const body = dialog.querySelector<HTMLElement>('.search-body')!;
  const facetBox = dialog.querySelector<HTMLElement>('[data-search-facets]')!;
  const locale = dialog.dataset['locale'] as Locale;
  const bundle = dialog.dataset['bundle'] ?? '/pagefind/';
  const baseUrl = dialog.dataset['base'] ?? '/';
  const tableUrl = dialog.dataset['table'] ?? baseUrl;
  const lookupUrl = dialog.dataset['lookup'] ?? '';
  // Asked for at each use, not kept: a load that failed (a dropped connection, as likely on a
  // hover as on a search) is not cached by engine(), and the next use tries again.
  const here = () => engine(bundle, baseUrl, locale);
  void here().catch(() => undefined);
  const names = loadFamilyNames(dialog.dataset['families'] ?? '');
  const known = loadKnownNames(lookupUrl);

  // Facets: one select per Pagefind filter, with the values this language's index holds. Not
  // loaded before the first search has answered: Pagefind's worker answers in order, and reading
  // every filter first delayed that search by about 250 ms. A reader who goes to the facets
  // first has them at once; one who types, once the newest search has answered (run, below).
  const selects = new Map<string, HTMLSelectElement>();
  let facetsAsked = false;
  const loadFacets = () => {
    if (facetsAsked) return;
    facetsAsked = true;
    void here()
      .then(async (api) => {
        const filters = await api.filters();
        for (const name of FACETS) {
          const select = facetBox.querySelector<HTMLSelectElement>(`select[data-facet="${name}"]`);
          if (!select || !filters[name]) continue;
          const values = Object.keys(filters[name]).sort();
          select.replaceChildren(
            new Option(strings.any, ''),
            ...values.map((value) => new Option(value, value)),
          );
          select.addEventListener('change', () => run());
          selects.set(name, select);
        }
      })
      // Asked for again by the next focus or search.
      .catch(() => (facetsAsked = false));
  };
  facetBox.addEventListener('focusin', loadFacets);
  facetBox.addEventListener('pointerdown', loadFacets);

  let options: HTMLAnchorElement[] = [];
  let active = -1;
  const highlight = (index: number) => {
    options[active]?.setAttribute('aria-selected', 'false');
    active = options.length === 0 ? -1 : (index + options.length) % options.length;
    const option = options[active];
    if (option) {
      option.setAttribute('aria-selected', 'true');
      input.setAttribute('aria-activedescendant', option.id);
      option.scrollIntoView({ block: 'nearest' });
    } else {
      input.removeAttribute('aria-activedescendant');
    }
  };
  // A list shows MAX_RESULTS; the rest wait behind a button, a batch a press ("bert" has 314), so
  // only the results asked for load their fragments. Made here, not in the page: no page pays for
  // it before search is used.
  const more = document.createElement('button');
  more.type = 'button';
  more.className = 'search-more';
  more.hidden = true;
  list.after(more);
  const none: Later = {
    results: [],
    item: () => Promise.reject(new Error('none')),
    total: 0,
    uncounted: 0,
  };
  let later = none;
  // Each list shown: a batch asked for under one list is not added to the next.
  let listed = 0;
  const offerMore = () => {
    const done = later.results.length === 0;
    // The button had focus (a click) and goes: focus stays in the dialog, on what scrolls.
    if (done && document.activeElement === more) body.focus({ preventScroll: true });
    more.hidden = done;
    more.textContent = interpolate(strings.showMore, {
      shown: options.length - later.uncounted,
      total: later.total,
    });
  };
  const show = (items: Item[], rest = none) => {
    listed++;
    options = items.map((item, index) => renderOption(item, index));
    list.replaceChildren(...options);
    list.hidden = options.length === 0;
    input.setAttribute('aria-expanded', String(!list.hidden));
    active = -1;
    highlight(0);
    later = rest;
    offerMore();
  };
  // The next batch, highlighted from its first result; batches asked for in a row queue, so they
  // are listed in order, and a batch that fails to load does not stop the next.
  let moreRunning: Promise<void> = Promise.resolve();
  let moreQueued = 0;
  const showMore = () => {
    moreQueued++;
    const asked = listed;
    const next = moreRunning.then(async () => {
      const { results, item } = later;
      const batch = results.slice(0, MAX_RESULTS);
      // A new search has listed its own results since the batch was asked for, or meanwhile.
      if (asked !== listed || batch.length === 0) return;
      const items = await Promise.all(batch.map(item));
      if (asked !== listed) return;
      later = { ...later, results: results.slice(batch.length) };
      const added = items.map((it, i) => renderOption(it, options.length + i));
      const first = options.length;
      options = [...options, ...added];
      list.append(...added);
      offerMore();
      highlight(first);
    });
    moreRunning = next.catch(() => undefined).finally(() => moreQueued--);
    return next;
  };
  more.addEventListener('click', (event) => {
    // Pressed from the keyboard (a click without a pointer) or with a mouse: the arrow keys go on
    // from the field. Not after a tap, which would open a phone's keyboard over the results.
    if (event.detail === 0 || matchMedia('(pointer: fine)').matches) {
      input.focus({ preventScroll: true });
    }
    void showMore().catch(console.error);
  });
  const say = (template: string, values: Record<string, string | number>) => {
    status.textContent = interpolate(template, values);
  };

  // Each keystroke starts a search; only the newest one may write to the dialog. Enter pressed
  // before the results arrive opens the first of them when they do.
  let latest = 0;
  let running: Promise<void> = Promise.resolve();
  const run = () => {
    const ticket = ++latest;
    // Facets load once the newest search has answered, not as soon as a superseded one gives
    // way: their filter chunks then raced the newest search's own.
    running = search(ticket).finally(() => {
      if (ticket === latest) loadFacets();
    });
  };
  // A reader who opens search and waits without typing has them 2 s after the engine is ready or
  // the dialog opened, whichever is later. Not for a pointer that passed over the search button
  // (search-open.ts), which loads this bundle with the dialog closed: it may never open. One who
  // reached the facets before this bundle was here has them at once (the focusin came too early).
  const waitForFacets = () =>
    void here().then(
      () =>
        setTimeout(() => {
          if (latest === 0) loadFacets();
        }, 2000),
      () => undefined,
    );
  if (facetBox.contains(document.activeElement)) loadFacets();
  else if (dialog.open) waitForFacets();
  else input.addEventListener('focus', waitForFacets, { once: true });
  const openActive = () => {
    const option = options[active];
    if (option) location.assign(option.href);
  };
  const search = async (ticket: number) => {
    const query = input.value.trim();
    if (query === '') {
      show([]);
      status.textContent = '';
      return;
    }
    status.textContent = strings.loading;
    try {
      const filters = Object.fromEntries(
        [...selects].filter(([, s]) => s.value !== '').map(([name, s]) => [name, s.value]),
      );
      const [api, families, knownIds] = await Promise.all([here(), names, known]);
      // Typed before the index was loaded, each keystroke waited here; only the newest one
      // searches. Pagefind's worker answers in order, so a superseded query's searches delayed
      // the newest's results (cold, 1,000 weights: en 860 → 570 ms in the same hour).
      if (ticket !== latest) return;
      const id = queriedId(query, knownIds);
      // Not with a facet set: the offer's link would drop it, and its count would not be theirs.
      const faceted = Object.keys(filters).length > 0;
      const { tasks, whole } = faceted
        ? { tasks: [], whole: false }
        : namedTasks(query, strings.tasks);
      const family = faceted ? null : namedFamily(query, families.pages);
      // A task's name in this page's language: its facet's value, and what its result shows.
      const taskLabel = (task: ZooTask) => strings.tasks[0]![task];
      const [{ results, exact, named, mistyped }, ...taskWeights] = await Promise.all([
        searchAll(api, query, filters, families.ranks, knownIds, id),
        // Offers beside the results: if one cannot be had, the results still can.
        ...tasks.map((task) =>
          api.search(null, { filters: { task: taskLabel(task) } }).catch(() => null),
        ),
      ]);
      if (ticket !== latest) return;
      // A family's name offers its page, which lists and describes all its weights (the list
      // below has its weights too, PaddleNLP's own first). A task's name finds by its words only
      // the pages that say it; the weights whose family supports the task are the table's to list,
      // filtered as its URL says (`?task=`). Offered first, whatever else is listed, after only a
      // weight whose id the query is. Not on the family's own page: the reader is there already.
      // A model line's name offers its family's page, its table filtered to the line (`?family=`).
      const familyItems: Item[] = [];
      if (family !== null) {
        const familyUrl = withBase(baseUrl, familyPath(locale, family.id));
        // Here already: on the family's page, and for a line, with its table filtered to the
        // line (sorted or narrowed further, as the reader left it).
        const onThisView =
          familyUrl === location.pathname &&
          (!family.line ||
            parseTableState(new URLSearchParams(location.search)).family === family.line.id);
        if (!onThisView) {
          familyItems.push({
            url:
              familyUrl +
              (family.line ? serializeTableState({ ...emptyState, family: family.line.id }) : ''),
            kind: 'family',
            name: family.name,
            meta: family.line ? strings.lineFacet : strings.familyFacet,
            summary: interpolate(familyOption(family, strings), {
              count: family.weights,
              family: family.line?.family ?? '',
            }),
          });
        }
      }
      const taskItems = tasks.flatMap((task, i): Item[] => {
        const count = taskWeights[i]?.results.length ?? 0;
        if (count === 0) return [];
        return [
          {
            url: `${tableUrl}${serializeTableState({ ...emptyState, task })}#${tableHeadingId}`,
            kind: 'task',
            name: taskLabel(task),
            meta: strings.taskFacet,
            summary: interpolate(strings.taskOption, { count }),
          },
        ];
      });
      const offers = [...familyItems, ...taskItems];
      if (results.length > 0) {
        const items = await Promise.all(
          results
            .slice(0, MAX_RESULTS)
            .map(async (r) => toItem(await r.data(), query, named.has(r.id), locale)),
        );
        if (ticket !== latest) return;
        // The status counts what the list holds once every batch is shown: tasks offered too.
        const count = results.length + offers.length;
        show(offersAfter(items, exact, offers), {
          results: results.slice(MAX_RESULTS),
          item: async (r) => toItem(await r.data(), query, named.has(r.id), locale),
          total: count,
          uncounted: 0,
        });
        say(count === 1 ? strings.oneResult : strings.resultsCount, { query, count });
        // The first result is not what was typed: the status says which id it was read as.
        // (As its result shows it: the lookup's names are lower-case.)
        if (mistyped !== null && items[0]) {
          status.append(interpolate(strings.mistyped, { id: items[0].name }));
        }
        // Shown: now the key chunks the next keystroke may need (keyPrefixes says why).
        for (const prefix of keyPrefixes(query, families.ranks))
          void api.preload(prefix).catch(() => {});
        return;
      }
      // Nothing here. With a facet set, it is the facets that find nothing, not the query: no
      // other language's unfiltered hits, which would answer a question the reader did not ask,
      // nor ids that come close, which the facets would not let through either; a way to clear
      // them.
      if (faceted) {
        show([]);
        say(strings.noResultsFaceted, { query });
        const clear = document.createElement('button');
        clear.type = 'button';
        clear.className = 'search-more';
        clear.textContent = strings.clearFacets;
        clear.addEventListener('click', () => {
          for (const select of selects.values()) select.value = '';
          input.focus();
          run();
        });
        status.append(clear);
        return;
      }
      // Else the other languages' pages, then the ids nearest to what was typed.
      for (const other of others) {
        let found: Awaited<ReturnType<typeof searchAll>>;
        try {
          found = await searchAll(
            await engine(other.bundle, baseUrl, other.locale),
            query,
            {},
            families.ranks,
            knownIds,
            id,
          );
        } catch (error) {
          console.error(error); // That language's index is out of reach: go on without it.
          continue;
        }
        if (found.results.length === 0) continue;
        const item = async (r: PagefindResult): Promise<Item> => ({
          ...toItem(await r.data(), query, false, other.locale),
          lang: other.lang,
        });
        const items = await Promise.all(found.results.slice(0, MAX_RESULTS).map(item));
        if (ticket !== latest) return;
        show([...offers, ...items], {
          results: found.results.slice(MAX_RESULTS),
          item,
          // The status counts that language's weights: so does the button.
          total: found.results.length,
          uncounted: offers.length,
        });
        say(strings.otherLanguage, { query, count: found.results.length, language: other.label });
        return;
      }
      const near = closestWeights(query, await loadLookup(lookupUrl));
      if (ticket !== latest) return;
      show([
        ...offers,
        ...near.map((id): Item => ({
          url: withBase(baseUrl, weightPath(locale, id)),
          kind: 'weight',
          name: id,
          meta: '',
        })),
      ]);
      if (near.length > 0) {
        say(strings.didYouMean, { query });
      } else if (taskItems.length > 0) {
        say(whole ? strings.taskOnly : strings.taskNamesOnly, { query });
      } else {
        say(strings.noResults, { query });
        // Offer the table, which lists every weight, when nothing comes close.
        const link = document.createElement('a');
        link.href = tableUrl;
        link.textContent = strings.browseTable;
        status.append(' ', link);
      }
    } catch (error) {
      if (ticket !== latest) return;
      console.error(error);
      show([]);
      status.textContent = strings.unavailable;
    }
  };

  input.addEventListener('input', () => run());
  input.addEventListener('keydown', (event) => {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      // Down from the last result shown goes on to the next batch, if there is one.
      // Held down, ↓ waits there for the batch rather than asking for the ones after it.
      if (event.key === 'ArrowDown' && active === options.length - 1 && !more.hidden) {
        if (moreQueued === 0) void showMore().catch(console.error);
      } else {
        highlight(active + (event.key === 'ArrowDown' ? 1 : -1));
      }
    } else if (event.key === 'Enter' && !isComposing(event)) {
      event.preventDefault();
      void running.then(openActive);
    }
  });
  list.addEventListener('pointermove', (event) => {
    const option = (event.target as Element).closest<HTMLAnchorElement>('[role="option"]');
    const index = option ? options.indexOf(option) : -1;
    if (index >= 0 && index !== active) highlight(index);
  });
  if (input.value.trim() !== '') run();
  // Enter pressed while this bundle was still loading (Search.astro noted it): honour it.
  if (dialog.dataset['enter']) {
    delete dialog.dataset['enter'];
    void running.then(openActive);
  }
}

/**
 * Whether a key only confirms text being composed (pinyin and other input methods): Safari
 * reports `isComposing` false for that Enter, but keyCode 229.
 */
export function isComposing(event: KeyboardEvent): boolean {
  // keyCode is deprecated, and still the only sign Safari gives of that Enter.
  return event.isComposing || (event as { keyCode?: number }).keyCode === 229;
}

/**
 * A result as the list shows it, for the query that found it; `named` where the query names the
 * weight; `locale` is the language of the index it came from.
 */
function toItem(data: PagefindResultData, query: string, named: boolean, locale: Locale): Item {
  const meta = [data.meta['parameters'], data.meta['language']].filter(Boolean).join(' · ');
  const item: Item = { url: data.url, kind: 'weight', name: data.meta['title'] ?? data.url, meta };
  // The reader named this weight; its summary says more than the id key that matched.
  if (named) {
    item.summary = data.meta['description'] ?? '';
    return item;
  }
  item.excerptHtml = resultExcerpt(
    sectionExcerpt(data.excerpt, data.sub_results ?? [], item.name, query),
    data.content,
    item.name,
    locale,
  );
  return item;
}

function renderOption(item: Item, index: number): HTMLAnchorElement {
  const option = document.createElement('a');
  option.href = item.url;
  option.id = `site-search-option-${index}`;
  option.setAttribute('role', 'option');
  option.setAttribute('aria-selected', 'false');
  // The combobox keeps focus; results are reached with the arrow keys, not Tab.
  option.tabIndex = -1;
  if (item.lang) option.lang = item.lang;
  // Named by its content (id, size, language, excerpt), which is also what it shows: WCAG 2.5.3.
  const head = document.createElement('span');
  head.className = 'result-head';
  let name: HTMLElement;
  if (item.kind !== 'weight') {
    name = document.createElement('span');
    name.className = `result-${item.kind}`;
    name.textContent = item.name;
  } else {
    name = idCode(item.name, 'span');
    name.classList.add('result-id');
  }
  head.append(name);
  if (item.meta) {
    const meta = document.createElement('span');
    meta.className = 'result-meta';
    meta.textContent = item.meta;
    head.append(' ', meta);
  }
  option.append(head);
  if (item.excerptHtml !== undefined || item.summary) {
    const excerpt = document.createElement('span');
    excerpt.className = 'result-excerpt';
    if (item.excerptHtml !== undefined) excerpt.innerHTML = item.excerptHtml;
    else excerpt.textContent = item.summary ?? '';
    option.append(' ', excerpt);
  }
  return option;
}
