import { expect, site, test, urlOf } from './fixtures.ts';
import { useTranslations } from '../../src/i18n/index.ts';
import { loadSiteText, loadWeights } from '../helpers/content.ts';
import { localeCodes, locales } from '../../src/i18n/locales.ts';
import { TABLE_PAGE_SIZE } from '../../src/lib/pagination.ts';

for (const [browserLocale, landing] of [
  ['en-US', 'en/'],
  ['en-GB', 'en/'],
  ['zh-CN', 'zh-cn/'],
  ['fr-FR', 'zh-cn/'],
] as const) {
  test.describe(`a ${browserLocale} browser`, () => {
    test.use({ locale: browserLocale });
    test(`is sent from / to /${landing}`, async ({ page }) => {
      await page.goto(site(''));
      await expect(page).toHaveURL(urlOf(landing));
      await expect(page.getByRole('table')).toBeVisible();
    });
  });
}

test.describe('with JavaScript off', () => {
  test.use({ javaScriptEnabled: false, locale: 'en-US' });

  test('/ offers both languages as links', async ({ page }) => {
    await page.goto(site(''));
    await expect(page).toHaveURL(urlOf(''));
    await expect(page.getByRole('link', { name: '简体中文' })).toBeVisible();
    await page.getByRole('link', { name: 'English' }).click();
    await expect(page).toHaveURL(urlOf('en/'));
    // The first page of the table: all weights, or the first page's worth of them.
    await expect(page.getByRole('table').locator('tbody tr')).toHaveCount(
      Math.min(loadWeights().length, TABLE_PAGE_SIZE),
    );
  });

  test('the 404 page shows both languages', async ({ page }) => {
    await page.goto(site('en/no-such-page/'));
    await expect(page.getByRole('heading', { name: 'Page not found' })).toBeVisible();
    await expect(page.getByRole('heading', { name: '页面不存在' })).toBeVisible();
  });
});

for (const [prefix, heading, other, home] of [
  ['en', 'Page not found', '页面不存在', 'Go to the catalog of weights'],
  ['zh-cn', '页面不存在', 'Page not found', '前往权重目录'],
] as const) {
  test(`a missing ${prefix} page answers 404 in ${prefix} and leads back to the table`, async ({
    page,
  }) => {
    const response = await page.goto(site(`${prefix}/weights/gpt5-en/`));
    expect(response?.status()).toBe(404);
    await expect(page.getByRole('heading', { name: heading })).toBeVisible();
    await expect(page.getByRole('heading', { name: other })).toBeHidden();
    await page.getByRole('link', { name: home }).click();
    await expect(page).toHaveURL(urlOf(`${prefix}/`));
  });

  test(`the ${prefix} 404 page finds a weight by its id in the table, from the keyboard`, async ({
    page,
  }) => {
    const t = useTranslations(prefix);
    await page.goto(site(`${prefix}/weights/gpt5-en/`));
    // One form, in the URL's language: the other language's section is not shown.
    const find = page.getByRole('search', { name: t('notFound.find') });
    await expect(find).toHaveCount(1);
    const box = find.getByRole('searchbox', { name: t('notFound.find'), exact: true });
    // It holds the id the link named, for the reader to correct.
    await expect(box).toHaveValue('gpt5-en');
    await box.focus();
    await page.keyboard.press('ControlOrMeta+A');
    await page.keyboard.type('DialoGPT');
    await page.keyboard.press('Enter');
    // The table, filtered by the id and scrolled to.
    await expect(page).toHaveURL(urlOf(`${prefix}/?q=DialoGPT#weights`));
    await expect(
      page.getByRole('heading', { name: t('home.allWeights'), exact: true }),
    ).toBeInViewport();
    const matching = loadWeights().filter((w) => /dialogpt/i.test(w.id));
    expect(matching.length).toBeGreaterThan(0);
    await expect(page.getByRole('table').locator('tbody tr:not([hidden])')).toHaveCount(
      Math.min(matching.length, TABLE_PAGE_SIZE),
    );
  });

  test(`the ${prefix} 404 page offers no weight when none is near the id the link named`, async ({
    page,
  }) => {
    const t = useTranslations(prefix);
    const lookup = page.waitForResponse(/weight-lookup\.json$/);
    await page.goto(site(`${prefix}/weights/nope-model/`));
    const box = page
      .getByRole('search', { name: t('notFound.find') })
      .getByRole('searchbox', { name: t('notFound.find'), exact: true });
    await expect(box).toHaveValue('nope-model');
    // Once the id lookup has come and its answer is read, the suggestions are decided.
    await lookup;
    await page.waitForLoadState('networkidle');
    await expect(page.getByText(t('notFound.didYouMean'))).toBeHidden();
    await expect(page.getByRole('main').getByRole('listitem')).toHaveCount(0);
  });

  test(`the ${prefix} 404 page has the site's header: its name leads home, the other language's home beside it`, async ({
    page,
  }) => {
    await page.goto(site(`${prefix}/weights/gpt5-en/`));
    const banner = page.getByRole('banner');
    // One row, in the URL's language: the other language's is not shown.
    await expect(banner.getByRole('link')).toHaveCount(1 + localeCodes.length - 1);
    const otherLocale = localeCodes.find((l) => l !== prefix)!;
    const otherHome = banner.getByRole('link', { name: locales[otherLocale].label, exact: true });
    await expect(otherHome).toHaveAttribute('href', new RegExp(`/${otherLocale}/$`));
    // Styled as every page's header: a band with a border under it.
    await expect(banner).toHaveCSS('border-bottom-style', 'solid');
    await banner.getByRole('link', { name: loadSiteText(prefix).title, exact: true }).click();
    await expect(page).toHaveURL(urlOf(`${prefix}/`));
  });
}

test('without the id lookup, the 404 page still answers in the language of the URL', async ({
  page,
}) => {
  let asked = false;
  await page.route('**/weight-lookup.json', (route) => {
    asked = true;
    return route.abort();
  });
  await page.goto(site('zh-cn/weights/GPT2-EN/'));
  await expect(page.getByRole('heading', { name: '页面不存在' })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Page not found' })).toBeHidden();
  await expect(page.getByRole('link', { name: '前往权重目录' })).toBeVisible();
  expect(asked).toBe(true);
});

test('the 404 page of a URL outside /weights/ does not fetch the id lookup', async ({ page }) => {
  const lookups: string[] = [];
  page.on('request', (request) => {
    if (request.url().endsWith('/weight-lookup.json')) lookups.push(request.url());
  });
  await page.goto(site('en/no-such-page/'));
  await expect(page.getByRole('heading', { name: 'Page not found' })).toBeVisible();
  await page.waitForLoadState('networkidle');
  expect(lookups).toEqual([]);
});
