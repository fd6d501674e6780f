/**
 * The summary table's view as a URL query, so a filtered, sorted view can be linked:
 * `/en/?language=zh&family=gpt2&provider=community&q=dialo&sort=-params`; and the data a table's
 * page hands its script (TableData). Pure: the browser script and the tests share it.
 */
import type { FactKey } from './fact-values.ts';
import type { Locale } from '../i18n/locales.ts';

export const sortKeys = [
  'weight',
  'language',
  'layers',
  'hidden',
  'heads',
  'params',
  'details',
] as const;
export type SortKey = (typeof sortKeys)[number];

/**
 * The table's figure columns and the fact each shows: one list for the rows a page renders
 * (SummaryTable.astro), the rows made from table.json (src/scripts/table-rows.ts) and the row
 * values both are made from (summaryRows).
 */
export const figureColumns = [
  { column: 'layers', fact: 'layerCount' },
  { column: 'hidden', fact: 'hiddenSize' },
  { column: 'heads', fact: 'heads' },
] as const satisfies readonly { column: SortKey; fact: FactKey }[];
export type FigureColumn = (typeof figureColumns)[number]['column'];

export interface TableState {
  language: string | null;
  /** A family (`bert`) or a model line within one (`dialogpt`: links published before the zoo). */
  family: string | null;
  provider: string | null;
  /** A downstream task the weight's family supports (`text-generation`). */
  task: string | null;
  /** Text filter on the id, case-insensitive. */
  q: string;
  sort: { key: SortKey; descending: boolean } | null;
}

/** What the table knows of a row to filter and sort it. */
export interface TableRow {
  id: string;
  /** The training languages' tags, separated by spaces (`en ru` for a model of two). */
  language: string;
  languageName: string;
  family: string;
  /** The model line within the family (`dialogpt`), or the family again where it has none. */
  series: string;
  /** The family's tasks, separated by spaces. */
  tasks: string;
  provider: string;
  /** null where no source states the figure. */
  layers: number | null;
  hidden: number | null;
  heads: number | null;
  /** Exact count, or the printed figure's value where the exact one is unknown; else null. */
  params: number | null;
  details: string;
}

/**
 * A row's data as its page carries it (TableData): without what the row shows as it is (its id,
 * language and details), which the table script reads from the row instead. The copies were 850 B
 * of the zoo's first table page, gzip.
 */
export type PageRowData = Omit<TableRow, 'id' | 'languageName' | 'details'>;

export function pageRowData({ id, languageName, details, ...data }: TableRow): PageRowData {
  return data;
}

/** What the table script says, `{placeholders}` and all, in the page's language. */
export interface TableStrings {
  count: string;
  /** Filtered, with more matching rows than are shown: how many match, too. */
  countMatching: string;
  countFiltered: string;
  compare: string;
  compareThis: string;
  /** What leads the compare bar's list of the ids chosen ("Selected:"). */
  chosen: string;
  /** The name of the button that removes `{id}` from the choice. */
  unchoose: string;
  /** "Show {count} more": the rows the next click adds. */
  showMore: string;
  empty: string;
  unknown: string;
}

/**
 * What a table's page hands its script, as one `<script type="application/json">`
 * (SummaryTable.astro). In `data-*` attributes (the strings on the table, each row's data on the
 * row), JSON spelled every quote `&quot;`: the zoo's first table page is about 200 B gzip lighter.
 */
export interface TableData {
  locale: Locale;
  /** The site's base path, for the links of rows made from table.json. */
  base: string;
  /** Weights in the whole table, on all its pages. */
  total: number;
  /** Where every row is (table.json) and the bundle that makes them, when the table has pages. */
  tableJson?: { url: string; bundle: string };
  strings: TableStrings;
  /** This page's rows' data, in the order of the rows. */
  data: PageRowData[];
}

export const emptyState: TableState = {
  language: null,
  family: null,
  provider: null,
  task: null,
  q: '',
  sort: null,
};

export function parseTableState(query: URLSearchParams): TableState {
  const value = (name: string) => {
    const v = query.get(name)?.trim();
    return v ? v : null;
  };
  const sortParam = value('sort');
  const key = sortParam?.replace(/^-/, '');
  const sort =
    sortParam && sortKeys.includes(key as SortKey)
      ? { key: key as SortKey, descending: sortParam.startsWith('-') }
      : null;
  return {
    language: value('language'),
    family: value('family'),
    provider: value('provider'),
    task: value('task'),
    q: value('q') ?? '',
    sort,
  };
}

/** The query for a state, in a fixed order and without empty parameters. */
export function serializeTableState(state: TableState): string {
  const query = new URLSearchParams();
  if (state.language) query.set('language', state.language);
  if (state.family) query.set('family', state.family);
  if (state.provider) query.set('provider', state.provider);
  if (state.task) query.set('task', state.task);
  if (state.q) query.set('q', state.q);
  if (state.sort) query.set('sort', `${state.sort.descending ? '-' : ''}${state.sort.key}`);
  const text = query.toString();
  return text ? `?${text}` : '';
}

/** The rows to show, in order: filters combine (AND); no sort keeps the default order. */
export function applyTableState(rows: TableRow[], state: TableState, locale: string): TableRow[] {
  const q = state.q.toLowerCase();
  const visible = rows.filter(
    (row) =>
      (!state.language || row.language.split(' ').includes(state.language)) &&
      (!state.family || row.family === state.family || row.series === state.family) &&
      (!state.provider || row.provider === state.provider) &&
      (!state.task || row.tasks.split(' ').includes(state.task)) &&
      (!q || row.id.toLowerCase().includes(q)),
  );
  if (!state.sort) return visible;
  const { key, descending } = state.sort;
  const collator = new Intl.Collator(locale, { numeric: true });
  const compare = (a: TableRow, b: TableRow): number => {
    switch (key) {
      case 'weight':
        return collator.compare(a.id, b.id);
      case 'language':
        return collator.compare(a.languageName, b.languageName);
      case 'details':
        return collator.compare(a.details, b.details);
      default:
        return (a[key] ?? 0) - (b[key] ?? 0);
    }
  };
  // Unknown figures sort last in both directions: they are not small, just not stated.
  const unknown = (row: TableRow) =>
    key !== 'weight' && key !== 'language' && key !== 'details' && row[key] === null ? 1 : 0;
  // Stable sort: equal rows keep the default order, in both directions.
  return visible
    .map((row, index) => ({ row, index }))
    .sort(
      (a, b) =>
        unknown(a.row) - unknown(b.row) ||
        (descending ? -1 : 1) * compare(a.row, b.row) ||
        a.index - b.index,
    )
    .map(({ row }) => row);
}

/** The next sort when a header is activated: ascending, then descending, then back to none. */
export function nextSort(current: TableState['sort'], key: SortKey): TableState['sort'] {
  if (current?.key !== key) return { key, descending: false };
  return current.descending ? null : { key, descending: true };
}
