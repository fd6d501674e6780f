import { expect, site, test, urlOf } from './fixtures.ts';
import { familiesOf, loadFamilies, verifiedWeights } from '../helpers/content.ts';
import { useTranslations } from '../../src/i18n/index.ts';

// Reaching a weight from its family's table and back, for the first and the last hand-verified
// weight, one per language: each weight's facts, subtitle and snippet are checked on its page,
// in both languages, by weight-details.spec.ts; imported ones in imported-pages.spec.ts.
const verified = verifiedWeights();
const weights = [verified[0]!, verified.at(-1)!];
const locales = [
  { code: 'en', lang: 'en', back: 'Back to the GPT model summary' },
  { code: 'zh-cn', lang: 'zh-CN', back: '返回 GPT模型汇总' },
] as const;

weights.forEach((weight, i) => {
  const locale = locales[i % 2]!;
  test(`${locale.code}: ${weight.id} opens from its family's table and shows its facts`, async ({
    page,
  }) => {
    await page.goto(site(`${locale.code}/families/${weight.facts.family}/`));
    await page.getByRole('link', { name: weight.id, exact: true }).click();
    await expect(page).toHaveURL(urlOf(`${locale.code}/weights/${weight.id}/`));
    await expect(page.locator('html')).toHaveAttribute('lang', locale.lang);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(weight.id);
    await expect(page.locator('article .subtitle')).toHaveText(weight.prose[locale.code].title);

    const fact = (name: RegExp | string) =>
      page
        .getByRole('row')
        .filter({ has: page.getByRole('rowheader', { name, exact: true }) })
        .getByRole('cell');
    const { layers, heads } = weight.facts.architecture;
    const label =
      locale.code === 'en'
        ? { layers: 'Layers', heads: 'Attention heads' }
        : { layers: '层数', heads: '注意力头数' };
    await expect(fact(label.layers)).toHaveText(String(layers));
    await expect(fact(label.heads)).toHaveText(String(heads));

    // The usage snippet loads this very weight with the classes its entry names.
    const code = page.locator('pre').first();
    await expect(code).toContainText(
      `${weight.facts.paddlenlp!.modelClass}.from_pretrained("${weight.id}")`,
    );
    await expect(code).toContainText(
      `${weight.facts.paddlenlp!.tokenizerClass}.from_pretrained("${weight.id}")`,
    );

    await page.getByRole('link', { name: locale.back }).click();
    await expect(page).toHaveURL(
      urlOf(`${locale.code}/families/${weight.facts.family}/#${weight.id}`),
    );
    await expect(page.locator('tbody tr:target').getByRole('rowheader')).toHaveText(weight.id);
  });
});

for (const id of ['gpt2-en', 'junnyu/microsoft-DialoGPT-small', 'junnyu/uer-gpt2-chinese-poem']) {
  test(`the language switch keeps the weight (${id})`, { tag: '@urls' }, async ({ page }) => {
    await page.goto(site(`zh-cn/weights/${id}/`));
    const nav = page.getByRole('navigation', { name: '语言' });
    await nav.getByRole('link', { name: 'English' }).click();
    await expect(page).toHaveURL(urlOf(`en/weights/${id}/`));
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(id);

    await page
      .getByRole('navigation', { name: 'Language' })
      .getByRole('link', { name: '简体中文' })
      .click();
    await expect(page).toHaveURL(urlOf(`zh-cn/weights/${id}/`));
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(id);
  });
}

test(
  'the language switch keeps the table row the reader was on',
  { tag: '@urls' },
  async ({ page }) => {
    await page.goto(site('en/families/gpt/#gpt2-xl-en'));
    await page
      .getByRole('navigation', { name: 'Language' })
      .getByRole('link', { name: '简体中文' })
      .click();
    await expect(page).toHaveURL(urlOf('zh-cn/families/gpt/#gpt2-xl-en'));
  },
);

test(
  'a weight page declares its canonical URL, language alternates and description',
  { tag: '@urls' },
  async ({ page }) => {
    // These builds set SITE_URL, so the links are absolute (search engines ignore relative ones).
    const id = 'junnyu/microsoft-DialoGPT-medium';
    const absolute = (path: string) => new RegExp(`^https?://127\\.0\\.0\\.1:\\d+${site(path)}$`);
    await page.goto(site(`en/weights/${id}/`));
    await expect(page.locator('link[rel="canonical"]')).toHaveAttribute(
      'href',
      absolute(`en/weights/${id}/`),
    );
    await expect(page.locator('link[rel="alternate"][hreflang="zh-CN"]')).toHaveAttribute(
      'href',
      absolute(`zh-cn/weights/${id}/`),
    );
    await expect(page.locator('link[rel="alternate"][hreflang="en"]')).toHaveAttribute(
      'href',
      absolute(`en/weights/${id}/`),
    );
    await expect(page.locator('meta[property="og:url"]')).toHaveAttribute(
      'content',
      absolute(`en/weights/${id}/`),
    );
    const description = await page.locator('meta[name="description"]').getAttribute('content');
    expect(description).toContain(id);
    expect(description).toContain('DialoGPT');
  },
);

test(
  'prose links to other weights stay in the page’s language',
  { tag: '@urls' },
  async ({ page }) => {
    await page.goto(site('zh-cn/weights/gpt-cpm-small-cn-distill/'));
    await page.locator('.prose').getByRole('link', { name: 'gpt-cpm-large-cn' }).click();
    await expect(page).toHaveURL(urlOf('zh-cn/weights/gpt-cpm-large-cn/'));
  },
);

test('an unknown license is shown as unknown, never guessed', async ({ page }) => {
  await page.goto(site('en/weights/gpt-cpm-large-cn/'));
  const license = page
    .getByRole('row')
    .filter({ has: page.getByRole('rowheader', { name: 'License' }) });
  await expect(license.getByRole('cell')).toHaveText(
    /^Unknown\s*Not stated in the sources we checked$/,
  );
});

const switchTo = (page: import('@playwright/test').Page, language: 'English' | '简体中文') =>
  page.getByRole('navigation', { name: /^(Language|语言)$/ }).getByRole('link', { name: language });

test('the language switch keeps the compared weights', { tag: '@urls' }, async ({ page }) => {
  await page.goto(site('en/compare/?ids=gpt2-en,gpt2-medium-en'));
  await expect(page.getByRole('table').getByRole('columnheader')).toHaveCount(3);
  await switchTo(page, '简体中文').click();
  await expect(page).toHaveURL(/\/zh-cn\/compare\/\?ids=gpt2-en,gpt2-medium-en$/);
  await expect(page.getByRole('table').getByRole('columnheader')).toHaveText([
    '项目',
    'gpt2-en',
    'gpt2-medium-en',
  ]);
});

test(
  'the language switch keeps the table’s filters and sort, set after the page loaded',
  { tag: '@urls' },
  async ({ page }) => {
    await page.goto(site('en/families/gpt/'));
    await page
      .getByRole('main')
      .getByLabel('Provided by')
      .selectOption({ label: 'Community conversion' });
    await page.getByRole('columnheader', { name: /Parameters/ }).click();
    await expect(page).toHaveURL(/\?provider=community&sort=params$/);
    const shown = await page.getByRole('status').filter({ hasText: 'Showing' }).textContent();
    // With the keyboard, as a reader who never touches the mouse would.
    await switchTo(page, '简体中文').focus();
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(/\/zh-cn\/families\/gpt\/\?provider=community&sort=params$/);
    await expect(page.getByRole('main').getByLabel('提供方')).toHaveValue('community');
    await expect(page.getByRole('columnheader', { name: /参数量/ })).toHaveAttribute(
      'aria-sort',
      'ascending',
    );
    await expect(page.getByRole('status').filter({ hasText: '显示' })).toHaveText(
      `显示 ${shown!.match(/\d+/)![0]} / ${shown!.match(/of (\d+)/)![1]} 个权重：符合筛选条件的全部权重`,
    );
  },
);

test(
  'the language switch keeps the section of a weight page',
  { tag: '@urls' },
  async ({ page }) => {
    await page.goto(site('zh-cn/weights/gpt2-en/#usage'));
    await switchTo(page, 'English').click();
    await expect(page).toHaveURL(urlOf('en/weights/gpt2-en/#usage'));
    await expect(page.getByRole('heading', { name: 'Usage' })).toBeInViewport();
  },
);

test('“On this page” lists every section and sits beside the article on a wide screen', async ({
  page,
}) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.goto(site('en/weights/gpt2-en/'));
  const toc = page.getByRole('navigation', { name: 'On this page' });
  const sections = await page.locator('article h2').allInnerTexts();
  await expect(toc.getByRole('link')).toHaveText(sections);
  const beside = (await toc.boundingBox())!;
  const heading = (await page.getByRole('heading', { level: 1 }).boundingBox())!;
  expect(beside.x).toBeGreaterThan(heading.x + 600);
  // It stays in view while the reader scrolls down the page.
  await toc.getByRole('link', { name: 'Related weights' }).click();
  await expect(page).toHaveURL(/#lineage$/);
  await expect(toc).toBeInViewport();
  await expect(page.getByRole('heading', { name: 'Related weights' })).toBeInViewport();
  // On a phone it comes first, above the overview.
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto(site('en/weights/gpt2-en/'));
  const above = (await toc.boundingBox())!;
  const overview = (await page.getByRole('heading', { name: 'Overview' }).boundingBox())!;
  expect(above.y + above.height).toBeLessThanOrEqual(overview.y);
});

test('every section heading has a permalink naming its section', async ({ page }) => {
  await page.goto(site('zh-cn/weights/gpt2-en/'));
  const link = page.getByRole('link', { name: '本节“使用方法”的链接' });
  await link.click();
  await expect(page).toHaveURL(urlOf('zh-cn/weights/gpt2-en/#usage'));
});

test('the keyboard never lands on something invisible in the header', async ({ page }) => {
  await page.goto(site('en/weights/gpt2-en/'));
  const header = page.getByRole('banner');
  for (let i = 0; i < 6; i++) {
    await page.keyboard.press('Tab');
    const focused = page.locator(':focus');
    const box = await focused.boundingBox();
    expect(box, `tab stop ${i + 1}`).not.toBeNull();
    expect(box!.width * box!.height).toBeGreaterThan(100);
    await expect(focused).toBeVisible();
    if (!(await header.locator(':focus').count())) continue;
    await expect(focused).toHaveCSS('outline-style', 'solid');
  }
});

// The zoo on each home page: every family of content/, in its order, with its weight count and
// PaddleNLP's tasks for it; a family opens its page, and the intro links past the list to the
// table of all weights.
for (const locale of ['en', 'zh-cn'] as const) {
  test(`${locale}: the home page lists every family with its weights and tasks, and opens it`, async ({
    page,
  }) => {
    const t = useTranslations(locale);
    const sizes = familiesOf();
    const expected = [...loadFamilies()]
      .filter(([slug]) => sizes.has(slug))
      .sort(([, a], [, b]) => a.order - b.order || a.name.localeCompare(b.name))
      .map(([slug, family]) => {
        const count = sizes.get(slug)!.length;
        return {
          slug,
          family,
          link: `${family.name} ${count === 1 ? t('family.oneWeight') : t('family.weightCount', { count })}`,
          tasks: (family.zoo?.tasks ?? []).map((task) => t(`task.${task}`)),
          // A family PaddleNLP's task table has no row for says so, not nothing; so does one
          // whose row marks no task.
          unknown:
            (family.zoo?.tasks ?? null) === null
              ? t('family.cardTasksUnknown')
              : family.zoo!.tasks!.length === 0
                ? t('family.cardTasksNone')
                : null,
        };
      });
    await page.goto(site(`${locale}/`));
    const families = page
      .getByRole('region', { name: t('home.families') })
      .getByRole('list')
      .first()
      .locator(':scope > li');
    await expect(families).toHaveCount(expected.length);
    const shown = await families.evaluateAll((items) =>
      items.map((item) => ({
        // The name and the count are on lines of their own; the count keeps its no-break space.
        link: (item.querySelector('a')?.innerText ?? '').replace(/[ \t\r\n]+/g, ' ').trim(),
        tasks: [...item.querySelectorAll('ul li')].map((li) => li.textContent ?? ''),
        unknown: item.querySelector(':scope > p')?.textContent ?? null,
      })),
    );
    expect(shown).toEqual(expected.map(({ link, tasks, unknown }) => ({ link, tasks, unknown })));
    expect(expected.some((family) => family.unknown !== null)).toBe(true);

    // The intro's link leads past the list to the table.
    await page.getByRole('link', { name: t('home.allWeightsLink'), exact: true }).click();
    await expect(page).toHaveURL(urlOf(`${locale}/#weights`));
    await expect(
      page.getByRole('heading', { name: t('home.allWeights'), exact: true }),
    ).toBeInViewport();

    // The largest family opens its page.
    const largest = expected.reduce((a, b) =>
      sizes.get(b.slug)!.length > sizes.get(a.slug)!.length ? b : a,
    );
    await families.nth(expected.indexOf(largest)).getByRole('link').click();
    await expect(page).toHaveURL(urlOf(`${locale}/families/${largest.slug}/`));
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(
      locale === 'zh-cn' && largest.family.zoo !== undefined
        ? largest.family.zoo.title
        : t('family.heading', { name: largest.family.name }),
    );
  });
}
