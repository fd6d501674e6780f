/** Issue #5: search facets, keyboard shortcuts and lazy loading. */
import { expect, site, test } from './fixtures.ts';

test('facets narrow the results', async ({ page }) => {
  await page.goto(site('en/'));
  const box = page.getByRole('searchbox');
  await box.fill('gpt2');
  const results = page.getByRole('list', { name: 'Search results' });
  const status = page.getByRole('banner').getByRole('status');
  await expect(status).toHaveText(/^\d+ results for “gpt2”$/);
  const all = Number((await status.textContent())?.match(/\d+/)?.[0]);
  const panel = page.getByRole('banner');
  await expect(panel.getByLabel('Provided by').getByRole('option')).toHaveCount(3);
  await panel.getByLabel('Provided by').selectOption('Community conversion');
  await expect(status).not.toHaveText(`${all} results for “gpt2”`);
  const community = await results.getByRole('link').allInnerTexts();
  expect(community.length).toBeGreaterThan(0);
  expect(community.length).toBeLessThan(all);
  for (const id of community) expect(id).toMatch(/^junnyu\//);
  await panel.getByLabel('Training language').selectOption('Chinese');
  await expect(results.getByRole('link')).toHaveText(['junnyu/uer-gpt2-chinese-poem']);
});

test('results show the id, the parameters and the language, with matches highlighted', async ({
  page,
}) => {
  await page.goto(site('zh-cn/'));
  await page.getByRole('searchbox').fill('古诗');
  const item = page.getByRole('list', { name: '搜索结果' }).getByRole('listitem').first();
  await expect(item.getByRole('link')).toHaveText('junnyu/uer-gpt2-chinese-poem');
  await expect(item).toContainText('1.03 亿 · 中文');
  await expect(item.locator('mark').first()).toBeVisible();
});

for (const shortcut of ['/', 'Control+k']) {
  test(`${shortcut} opens search from anywhere and Escape gives focus back`, async ({ page }) => {
    await page.goto(site('en/weights/gpt2-en/'));
    const back = page.getByRole('link', { name: 'Back to the GPT model summary' });
    await back.focus();
    await page.keyboard.press(shortcut);
    const box = page.getByRole('searchbox');
    await expect(box).toBeFocused();
    await page.keyboard.type('distil');
    const results = page.getByRole('list', { name: 'Search results' });
    await expect(results.getByRole('link', { name: 'junnyu/distilgpt2' })).toBeVisible();
    await page.keyboard.press('Escape');
    await expect(results).toBeHidden();
    await expect(back).toBeFocused();
  });
}

test('typing / inside a text field types a slash', async ({ page }) => {
  await page.goto(site('en/'));
  const filter = page.getByLabel('Id contains');
  await filter.fill('junnyu');
  await filter.press('/');
  await expect(filter).toHaveValue('junnyu/');
  await expect(page.getByRole('searchbox')).not.toBeFocused();
});

test('a search with no result offers the summary table', async ({ page }) => {
  await page.goto(site('zh-cn/weights/gpt2-en/'));
  await page.getByRole('searchbox').fill('xylophone');
  const status = page.getByRole('banner').getByRole('status');
  await expect(status).toContainText('没有与“xylophone”匹配的权重。');
  await status.getByRole('link', { name: '在汇总表中查看所有权重。' }).click();
  await expect(page).toHaveURL(new RegExp(`${site('zh-cn/')}$`));
});

test('nothing of search is requested before the reader uses it', async ({ page }) => {
  const requested: string[] = [];
  page.on('request', (r) => requested.push(new URL(r.url()).pathname));
  await page.goto(site('en/weights/junnyu/distilgpt2/'));
  await page.waitForLoadState('networkidle');
  expect(requested.filter((p) => /pagefind|search-ui|\.pf_|wasm/.test(p))).toEqual([]);
  await page.keyboard.press('/');
  await expect.poll(() => requested.some((p) => p.endsWith('/pagefind/en/pagefind.js'))).toBe(true);
});
