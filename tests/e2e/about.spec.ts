/**
 * The About page (content/pages/<locale>/about.mdx, compiled by @astrojs/mdx): reached from every
 * page's footer, in both languages, and its example links lead where they say, under any base path.
 */
import { expect, site, test, urlOf } from './fixtures.ts';
import { useTranslations } from '../../src/i18n/index.ts';

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

test(
  'a section of the About page has one id in both languages; the switch keeps it',
  { tag: '@urls' },
  async ({ page }) => {
    const ids = async () =>
      page
        .getByRole('main')
        .getByRole('heading', { level: 2 })
        .evaluateAll((hs) => hs.map((h) => h.id));
    await page.goto(site('en/about/'));
    const english = await ids();
    await page.goto(site('zh-cn/about/'));
    expect(await ids()).toEqual(english);
    // From a section of the Chinese page to the same section of the English one.
    const last = page.getByRole('main').getByRole('heading', { level: 2 }).last();
    const id = (await last.getAttribute('id'))!;
    await page.getByRole('navigation', { name: '本页内容' }).getByRole('link').last().click();
    await expect(page).toHaveURL(urlOf(`zh-cn/about/#${id}`));
    await page
      .getByRole('navigation', { name: '语言' })
      .getByRole('link', { name: 'English' })
      .click();
    await expect(page).toHaveURL(urlOf(`en/about/#${id}`));
    await expect(page.getByRole('main').getByRole('heading', { level: 2 }).last()).toBeInViewport();
  },
);

test('links to the About page’s former Chinese section ids still land on their section', async ({
  page,
}) => {
  // The ids the Chinese headings had before ids were written in the text: the slugs of their
  // words, as published (a contract with whoever linked to them, so written out here).
  const published = ['事实从何而来', '链接到某个权重', '从-sphinx-文档链接', '搜索'];
  await page.goto(site('zh-cn/about/'));
  const headings = page.getByRole('main').getByRole('heading', { level: 2 });
  await expect(headings).toHaveCount(published.length);
  for (const [i, id] of published.entries()) {
    await page.goto(site(`zh-cn/about/#${encodeURIComponent(id)}`));
    await expect(headings.nth(i)).toBeInViewport();
    // Like the section's own id, a little below the window's top (its scroll margin), where
    // the page goes on far enough below it to scroll that far.
    const top = await headings.nth(i).evaluate((h) => h.getBoundingClientRect().top);
    if (i < published.length - 1) expect(top).toBeGreaterThan(8);
  }
  // The last one was scrolled to: the page's top is out of view.
  await expect(page.getByRole('heading', { level: 1 })).not.toBeInViewport();
});

for (const [locale, tocName, permalink] of [
  ['en', 'On this page', (section: string) => `Link to the section “${section}”`],
  ['zh-cn', '本页内容', (section: string) => `本节“${section}”的链接`],
] as const) {
  test(`${locale}: the About page lists its sections beside the text, each with its permalink`, async ({
    page,
  }) => {
    await page.setViewportSize({ width: 1280, height: 800 });
    await page.goto(site(`${locale}/about/`));
    const toc = page.getByRole('navigation', { name: tocName });
    const sections = await page
      .getByRole('main')
      .getByRole('heading', { level: 2 })
      .allInnerTexts();
    expect(sections.length).toBeGreaterThan(1);
    await expect(toc.getByRole('link')).toHaveText(sections);
    // Beside the text, not above it.
    const beside = (await toc.boundingBox())!;
    const text = (await page.getByRole('heading', { level: 1 }).boundingBox())!;
    expect(beside.x).toBeGreaterThan(text.x + 600);
    // The last section, from the list: it scrolls into view and the list stays in view.
    const last = sections.at(-1)!;
    await toc.getByRole('link', { name: last, exact: true }).click();
    const heading = page.getByRole('heading', { level: 2, name: last, exact: true });
    const id = (await heading.getAttribute('id'))!;
    await expect(page).toHaveURL(urlOf(`${locale}/about/#${encodeURIComponent(id)}`));
    await expect(heading).toBeInViewport();
    await expect(toc).toBeInViewport();
    // Every section's permalink is named for its section and links to it.
    for (const section of sections) {
      const link = page.getByRole('link', { name: permalink(section), exact: true });
      const target = await page
        .getByRole('heading', { level: 2, name: section, exact: true })
        .getAttribute('id');
      await expect(link).toHaveAttribute('href', `#${target}`);
    }
  });
}

for (const locale of ['en', 'zh-cn'] as const) {
  test(`${locale}: the intersphinx mapping to paste is commented in the page's language`, async ({
    page,
  }) => {
    const t = useTranslations(locale);
    await page.goto(site(`${locale}/about/`));
    const mapping = page.locator('pre').filter({ hasText: 'intersphinx_mapping' });
    await expect(mapping).toHaveCount(1);
    await expect(mapping).toContainText(`# ${t('sphinx.englishPages')}`);
    await expect(mapping).toContainText(`# ${t('sphinx.chinesePages')}`);
  });
}
