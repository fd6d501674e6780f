/**
 * Sorting, filtering and compare selection for the summary table. The view lives in the URL query
 * (src/lib/table-state.ts), so it can be linked and survives reload and Back. When the catalog
 * has more than one page, the first filter or sort loads every row (`/{locale}/table.json`, made
 * into table rows by src/scripts/table-rows.ts, a bundle loaded then) and works across all of
 * them. The weights chosen to compare are kept for the tab (sessionStorage, `readChosen`).
 */
import { pageOfIndex, ROW_MAKER_EVENT, tablePagePath, TABLE_PAGE_SIZE } from '../lib/pagination.ts';
import type { RowMaker } from './table-rows.ts';
import type { TableJsonRow } from '../lib/summary.ts';
import {
  applyTableState,
  nextSort,
  parseTableState,
  serializeTableState,
  type SortKey,
  type PageRowData,
  type TableData,
  type TableRow,
  type TableState,
} from '../lib/table-state.ts';
import { withBase } from '../lib/urls.ts';

// The compare page's limits (src/lib/compare.ts), which the table tests import and hold this
// script to. Imported here, they brought that page's chunk onto every page with a table (2.6 kB
// gzip).
const MIN_COMPARE = 2;
const MAX_COMPARE = 4;

interface Row {
  element: HTMLTableRowElement;
  data: TableRow;
  aliases: string[];
}

export function initSummaryTable(root: HTMLElement): void {
  const form = root.querySelector<HTMLFieldSetElement>('[data-table-controls]');
  const tbody = root.querySelector('tbody');
  const count = root.querySelector<HTMLElement>('[data-table-count]');
  const compareLink = root.querySelector<HTMLAnchorElement>('[data-compare-link]');
  const clearButton = root.querySelector<HTMLButtonElement>('[data-table-clear]');
  // The compare bar's list of the ids chosen, and its Clear button.
  const chosenList = root.querySelector<HTMLElement>('[data-chosen]');
  const clearChosen = root.querySelector<HTMLButtonElement>('[data-chosen-clear]');
  if (!form || !tbody || !count || !compareLink || !clearButton || !chosenList || !clearChosen)
    return;
  const { locale, base, total, tableJson, strings, data } = JSON.parse(
    root.querySelector('script[data-table-data]')!.textContent,
  ) as TableData;
  const pagesNav = document.querySelector<HTMLElement>('[data-table-pages]');

  // What a row shows is not repeated in its data (pageRowData, tableJsonRow): it is read from
  // its cells, the page's rows' and those made from table.json alike.
  const rowOf = (element: HTMLTableRowElement, data: PageRowData, aliases: string[]): Row => ({
    element,
    data: {
      ...data,
      id: element.id,
      languageName: element.querySelector('td.language')?.textContent ?? '',
      details: element.querySelector('td.details')?.textContent ?? '',
    },
    aliases,
  });
  // The page's rows, in the order of their data: nothing has moved them yet.
  const pageRows = [...tbody.rows].map((element, i) =>
    rowOf(
      element,
      data[i]!,
      [...element.querySelectorAll('th > span[id]')].map((span) => span.id),
    ),
  );
  let rows = pageRows;
  const byId = new Map(pageRows.map((r) => [r.data.id, r]));
  let allRows: Promise<Row[]> | undefined;
  const loadAll = () => {
    allRows ??= (async () => {
      if (!tableJson) return pageRows;
      // A load that failed (a dropped connection) is not kept: the next filter or sort asks for
      // table.json again. (A browser keeps a module that failed to load: the bundle is not.)
      const [response, renderRow] = await Promise.all([
        fetch(tableJson.url),
        loadRowMaker(tableJson.bundle),
      ]);
      const json = (await response.json()) as TableJsonRow[];
      const all = json.map(
        (row) =>
          byId.get(row.id) ??
          rowOf(addPick(renderRow(row, base, strings.unknown)), row.data, row.aliases),
      );
      for (const row of all) byId.set(row.data.id, row);
      return all;
    })().catch((error: unknown) => {
      allRows = undefined;
      throw error;
    });
    return allRows;
  };

  const headers = [...root.querySelectorAll<HTMLTableCellElement>('thead th[data-sort-key]')];
  const compareLinkBase = compareLink.getAttribute('href') ?? '';
  let state: TableState = parseTableState(new URLSearchParams(location.search));
  let limit = TABLE_PAGE_SIZE;

  // Column headers become buttons: reachable by Tab, activated by Enter or Space.
  for (const th of headers) {
    const button = document.createElement('button');
    button.type = 'button';
    // The label and the arrow the page was rendered with move inside: nothing changes size.
    button.append(...th.childNodes);
    th.replaceChildren(button);
    // On the cell, not just the button: a click anywhere in the header sorts (a header row
    // grows taller than its labels when one wraps). The button's own click bubbles here.
    th.addEventListener('click', () => {
      state = { ...state, sort: nextSort(state.sort, th.dataset['sortKey'] as SortKey) };
      void render(true);
    });
  }

  const showMore = document.createElement('button');
  showMore.type = 'button';
  showMore.className = 'table-show-more control';
  showMore.hidden = true;
  showMore.addEventListener('click', () => {
    limit += TABLE_PAGE_SIZE;
    void render(false);
  });
  root.append(showMore);

  const emptyRow = () => {
    const row = document.createElement('tr');
    const cell = row.insertCell();
    cell.colSpan = root.querySelectorAll('thead th').length;
    cell.className = 'empty';
    const clear = document.createElement('button');
    clear.type = 'button';
    // As the filters' own Clear button says.
    clear.textContent = clearButton.textContent;
    clear.addEventListener('click', clearFilters);
    cell.append(strings.empty, ' ', clear);
    return row;
  };

  const field = (name: string) =>
    form.querySelector<HTMLInputElement | HTMLSelectElement>(`[name="${name}"]`);
  const isDefault = (s: TableState) =>
    !s.language && !s.family && !s.provider && !s.task && !s.q && !s.sort;

  let renders = 0;
  const render = async (pushUrl: boolean) => {
    const ticket = ++renders;
    const paged = tableJson !== undefined && isDefault(state);
    if (!paged) rows = await loadAll();
    if (ticket !== renders) return;
    const matching = applyTableState(
      (paged ? pageRows : rows).map((r) => r.data),
      state,
      locale,
    );
    const shown = paged ? matching : matching.slice(0, limit);
    const elements = shown.map((r) => byId.get(r.id)!.element);
    // The first render of an unfiltered page finds the rows already in order: moving 100 rows
    // out and back would lay the whole table out again for nothing (Lighthouse's blocking time).
    const current = tbody.children;
    if (elements.length !== current.length || elements.some((e, i) => e !== current[i])) {
      tbody.replaceChildren(...elements);
    }
    // An empty table says why, in the table, with the way out.
    if (shown.length === 0) tbody.append(emptyRow());
    if (pagesNav) pagesNav.hidden = !paged;
    showMore.hidden = paged || matching.length <= shown.length;
    // How many it adds: "Show 66 more" is the last of BERT's 166, "Show 100 more" a batch.
    showMore.textContent = strings.showMore.replace(
      '{count}',
      String(Math.min(TABLE_PAGE_SIZE, matching.length - shown.length)),
    );
    const sort = state.sort;
    for (const th of headers) {
      if (sort && sort.key === th.dataset['sortKey']) {
        th.setAttribute('aria-sort', sort.descending ? 'descending' : 'ascending');
      } else {
        th.removeAttribute('aria-sort');
      }
    }
    for (const name of ['language', 'family', 'provider', 'task', 'q'] as const) {
      const input = field(name);
      const value = state[name] ?? '';
      if (input && input.value !== value) {
        input.value = value;
        // A value the select does not list (`?family=dialogpt`, a model line, as links made
        // before the zoo say it) left it blank: it is added as itself, so the reader sees what
        // narrows the table.
        if (input.value !== value && input instanceof HTMLSelectElement) {
          input.add(new Option(value));
          input.value = value;
        }
      }
    }
    // The rows on the screen, not all that match: a family page of more than 100 shows 100 until
    // "Show … more".
    // A filter that matches more than are shown says how many it matches, too ("100 of 394"); one
    // that shows all it matches says so, or "3 of 552" read as the first of more pages.
    // Nothing matching says only "0 of 552": the table's empty row says why, and the way out. A
    // page of the paged table is not a filter: it says "100 of 552". Unpaged, only a filter
    // matches fewer than all.
    const filtered = !paged && 0 < matching.length && matching.length < total;
    count.textContent = (
      shown.length < matching.length && matching.length < total
        ? strings.countMatching
        : filtered
          ? strings.countFiltered
          : strings.count
    )
      .replace('{shown}', String(shown.length))
      .replace('{matching}', String(matching.length))
      .replace('{total}', String(total));
    if (pushUrl) {
      history.replaceState(
        null,
        '',
        `${location.pathname}${serializeTableState(state)}${location.hash}`,
      );
    }
  };

  form.addEventListener('input', (event) => {
    const target = event.target as HTMLInputElement | HTMLSelectElement;
    const value = target.value.trim();
    state = { ...state, [target.name]: target.name === 'q' ? value : value || null };
    limit = TABLE_PAGE_SIZE;
    void render(true);
  });
  function clearFilters() {
    state = { ...state, language: null, family: null, provider: null, task: null, q: '' };
    void render(true);
  }
  clearButton.addEventListener('click', clearFilters);

  // Compare: a column of checkboxes, rendered with the page (SummaryTable.astro) and made here
  // for rows loaded from table.json. The choice survives filtering and paging, and the tab's
  // other pages: ticked on the table's first page, a weight stays chosen on its second
  // (`/en/page/2/`), on a family's page, and back from a weight's page.
  const chosen = readChosen(base) ?? [];
  const boxes = new Set<HTMLInputElement>();
  /** Chooses `ids`, everywhere: the boxes, the compare bar, the tab's other pages. */
  function choose(ids: string[]) {
    const added = ids.length > chosen.length;
    chosen.splice(0, Infinity, ...ids);
    keepChosen(base, chosen);
    boxes.forEach(showChoice);
    updateCompare(added);
  }
  /** A box as the choice has it: ticked if chosen, and disabled while no more may be. */
  function showChoice(box: HTMLInputElement) {
    box.checked = chosen.includes(box.value);
    box.disabled = !box.checked && chosen.length >= MAX_COMPARE;
  }
  function addPick(element: HTMLTableRowElement): HTMLTableRowElement {
    const id = element.id;
    let box = element.querySelector<HTMLInputElement>('td.pick input');
    if (!box) {
      box = document.createElement('input');
      box.type = 'checkbox';
      box.value = id;
      box.setAttribute('aria-label', strings.compareThis.replace('{id}', id));
      const cell = document.createElement('td');
      cell.className = 'pick';
      cell.append(box);
      element.append(cell);
    }
    const pick = box;
    // Rows made from table.json too: with the most chosen, their boxes come disabled.
    showChoice(pick);
    pick.addEventListener('change', () =>
      choose(pick.checked ? [...chosen, id] : chosen.filter((c) => c !== id)),
    );
    boxes.add(pick);
    return element;
  }
  // What is chosen, named: it may be on another page of the table, or another table. Each id is
  // a button that removes it, since its box may be on no page at hand: four chosen elsewhere
  // leave every box here disabled, and an id gone from the catalog since is on no page at all.
  // "Selected: none.", as the page was rendered.
  const chosenNone = chosenList.textContent;
  clearChosen.addEventListener('click', () => {
    choose([]);
    // The button hides itself: focus goes to the link beside it, which now says "(0)".
    compareLink.focus();
  });
  // `aria-disabled` stops a pointer (SummaryTable.astro) but not Enter on the focused link.
  compareLink.addEventListener('click', (event) => {
    if (compareLink.getAttribute('aria-disabled') === 'true') event.preventDefault();
  });
  /** `added`: an id was just chosen; it joins the line of ids at its end, scrolled to. */
  const updateCompare = (added = false) => {
    const ready = chosen.length >= MIN_COMPARE && chosen.length <= MAX_COMPARE;
    chosenList.replaceChildren(
      chosen.length === 0 ? chosenNone : strings.chosen,
      ...chosen.map((id, i) => {
        // No `type`: the table's controls are in no form for a button to submit.
        const remove = document.createElement('button');
        remove.className = 'control';
        // A cross to the eye; the button's name says "Remove …".
        remove.textContent = `${id} ×`;
        remove.setAttribute('aria-label', strings.unchoose.replace('{id}', id));
        remove.addEventListener('click', () => {
          choose(chosen.filter((c) => c !== id));
          // This button is gone: focus goes to the next id's, else the one before, else the link.
          const left = chosenList.children as HTMLCollectionOf<HTMLElement>;
          (left[i] ?? left[i - 1] ?? compareLink).focus();
        });
        return remove;
      }),
    );
    // The line scrolls sideways (SummaryTable.astro).
    if (added) chosenList.scrollLeft = chosenList.scrollWidth;
    clearChosen.hidden = chosen.length === 0;
    compareLink.textContent = strings.compare.replace('{count}', String(chosen.length));
    compareLink.href = `${compareLinkBase}?ids=${chosen.map(encodeURIComponent).join(',')}`;
    compareLink.setAttribute('aria-disabled', String(!ready));
  };
  for (const row of pageRows) addPick(row.element);
  updateCompare();
  // A page the browser kept (Back) shows the choice made on the pages after it.
  addEventListener('pageshow', (event) => {
    const kept = readChosen(base);
    // Without storage, the page's own choice is all there is.
    if (event.persisted && kept !== null) choose(kept);
  });

  void render(false);
  void followAnchor();

  /** `/en/#some-id` for a weight on another page of the table: go to that page. */
  async function followAnchor() {
    const id = decodeURIComponent(location.hash.slice(1));
    if (!tableJson || id === '' || document.getElementById(id)) return;
    const index = (await loadAll()).findIndex((r) => r.data.id === id || r.aliases.includes(id));
    if (index >= 0)
      location.replace(withBase(base, tablePagePath(locale, pageOfIndex(index))) + location.hash);
  }
}

let rowMaker: Promise<RowMaker> | undefined;

/** The row maker of the rows bundle at `url`, loaded once for every table of the page. */
function loadRowMaker(url: string): Promise<RowMaker> {
  return (rowMaker ??= new Promise<RowMaker>((resolve, reject) => {
    document.addEventListener(
      ROW_MAKER_EVENT,
      (event) => resolve((event as CustomEvent<RowMaker>).detail),
      { once: true },
    );
    // The bundle sends its event as it runs, before its import settles: a bundle that ran
    // without sending one rejects here rather than leave the table waiting.
    import(/* @vite-ignore */ url).then(
      () => reject(new Error(`${url} sent no row maker`)),
      reject,
    );
  }).catch((error: unknown) => {
    rowMaker = undefined;
    throw error;
  }));
}

/*
 * The weights chosen to compare, kept for the tab's session (sessionStorage) and nowhere else:
 * the tab's pages share it, and closing the tab forgets it. Nothing is kept while nothing is
 * chosen. The key names the site's base path, since another site may share the origin. Ids
 * have no commas (weightIdSchema). A browser that refuses storage keeps the choice to the page.
 */
const chosenKey = (base: string) => `compare:${base}`;

/** The ids kept, each once; null where storage is refused. */
function readChosen(base: string): string[] | null {
  try {
    const kept = sessionStorage.getItem(chosenKey(base))?.split(',') ?? [];
    return [...new Set(kept.filter(Boolean))].slice(0, MAX_COMPARE);
  } catch {
    return null;
  }
}

function keepChosen(base: string, chosen: readonly string[]): void {
  try {
    if (chosen.length > 0) sessionStorage.setItem(chosenKey(base), chosen.join(','));
    else sessionStorage.removeItem(chosenKey(base));
  } catch {
    // Storage refused: the choice lasts as long as the page.
  }
}
