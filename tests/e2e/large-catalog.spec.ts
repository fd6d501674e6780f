/**
 * Issue #6: the summary table stays usable at catalog scale. Runs only against the 250-weight
 * synthetic build (E2E_TARGET=large, `npm run build:large`): 100 rows a page, three pages.
 */
import { expect, site, test, urlOf } from './fixtures';
import { catalogJsonSchema } from '../../src/schemas/catalog-json';

const visibleIds = (page: import('@playwright/test').Page) =>
  page
    .locator('tbody th[scope="row"] a')
    .evaluateAll((links) => links.map((a) => a.textContent ?? ''));

let ids: string[] = [];
test.beforeAll(async ({ request }) => {
  const catalog = catalogJsonSchema.parse(await (await request.get(site('weights.json'))).json());
  ids = catalog.weights.map((w) => w.id);
  expect(ids).toHaveLength(250);
});

test('the table is split into pages of 100 rows, linked from every page', async ({ page }) => {
  await page.goto(site('en/'));
  expect(await visibleIds(page)).toEqual(ids.slice(0, 100));
  await expect(page.getByRole('status').filter({ hasText: 'Showing' })).toHaveText(
    'Showing 100 of 250 weights',
  );
  const pages = page.getByRole('navigation', { name: 'Pages of the table' });
  await expect(pages.getByRole('link', { name: 'Page 1' })).toHaveAttribute('aria-current', 'page');
  await pages.getByRole('link', { name: 'Page 3' }).click();
  await expect(page).toHaveURL(urlOf('en/page/3/'));
  expect(await visibleIds(page)).toEqual(ids.slice(200));
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });
  test('every page of the table is a plain page', async ({ page }) => {
    await page.goto(site('zh-cn/page/2/'));
    expect(await visibleIds(page)).toEqual(ids.slice(100, 200));
    await page
      .getByRole('navigation', { name: '表格分页' })
      .getByRole('link', { name: '第 3 页' })
      .click();
    await expect(page).toHaveURL(urlOf('zh-cn/page/3/'));
  });
});

test('the id filter searches every page, not only the one shown', async ({ page }) => {
  const last = ids.at(-1)!;
  await page.goto(site('en/'));
  await page.getByLabel('Id contains').fill(last);
  await expect(page.getByRole('status').filter({ hasText: 'Showing' })).toHaveText(
    'Showing 1 of 250 weights',
  );
  expect(await visibleIds(page)).toEqual([last]);
  await expect(page.getByRole('navigation', { name: 'Pages of the table' })).toBeHidden();
});

test('sorting covers every page, and more rows show on request', async ({ page }) => {
  await page.goto(site('en/?sort=-params'));
  await expect(page.getByRole('columnheader', { name: 'Parameters' })).toHaveAttribute(
    'aria-sort',
    'descending',
  );
  await expect.poll(async () => (await visibleIds(page))[0]).toBe('gpt-cpm-large-cn');
  expect(await visibleIds(page)).toHaveLength(100);
  await page.getByRole('button', { name: 'Show more' }).click();
  await expect.poll(async () => (await visibleIds(page)).length).toBe(200);
});

test('an anchor to a row on another page leads to that page', async ({ page }) => {
  const last = ids.at(-1)!;
  await page.goto(site(`en/#${last}`));
  await expect(page).toHaveURL(urlOf(`en/page/3/#${last}`));
  await expect(page.locator('tbody tr:target')).toHaveAttribute('id', last);
});

test('the chart keeps to the official weights and says so', async ({ page }) => {
  await page.goto(site('en/'));
  await expect(
    page.getByText('The chart shows the 6 official PaddleNLP weights; all 250 are in the table.'),
  ).toBeVisible();
  await expect(page.getByRole('figure').locator('svg').getByRole('link')).toHaveCount(6);
});
