/**
 * Issue #11: the README's own examples work as printed. Every concrete URL in its URL table (the
 * ones without `{placeholders}`) is opened in the browser and must show what the README says it
 * shows; the section anchors it lists must exist on a weight page. Read from README.md itself, so
 * an edit there is checked too.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, site, test } from './fixtures.ts';
import { weightPageSections } from '../../src/lib/facts.ts';

const readme = readFileSync(join(import.meta.dirname, '..', '..', 'README.md'), 'utf8');
const urlTable = readme.slice(readme.indexOf('## URLs'), readme.indexOf('Links keep working'));
const examples = [...new Set([...urlTable.matchAll(/`(\/[^`{}\s]*)`/g)].map((m) => m[1]!))];

test('the README lists example URLs', () => {
  expect(examples.length).toBeGreaterThan(8);
});

for (const example of examples.filter((e) => !e.startsWith('/#'))) {
  test(`README example ${example} works`, async ({ page, request }) => {
    // A file to download, not a page: a Sphinx inventory, llms.txt, a Markdown page.
    if (/\.(inv|txt|md)$/.test(example)) {
      const file = await request.get(site(example));
      expect(file.status(), example).toBe(200);
      expect((await file.body()).toString('latin1')).toMatch(
        example.endsWith('.inv') ? /^# Sphinx inventory version 2\n/ : /^# \S/,
      );
      return;
    }
    const response = await page.goto(site(example));
    expect(response?.status(), example).toBe(200);
    const url = new URL(example, 'http://x');
    if (url.pathname.endsWith('.json') || url.pathname.endsWith('.xml')) return;
    if (url.pathname === '/') {
      await page.waitForURL(/\/(en|zh-cn)\/$/);
      return;
    }
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    if (url.search.includes('ids=')) {
      await expect(page.getByRole('table').getByRole('columnheader')).not.toHaveCount(0);
    } else if (url.search !== '') {
      // A filtered view shows some weights, not an empty table.
      await expect(page.getByRole('status').filter({ hasText: /Showing|显示/ })).toHaveText(
        /Showing [1-9]\d* of|显示 [1-9]\d* \//,
      );
    }
    if (url.hash) {
      await expect(page.locator(`[id="${decodeURIComponent(url.hash.slice(1))}"]`)).toBeAttached();
    }
  });
}

test('the section anchors the README lists are the sections every weight page has', async ({
  page,
}) => {
  const row = urlTable.split('\n').find((line) => line.startsWith('| A section of that page'))!;
  const anchors = [...row.matchAll(/`#([\w-]+)`/g)].map((m) => m[1]);
  expect(anchors).toEqual([...weightPageSections]);
  await page.goto(site('en/weights/gpt2-en/'));
  for (const anchor of anchors) {
    await expect(page.locator(`h2#${anchor}`)).toBeVisible();
    // Each heading has its permalink, and the "On this page" list links it.
    await expect(page.locator(`a[href="#${anchor}"]`)).toHaveCount(2);
  }
});
