/**
 * Sorting, filtering and compare selection for the summary table. The view lives in the URL query
 * (src/lib/table-state.ts), so it can be linked and survives reload and Back.
 */
import {
  applyTableState,
  nextSort,
  parseTableState,
  serializeTableState,
  type SortKey,
  type TableRow,
  type TableState,
} from '../lib/table-state';

const MIN_COMPARE = 2;
const MAX_COMPARE = 4;

export function initSummaryTable(root: HTMLElement): void {
  const form = root.querySelector<HTMLFieldSetElement>('[data-table-controls]');
  const tbody = root.querySelector('tbody');
  const count = root.querySelector<HTMLElement>('[data-table-count]');
  const compareLink = root.querySelector<HTMLAnchorElement>('[data-compare-link]');
  if (!form || !tbody || !count || !compareLink) return;
  const locale = root.dataset['locale'] ?? 'en';
  const strings = JSON.parse(root.dataset['strings'] ?? '{}') as {
    count: string;
    compare: string;
    compareColumn: string;
    compareThis: string;
  };

  const rows = [...tbody.querySelectorAll<HTMLTableRowElement>('tr[data-row]')].map((element) => ({
    element,
    data: JSON.parse(element.dataset['row'] ?? '{}') as TableRow,
  }));
  const byId = new Map(rows.map((row) => [row.data.id, row]));
  const headers = [...root.querySelectorAll<HTMLTableCellElement>('thead th[data-sort-key]')];
  const compareLinkBase = compareLink.getAttribute('href') ?? '';

  let state: TableState = parseTableState(new URLSearchParams(location.search));

  // Column headers become buttons: reachable by Tab, activated by Enter or Space.
  for (const th of headers) {
    const button = document.createElement('button');
    button.type = 'button';
    button.textContent = th.textContent?.trim() ?? '';
    th.replaceChildren(button);
    button.addEventListener('click', () => {
      state = { ...state, sort: nextSort(state.sort, th.dataset['sortKey'] as SortKey) };
      render(true);
    });
  }

  const field = (name: string) =>
    form.querySelector<HTMLInputElement | HTMLSelectElement>(`[name="${name}"]`);

  const render = (pushUrl: boolean) => {
    const visible = applyTableState(
      rows.map((r) => r.data),
      state,
      locale,
    );
    const shown = new Set(visible.map((r) => r.id));
    for (const row of rows) row.element.hidden = !shown.has(row.data.id);
    // Re-append in the sorted order; hidden rows keep their place at the end.
    tbody.append(
      ...visible.map((r) => byId.get(r.id)!.element),
      ...rows.filter((r) => !shown.has(r.data.id)).map((r) => r.element),
    );
    for (const th of headers) {
      const sorted = state.sort?.key === th.dataset['sortKey'];
      if (sorted) th.setAttribute('aria-sort', state.sort!.descending ? 'descending' : 'ascending');
      else th.removeAttribute('aria-sort');
    }
    for (const name of ['language', 'family', 'provider', 'q'] as const) {
      const input = field(name);
      const value = state[name] ?? '';
      if (input && input.value !== value) input.value = value;
    }
    count.textContent = strings.count
      .replace('{shown}', String(visible.length))
      .replace('{total}', String(rows.length));
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
    if (target.type === 'checkbox') return;
    const value = target.value.trim();
    state = { ...state, [target.name]: target.name === 'q' ? value : value || null };
    render(true);
  });
  form.querySelector('[data-table-clear]')?.addEventListener('click', () => {
    state = { ...state, language: null, family: null, provider: null, q: '' };
    render(true);
  });

  // Compare: a column of checkboxes, added here because it only works with JavaScript; it goes
  // last so the sticky weight column stays first.
  const pickHeader = document.createElement('th');
  pickHeader.scope = 'col';
  pickHeader.textContent = strings.compareColumn;
  root.querySelector('thead tr')?.append(pickHeader);
  const boxes = rows.map(({ element, data }) => {
    const box = document.createElement('input');
    box.type = 'checkbox';
    box.value = data.id;
    box.setAttribute('aria-label', strings.compareThis.replace('{id}', data.id));
    const cell = document.createElement('td');
    cell.className = 'pick';
    cell.append(box);
    element.append(cell);
    return box;
  });
  const updateCompare = () => {
    const chosen = boxes.filter((b) => b.checked).map((b) => b.value);
    const ready = chosen.length >= MIN_COMPARE && chosen.length <= MAX_COMPARE;
    compareLink.textContent = strings.compare.replace('{count}', String(chosen.length));
    compareLink.href = `${compareLinkBase}?ids=${chosen.map(encodeURIComponent).join(',')}`;
    compareLink.setAttribute('aria-disabled', String(!ready));
    for (const box of boxes) box.disabled = !box.checked && chosen.length >= MAX_COMPARE;
  };
  for (const box of boxes) box.addEventListener('change', updateCompare);
  updateCompare();

  form.hidden = false;
  render(false);
}
