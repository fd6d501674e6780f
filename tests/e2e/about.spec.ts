/**
 * The About page (content/pages/<locale>/about.mdx, compiled by @astrojs/mdx): reached from every
 * page's footer, in both languages, and its example links lead where they say, under any base path.
 */
import { expect, site, test, urlOf } from './fixtures.ts';

test('the footer leads to the About page, which documents the stable URLs', async ({ page }) => {
  await page.goto(site('en/weights/gpt2-en/'));
  await page
    .getByRole('contentinfo')
    .getByRole('link', { name: 'About this catalog and linking to it' })
    .click();
  await expect(page).toHaveURL(urlOf('en/about/'));
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('About this catalog');
  const urls = page.getByRole('table');
  // The pattern is shown with this deployment's base path, unencoded.
  await expect(urls.getByRole('code').filter({ hasText: '/{locale}/weights/{id}/' })).toHaveText(
    new RegExp(`${site('{locale}/weights/{id}/').replace(/[{}]/g, '\\$&')}$`),
  );
  await urls.getByRole('link', { name: /weights\/junnyu\/microsoft-DialoGPT-small\/$/ }).click();
  await expect(page).toHaveURL(urlOf('en/weights/junnyu/microsoft-DialoGPT-small/'));
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(
    'junnyu/microsoft-DialoGPT-small',
  );
});

test(
  'the alias example on the About page lands on the weight’s page',
  { tag: '@urls' },
  async ({ page }) => {
    await page.goto(site('zh-cn/about/'));
    await page.getByRole('link', { name: /weights\/microsoft\/DialoGPT-small\/$/ }).click();
    await expect(page).toHaveURL(urlOf('zh-cn/weights/junnyu/microsoft-DialoGPT-small/'));
  },
);

test('the language switch keeps the About page', { tag: '@urls' }, async ({ page }) => {
  await page.goto(site('en/about/'));
  await page
    .getByRole('navigation', { name: 'Language' })
    .getByRole('link', { name: '简体中文' })
    .click();
  await expect(page).toHaveURL(urlOf('zh-cn/about/'));
  await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('关于本目录');
  await expect(
    page.getByRole('contentinfo').getByRole('link', { name: '关于本目录与链接方式' }),
  ).toBeVisible();
});
