import type { Locale } from '../i18n/locales.ts';

/**
 * The summary table in pages, so it stays usable at thousands of weights: page 1 is
 * `/{locale}/`, page n is `/{locale}/page/{n}/`. With 100 or fewer weights there is one page and
 * nothing changes.
 */
export const TABLE_PAGE_SIZE = 100;

export function pageCount(total: number, size = TABLE_PAGE_SIZE): number {
  return Math.max(1, Math.ceil(total / size));
}

export function pageRows<T>(rows: readonly T[], page: number, size = TABLE_PAGE_SIZE): T[] {
  return rows.slice((page - 1) * size, page * size);
}

/**
 * The event by which the rows bundle (src/scripts/table-rows.ts) hands the table script its row
 * maker, on `document`, once loaded: a bundle built on its own keeps no exports.
 */
export const ROW_MAKER_EVENT = 'summary-row-maker';

/** The page a row is on, counting rows in the default order from 0. */
export function pageOfIndex(index: number, size = TABLE_PAGE_SIZE): number {
  return Math.floor(index / size) + 1;
}

export function tablePagePath(locale: Locale, page: number): string {
  return page === 1 ? `/${locale}/` : `/${locale}/page/${page}/`;
}

/** Page numbers to link, with `null` for a gap: 1 … 4 5 [6] 7 8 … 50. */
export function pageLinks(current: number, count: number, around = 2): (number | null)[] {
  const shown = new Set([1, count]);
  for (let p = current - around; p <= current + around; p++) if (p >= 1 && p <= count) shown.add(p);
  const sorted = [...shown].sort((a, b) => a - b);
  const links: (number | null)[] = [];
  sorted.forEach((page, i) => {
    if (i > 0 && page - (sorted[i - 1] ?? page) > 1) links.push(null);
    links.push(page);
  });
  return links;
}
