import { describe, expect, it } from 'vitest';
import {
  pageCount,
  pageLinks,
  pageOfIndex,
  pageRows,
  tablePagePath,
} from '../../src/lib/pagination.ts';

describe('pagination', () => {
  it('keeps a small catalog on one page', () => {
    expect(pageCount(11)).toBe(1);
    expect(pageCount(0)).toBe(1);
    expect(pageCount(5000)).toBe(50);
    expect(pageCount(101)).toBe(2);
  });

  it('slices rows and finds the page of a row', () => {
    const rows = Array.from({ length: 250 }, (_, i) => i);
    expect(pageRows(rows, 3)).toEqual(rows.slice(200));
    expect(pageOfIndex(0)).toBe(1);
    expect(pageOfIndex(99)).toBe(1);
    expect(pageOfIndex(100)).toBe(2);
  });

  it('builds page URLs, page 1 being the table itself', () => {
    expect(tablePagePath('en', 1)).toBe('/en/');
    expect(tablePagePath('zh-cn', 7)).toBe('/zh-cn/page/7/');
  });

  it('links the first, the last and the pages around the current one', () => {
    expect(pageLinks(1, 1)).toEqual([1]);
    expect(pageLinks(1, 50)).toEqual([1, 2, 3, null, 50]);
    expect(pageLinks(25, 50)).toEqual([1, null, 23, 24, 25, 26, 27, null, 50]);
    expect(pageLinks(4, 6)).toEqual([1, 2, 3, 4, 5, 6]);
  });
});
