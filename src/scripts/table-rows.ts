/**
 * The rows of a paged summary table that are not in its page, made from table.json the first time
 * a filter, a sort or an anchor needs every row (src/scripts/summary-table.ts). A bundle of its own,
 * built and loaded as search's is (Search.astro): a table whose page holds all its rows never
 * loads it, and no page carries it or a preload helper on a first visit. Built on its own, it keeps
 * no exports: loaded, it hands its row maker to the table script by an event (ROW_MAKER_EVENT).
 */
import { idCode } from './id-code.ts';
import type { TableJsonRow } from '../lib/summary.ts';
import { withBase } from '../lib/urls.ts';
import { ROW_MAKER_EVENT } from '../lib/pagination.ts';
import { figureColumns } from '../lib/table-state.ts';

/** A table row from its JSON, the same markup as SummaryTable.astro renders. */
function renderRow(row: TableJsonRow, base: string, unknown: string): HTMLTableRowElement {
  const tr = document.createElement('tr');
  tr.id = row.id;
  const th = document.createElement('th');
  th.scope = 'row';
  for (const alias of row.aliases) {
    const span = document.createElement('span');
    span.id = alias;
    th.append(span);
  }
  const link = document.createElement('a');
  link.href = withBase(base, row.path);
  // The same markup as Id.astro, so rows loaded from JSON wrap as server-rendered ones do.
  link.append(idCode(row.id));
  th.append(link);
  tr.append(th);
  // An unknown figure: a dash to the eye, "unknown" to a screen reader (Unknown.astro).
  const cell = (text: string | null, className?: string) => {
    const td = document.createElement('td');
    if (className) td.className = className;
    if (text === null) {
      const dash = document.createElement('span');
      dash.className = 'unknown-figure';
      dash.title = unknown;
      dash.setAttribute('aria-hidden', 'true');
      dash.textContent = '—';
      const label = document.createElement('span');
      label.className = 'sr-only';
      label.textContent = unknown;
      td.append(dash, label);
    } else {
      td.textContent = text;
    }
    tr.append(td);
    return td;
  };
  cell(row.language, 'language');
  for (const { column } of figureColumns) {
    const td = cell(row.figures[column], 'num');
    const note = row.notes?.[column];
    if (note === undefined) continue;
    // As SummaryTable.astro renders it: the page's figure under the code's.
    const span = document.createElement('span');
    span.className = 'cell-note';
    span.textContent = note;
    td.append(span);
  }
  const params = cell(row.parameters === null ? null : '', 'num');
  if (row.parameters === null) {
    // Shown as unknown above.
  } else if (row.parametersTitle === null) {
    params.textContent = row.parameters;
  } else {
    const abbr = document.createElement('abbr');
    abbr.title = row.parametersTitle;
    abbr.textContent = row.parameters;
    params.append(abbr);
  }
  const details = cell(row.details, 'details');
  if (row.detailsLang !== undefined) details.lang = row.detailsLang;
  if (row.detailsUrl !== undefined) {
    const link = document.createElement('a');
    link.href = row.detailsUrl;
    link.textContent = row.details;
    details.replaceChildren(link);
  }
  return tr;
}

export type RowMaker = typeof renderRow;

document.dispatchEvent(new CustomEvent<RowMaker>(ROW_MAKER_EVENT, { detail: renderRow }));
