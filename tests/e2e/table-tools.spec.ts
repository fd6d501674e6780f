/**
 * Issue #5: the summary table as a tool (sorting, filters in the URL, compare) and the chart.
 */
import type { Page } from '@playwright/test';
import { basePath, escapeRegExp, expect, site, test, urlOf } from './fixtures.ts';
import { compareSample, familiesOf, loadFamilies, loadWeights } from '../helpers/content.ts';
import { useTranslations } from '../../src/i18n/index.ts';
import {
  formatInteger,
  formatParameterCount,
  languageName,
  languageTags,
} from '../../src/lib/format.ts';
import { parameterValue } from '../../src/lib/parameters.ts';
import { TABLE_PAGE_SIZE } from '../../src/lib/pagination.ts';
import { MAX_COMPARE } from '../../src/lib/compare.ts';

const all = loadWeights();
const families = loadFamilies();
// The GPT family's page: the table this catalog began with, now with PaddleNLP's newest list.
const weights = familiesOf(all).get('gpt')!;
const gpt = (locale: 'en' | 'zh-cn', query = '') => site(`${locale}/families/gpt/${query}`);
/** Unknown figures sort last in both directions (src/lib/table-state.ts). */
const byValue =
  (descending: boolean) =>
  (a: number | null, b: number | null): number =>
    Number(a === null) - Number(b === null) ||
    (descending ? (b ?? 0) - (a ?? 0) : (a ?? 0) - (b ?? 0));
const count = (test: (w: (typeof weights)[number]) => boolean) => weights.filter(test).length;
const visibleIds = (page: Page) =>
  page.locator('tbody tr:not([hidden]) th[scope="row"] a').allInnerTexts();
const clean = (ids: string[]) => ids.map((id) => id.replace(/\s+/g, ''));

const columns = [
  {
    key: 'layers',
    en: 'Layers',
    zh: '层数',
    value: (w: (typeof weights)[number]) => w.facts.architecture.layers,
  },
  {
    key: 'hidden',
    en: 'Hidden size',
    zh: '隐藏层维度',
    value: (w: (typeof weights)[number]) => w.facts.architecture.hiddenSize,
  },
  {
    key: 'heads',
    en: 'Heads',
    zh: '注意力头数',
    value: (w: (typeof weights)[number]) => w.facts.architecture.heads,
  },
  {
    key: 'params',
    en: 'Parameters',
    zh: '参数量',
    // The exact count, else PaddleNLP's printed figure read as a number, else unknown.
    value: (w: (typeof weights)[number]) => {
      const { exact, printed } = w.facts.parameters;
      const m = printed === null ? null : /^([\d.]+)([KMB])$/.exec(printed);
      return (
        exact ?? (m ? Number(m[1]) * { K: 1e3, M: 1e6, B: 1e9 }[m[2] as 'K' | 'M' | 'B'] : null)
      );
    },
  },
] as const;

for (const locale of ['en', 'zh-cn'] as const) {
  for (const column of columns) {
    test(`${locale}: sorting by ${column.key} orders the rows by the entries’ values, both ways`, async ({
      page,
    }) => {
      await page.goto(gpt(locale));
      const header = page.getByRole('columnheader', {
        name: locale === 'en' ? column.en : column.zh,
      });
      const button = header.getByRole('button');

      await button.click();
      await expect(header).toHaveAttribute('aria-sort', 'ascending');
      const ascending = clean(await visibleIds(page)).map((id) =>
        column.value(weights.find((w) => w.id === id)!),
      );
      expect(ascending).toHaveLength(weights.length);
      expect(ascending).toEqual([...ascending].sort(byValue(false)));
      await expect(page).toHaveURL(new RegExp(`[?&]sort=${column.key}(&|$)`));

      // Keyboard: Enter on the focused header button flips the order.
      await button.focus();
      await page.keyboard.press('Enter');
      await expect(header).toHaveAttribute('aria-sort', 'descending');
      const descending = clean(await visibleIds(page)).map((id) =>
        column.value(weights.find((w) => w.id === id)!),
      );
      expect(descending).toEqual([...ascending].sort(byValue(true)));
      await expect(page).toHaveURL(new RegExp(`[?&]sort=-${column.key}(&|$)`));
    });
  }
}

// The text columns sort by what their cells say. Rows carry no copy of it in their data
// (pageRowData, tableJsonRow): the script reads a page's rows' from their cells, and the paged
// table's other rows' from what table.json has them show; sorted together, every row must order
// by the text it shows.
for (const locale of ['en', 'zh-cn'] as const) {
  const t = useTranslations(locale);
  const collator = new Intl.Collator(locale, { numeric: true });
  const sorted = (list: string[]) => [...list].sort((a, b) => collator.compare(a, b));
  for (const [key, cells, field] of [
    ['weight', 'tbody th[scope="row"]', 'id'],
    ['language', 'tbody td.language', 'language'],
    ['details', 'tbody td.details', 'details'],
  ] as const) {
    for (const where of ['a family’s table', 'the paged table'] as const) {
      test(`${locale}: sorting ${where} by ${key} orders the rows by the column’s text, both ways`, async ({
        page,
        request,
      }) => {
        const paged = where === 'the paged table';
        await page.goto(paged ? site(`${locale}/`) : gpt(locale));
        // An id is shown with break opportunities, which innerText may render as spaces.
        const texts = async () =>
          (await page.locator(cells).allInnerTexts()).map((text) =>
            key === 'weight' ? text.replace(/\s+/g, '') : text.trim(),
          );
        const shown = await texts();
        // Every row's text: the page's own, or all of table.json's for the paged table.
        const every = paged
          ? (
              (await (await request.get(site(`${locale}/table.json`))).json()) as Record<
                typeof field,
                string
              >[]
            ).map((row) => row[field])
          : shown;
        expect(every.length).toBeGreaterThan(paged ? TABLE_PAGE_SIZE : 1);
        // Else the test could not tell a sort from none.
        expect(shown).not.toEqual(sorted(shown));
        const header = page.getByRole('columnheader', { name: t(`col.${key}`) });
        await header.getByRole('button').click();
        await expect(header).toHaveAttribute('aria-sort', 'ascending');
        expect(await texts()).toEqual(sorted(every).slice(0, shown.length));
        await page.keyboard.press('Enter');
        await expect(header).toHaveAttribute('aria-sort', 'descending');
        expect(await texts()).toEqual(sorted(every).reverse().slice(0, shown.length));
      });
    }
  }
}

test('parameters sort by the exact count, not the printed label', async ({ page }) => {
  await page.goto(gpt('en', '?sort=params'));
  const ids = clean(await visibleIds(page));
  // gpt2-en is printed 117M but has 124,439,808 parameters: it sorts after uer (103M) and with DialoGPT-small.
  expect(ids.indexOf('gpt2-en')).toBeGreaterThan(ids.indexOf('junnyu/uer-gpt2-chinese-poem'));
  expect(ids.indexOf('gpt2-en')).toBeGreaterThan(ids.indexOf('gpt-cpm-small-cn-distill'));
});

test('filters and the id filter combine, the count is announced and the URL keeps the view', async ({
  page,
}) => {
  await page.goto(gpt('en'));
  const total = weights.length;
  const controls = page.getByRole('group', { name: 'Filter and compare the weights' });
  await controls.getByLabel('Provided by').selectOption('community');
  await expect(page.getByRole('status').filter({ hasText: 'Showing' })).toHaveText(
    `Showing ${count((w) => w.facts.provider === 'community')} of ${total} weights: all that match`,
  );
  await controls.getByLabel('Training language').selectOption('en');
  await controls.getByLabel('Id contains').fill('dialo');
  const dialo = (w: (typeof weights)[number]) =>
    w.facts.provider === 'community' && w.facts.language === 'en' && /dialo/i.test(w.id);
  await expect(page.getByRole('status').filter({ hasText: 'Showing' })).toHaveText(
    `Showing ${count(dialo)} of ${total} weights: all that match`,
  );
  const expected = weights.filter(dialo).map((w) => w.id);
  expect(clean(await visibleIds(page)).sort()).toEqual([...expected].sort());
  await page.getByRole('columnheader', { name: 'Parameters' }).getByRole('button').click();
  await page.getByRole('columnheader', { name: 'Parameters' }).getByRole('button').click();
  await expect(page).toHaveURL(/\?language=en&provider=community&q=dialo&sort=-params$/);

  // The URL alone reproduces the view.
  await page.goto(page.url());
  await expect(controls.getByLabel('Id contains')).toHaveValue('dialo');
  await expect(page.getByRole('columnheader', { name: 'Parameters' })).toHaveAttribute(
    'aria-sort',
    'descending',
  );
  const params = columns.find((c) => c.key === 'params')!;
  const shown = clean(await visibleIds(page)).map((id) =>
    params.value(weights.find((w) => w.id === id)!),
  );
  expect(shown).toHaveLength(expected.length);
  expect(shown).toEqual([...shown].sort(byValue(true)));

  await controls.getByRole('button', { name: 'Clear filters' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Showing' })).toHaveText(
    `Showing ${total} of ${total} weights`,
  );
});

// A filter is offered only where a choice in it narrows the table (facetOptions). Tasks are a
// family's: on its page every weight has them all, so a task filter there showed the same table
// whatever was chosen.
const gptTasks = families.get('gpt')?.zoo?.tasks ?? [];
for (const locale of ['en', 'zh-cn'] as const) {
  test(`${locale}: a family's table offers no task filter; the home's, of several families, does`, async ({
    page,
  }) => {
    const t = useTranslations(locale);
    // GPT supports several tasks, so a filter listing them would have something to list.
    expect(gptTasks.length).toBeGreaterThan(1);
    const controls = page.getByRole('group', { name: t('table.controls') });
    await page.goto(gpt(locale));
    await expect(controls.getByLabel(t('table.filterId'))).toBeVisible();
    await expect(controls.getByLabel(t('table.filterTask'))).toHaveCount(0);
    // Each model line it offers shows that line's weights, fewer than all: not the family itself,
    // which every row is of.
    const lines = controls.getByLabel(t('table.filterSeries'));
    const offered = (
      await lines
        .locator('option')
        .evaluateAll((options) => options.map((o) => (o as HTMLOptionElement).value))
    ).filter(Boolean);
    expect(offered.length).toBeGreaterThan(1);
    expect(offered).not.toContain('gpt');
    for (const line of offered) {
      await lines.selectOption(line);
      const matching = count((w) => w.facts.series === line);
      expect(matching).toBeLessThan(weights.length);
      await expect(page.getByRole('status').filter({ hasText: String(weights.length) })).toHaveText(
        t('table.countFiltered', { matching, total: weights.length }),
      );
    }

    await page.goto(site(`${locale}/`));
    const task = controls.getByLabel(t('table.filterTask'));
    await expect(task).toBeVisible();
    // Its first task leaves out the families PaddleNLP lists without it.
    const first = await task.locator('option').nth(1).getAttribute('value');
    const supporting = all.filter((w) =>
      (families.get(w.facts.family)?.zoo?.tasks ?? []).includes(first as never),
    ).length;
    expect(supporting).toBeLessThan(all.length);
    await task.selectOption(first!);
    await expect(page.getByRole('status').filter({ hasText: String(all.length) })).toHaveText(
      supporting > TABLE_PAGE_SIZE
        ? t('table.countMatching', {
            shown: TABLE_PAGE_SIZE,
            matching: supporting,
            total: all.length,
          })
        : t('table.countFiltered', { matching: supporting, total: all.length }),
    );
  });
}

// Some of PaddleNLP's families list one weight.
const singles = [...familiesOf(all)].filter(([, members]) => members.length === 1);
test(`a family of one weight (${singles[0]?.[0]}, one of ${singles.length}) offers no filter, and counts it as one`, async ({
  page,
}) => {
  expect(singles.length).toBeGreaterThan(0);
  const [family, [weight]] = singles[0]!;
  for (const locale of ['en', 'zh-cn'] as const) {
    const t = useTranslations(locale);
    await page.goto(site(`${locale}/families/${family}/`));
    const controls = page.getByRole('group', { name: t('table.controls') });
    const status = controls.getByRole('status');
    await expect(status).toHaveText(t('table.countOne', { shown: 1, total: 1 }));
    await expect(controls.getByRole('combobox')).toHaveCount(0);
    await expect(controls.getByRole('textbox')).toHaveCount(0);
    await expect(controls.getByRole('button', { name: t('table.clear') })).toBeHidden();
    // It can still be chosen to compare with a weight of another table.
    await expect(
      page.getByRole('checkbox', { name: t('table.compareThis', { id: weight!.id }) }),
    ).toBeVisible();
  }
  // A linked filter can still leave the table empty: the empty row offers the way out.
  const t = useTranslations('en');
  await page.goto(site(`en/families/${family}/?q=no-such-weight`));
  await expect(page.getByRole('status')).toHaveText(t('table.countOne', { shown: 0, total: 1 }));
  await page
    .getByRole('cell', { name: t('table.empty') })
    .getByRole('button', { name: t('table.clear') })
    .click();
  await expect(page.getByRole('rowheader')).toHaveText(weight!.id);
  await expect(page).toHaveURL(new RegExp(`/families/${escapeRegExp(family)}/$`));
});

// A family's table is not paged: past the first rows, a button adds more and says how many.
const [largest, largestWeights] = [...familiesOf(all)].reduce((a, b) =>
  b[1].length > a[1].length ? b : a,
);
for (const locale of ['en', 'zh-cn'] as const) {
  test(`${locale}: the largest family's table (${largest}) offers to show the rest of its rows, saying how many`, async ({
    page,
  }) => {
    const t = useTranslations(locale);
    expect(largestWeights.length).toBeGreaterThan(TABLE_PAGE_SIZE);
    await page.goto(site(`${locale}/families/${largest}/`));
    const rows = page.locator('tbody tr');
    await expect(rows).toHaveCount(TABLE_PAGE_SIZE);
    const rest = largestWeights.length - TABLE_PAGE_SIZE;
    const more = page.locator('.table-show-more');
    await expect(more).toHaveText(t('table.showMore', { count: Math.min(TABLE_PAGE_SIZE, rest) }));
    await more.click();
    await expect(rows).toHaveCount(Math.min(largestWeights.length, 2 * TABLE_PAGE_SIZE));
    if (rest <= TABLE_PAGE_SIZE) await expect(more).toBeHidden();
  });
}

// A page of the home's paged table, or a sort, is not a filter: the count says so (a review build
// said "Showing 100 of 552 weights: all that match" on the home page).
test('the home says how many of all its weights it shows, paged or sorted', async ({ page }) => {
  const t = useTranslations('en');
  const expected = t('table.count', {
    shown: Math.min(TABLE_PAGE_SIZE, all.length),
    total: all.length,
  });
  await page.goto(site('en/'));
  const status = page.getByRole('status').filter({ hasText: 'Showing' });
  await expect(status).toHaveText(expected);
  await page.getByRole('columnheader', { name: 'Parameters' }).getByRole('button').click();
  await expect(page).toHaveURL(/\?sort=params/);
  await expect(status).toHaveText(expected);
});

test(
  'the documented link form opens that view, in Chinese too',
  { tag: '@urls' },
  async ({ page }) => {
    // Published before the zoo, when `family` named a model line: it still filters by one.
    // The home's table is paged: a filter waits for all its rows to load, so these poll.
    await page.goto(site('zh-cn/?language=zh&family=uer-gpt2&provider=community&sort=-params'));
    await expect
      .poll(async () => clean(await visibleIds(page)))
      .toEqual(['junnyu/uer-gpt2-chinese-poem']);
    // The model line is not one of the families the select lists: it shows it as written.
    const family = page.getByRole('group').getByLabel('模型系列');
    await expect(family).toHaveValue('uer-gpt2');
    await expect(family.locator('option:checked')).toHaveText('uer-gpt2');
    await expect(page.getByRole('status').filter({ hasText: '显示' })).toHaveText(
      `显示 1 / ${all.length} 个权重：符合筛选条件的全部权重`,
    );
    await page.goto(site('zh-cn/?language=zh&family=gpt2&provider=community&q=dialo&sort=-params'));
    // The table says why it is empty once the filter has run: then no weight is left.
    await expect(page.getByRole('cell', { name: /^没有符合这些筛选条件的权重。/ })).toBeVisible();
    expect(await visibleIds(page)).toEqual([]);
    // Not "all that match": none does, as the row says.
    await expect(page.getByRole('status').filter({ hasText: '显示' })).toHaveText(
      `显示 0 / ${all.length} 个权重`,
    );
  },
);

test.describe('with JavaScript off', () => {
  test.use({ javaScriptEnabled: false });
  test('the whole table shows in its default order and every link works', async ({ page }) => {
    await page.goto(gpt('en', '?provider=community&sort=-params'));
    await expect(page.getByRole('group', { name: 'Filter and compare the weights' })).toBeHidden();
    const ids = clean(await visibleIds(page));
    expect(ids).toHaveLength(weights.length);
    expect(ids[0]).toBe('gpt-cpm-small-cn-distill');
    await page
      .getByRole('link', { name: 'junnyu/uer-gpt2-chinese-poem', exact: true })
      .first()
      .click();
    await expect(page).toHaveURL(urlOf('en/weights/junnyu/uer-gpt2-chinese-poem/'));
  });
});

test(
  'weights ticked in the table open side by side, differences marked',
  { tag: '@urls' },
  async ({ page }) => {
    await page.goto(gpt('en'));
    const compare = page.getByRole('link', { name: /Compare selected/ });
    await expect(compare).toHaveAttribute('aria-disabled', 'true');
    // Not drawn as a link while disabled, and disabled for the keyboard too: Enter goes nowhere.
    const underline = () => compare.evaluate((a) => getComputedStyle(a).textDecorationLine);
    expect(await underline()).toBe('none');
    // (A listener after the page's own sees whether it stopped the link.)
    await compare.evaluate((link) =>
      link.addEventListener('click', (event) => {
        link.dataset['prevented'] = String(event.defaultPrevented);
      }),
    );
    await compare.focus();
    await page.keyboard.press('Enter');
    await expect(compare).toHaveAttribute('data-prevented', 'true');
    await expect(page).toHaveURL(urlOf('en/families/gpt/'));
    await page.getByRole('checkbox', { name: 'Compare gpt2-en' }).check();
    await page.getByRole('checkbox', { name: 'Compare junnyu/distilgpt2' }).check();
    await expect(compare).toHaveText('Compare selected (2)');
    await expect(compare).toHaveAttribute('aria-disabled', 'false');
    expect(await underline()).toBe('underline');
    await compare.click();
    await expect(page).toHaveURL(/\/en\/compare\/\?ids=gpt2-en,junnyu%2Fdistilgpt2$/);

    const table = page.getByRole('table', { name: /Comparing gpt2-en, junnyu\/distilgpt2/ });
    await expect(table.getByRole('columnheader')).toHaveText([
      'Fact',
      'gpt2-en',
      'junnyu/distilgpt2',
    ]);
    const row = (name: string) =>
      table.getByRole('row').filter({ has: page.getByRole('rowheader', { name }) });
    await expect(row('Layers')).toHaveAttribute('data-differs', '');
    await expect(row('Layers').getByRole('cell')).toHaveText(['12', '6']);
    await expect(row('Layers').getByRole('rowheader')).toContainText('differs');
    await expect(row('Hidden size')).not.toHaveAttribute('data-differs');
    await expect(row('Hidden size').getByRole('cell')).toHaveText(['768', '768']);
  },
);

/*
 * The choice to compare belongs to the tab, not the page (sessionStorage): the table has more than
 * one page, a family's page has the same column, and a reader goes back and forth.
 */
test('weights ticked on two pages of the table are compared together, and stay ticked on return', async ({
  page,
}) => {
  expect(all.length).toBeGreaterThan(TABLE_PAGE_SIZE);
  const compare = page.getByRole('link', { name: /Compare selected/ });
  const firstBox = page.getByRole('checkbox', { name: /^Compare / }).first();
  const idOf = async () => (await firstBox.getAttribute('aria-label'))!.replace(/^Compare /, '');

  await page.goto(site('en/'));
  const onFirst = await idOf();
  await firstBox.check();
  await expect(compare).toHaveText('Compare selected (1)');
  await page
    .getByRole('navigation', { name: 'Pages of the table' })
    .getByRole('link', { name: /2/ })
    .first()
    .click();
  await expect(page).toHaveURL(urlOf('en/page/2/'));
  // Chosen on the first page, counted on the second.
  await expect(compare).toHaveText('Compare selected (1)');
  const onSecond = await idOf();
  await firstBox.check();
  await expect(compare).toHaveText('Compare selected (2)');
  // Named, since one of them is not on this page.
  await expect(page.getByRole('button', { name: /^Remove / })).toHaveText([
    `${onFirst} ×`,
    `${onSecond} ×`,
  ]);
  await compare.click();
  await expect(page).toHaveURL(
    new RegExp(
      `/en/compare/\\?ids=${escapeRegExp([onFirst, onSecond].map(encodeURIComponent).join(','))}$`,
    ),
  );
  await expect(page.getByRole('table').getByRole('columnheader')).toHaveText([
    'Fact',
    onFirst,
    onSecond,
  ]);

  // Back on each page, its box is still ticked; untick one, and the other page knows. (By
  // address, not goBack: the reused context's history reaches the last test's pages.)
  await page.goto(site('en/page/2/'));
  await expect(firstBox).toBeChecked();
  await firstBox.uncheck();
  await page.goto(site('en/'));
  await expect(firstBox).toBeChecked();
  await expect(compare).toHaveText('Compare selected (1)');
  // On a family's page too, and in the other language, where the choice can be cleared.
  await page.goto(site('zh-cn/families/gpt/'));
  const zhCompare = page.getByRole('link', { name: /比较所选/ });
  await expect(zhCompare).toHaveText('比较所选（1）');
  await expect(page.getByRole('button', { name: /^移除 / })).toHaveText([`${onFirst} ×`]);
  await page.getByRole('button', { name: '清除所选' }).click();
  await expect(zhCompare).toHaveText('比较所选（0）');
  await expect(page.getByText('已选：无。', { exact: true })).toBeVisible();
  await expect(page.getByRole('button', { name: '清除所选' })).toBeHidden();
  await expect(zhCompare).toBeFocused();
  await page.goto(site('en/'));
  await expect(firstBox).not.toBeChecked();
  await expect(compare).toHaveText('Compare selected (0)');
});

/*
 * The compare bar names each weight chosen with a button that removes it: the one way to unchoose
 * a weight whose box is on no page at hand, as when the most that can be compared, chosen on the
 * table's first page, leave every box of its second disabled, or an id has left the catalog since.
 */
test('a weight chosen on another page, or gone from the catalog, is removed from the compare bar', async ({
  page,
}) => {
  const compare = page.getByRole('link', { name: /Compare selected/ });
  const boxes = (disabled: boolean) => page.getByRole('checkbox', { name: /^Compare /, disabled });
  const removeButton = (id: string) =>
    page.getByRole('button', { name: `Remove ${id}`, exact: true });
  await page.goto(site('en/'));
  const firstRows = clean(await visibleIds(page)).slice(0, MAX_COMPARE);
  for (const id of firstRows) {
    await page.getByRole('checkbox', { name: `Compare ${id}`, exact: true }).check();
  }
  await page.goto(site('en/page/2/'));
  await expect(compare).toHaveText(`Compare selected (${MAX_COMPARE})`);
  // Every box here is disabled: no more can be chosen, and none of the chosen is here.
  await expect(boxes(false)).toHaveCount(0);
  await expect(boxes(true)).toHaveCount(Math.min(TABLE_PAGE_SIZE, all.length - TABLE_PAGE_SIZE));
  await removeButton(firstRows[1]!).click();
  await expect(compare).toHaveText(`Compare selected (${MAX_COMPARE - 1})`);
  await expect(boxes(true)).toHaveCount(0);
  // Focus moves to the next id's button, and the keyboard removes that one too.
  await expect(removeButton(firstRows[2]!)).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(compare).toHaveText(`Compare selected (${MAX_COMPARE - 2})`);
  await expect(page.getByRole('button', { name: /^Remove / })).toHaveText(
    [firstRows[0]!, ...firstRows.slice(3)].map((id) => `${id} ×`),
  );
  // The first page knows.
  await page.goto(site('en/'));
  for (const [i, id] of firstRows.entries()) {
    const box = page.getByRole('checkbox', { name: `Compare ${id}`, exact: true });
    if (i === 1 || i === 2) await expect(box).not.toBeChecked();
    else await expect(box).toBeChecked();
  }

  // An id kept from before a redeploy that dropped it is named, and removed the same way.
  const gone = 'no-longer-a-weight';
  expect(all.some((w) => w.id === gone || w.facts.aliases.includes(gone))).toBe(false);
  await page.evaluate(
    ([key, ids]) => sessionStorage.setItem(key!, ids!),
    [`compare:${basePath}`, [firstRows[0], gone].join(',')],
  );
  await page.reload();
  await expect(compare).toHaveText('Compare selected (2)');
  await removeButton(gone).click();
  await expect(compare).toHaveText('Compare selected (1)');
  // It was the last id: focus goes to the one before it.
  await expect(removeButton(firstRows[0]!)).toBeFocused();
  // The last button gone, focus goes to the compare link.
  await removeButton(firstRows[0]!).click();
  await expect(compare).toHaveText('Compare selected (0)');
  await expect(compare).toBeFocused();
  expect(await page.evaluate((key) => sessionStorage.getItem(key), `compare:${basePath}`)).toBe(
    null,
  );
});

// With the most chosen, the rows a filter loads from table.json come with their boxes disabled,
// as the page's own rows are: a fifth could be ticked there, and the compare link then refused.
test('with the most chosen, rows loaded for a filter cannot be ticked either', async ({ page }) => {
  await page.goto(site('en/page/2/'));
  const elsewhere = clean(await visibleIds(page))[0]!;
  await page.goto(site('en/'));
  for (const id of clean(await visibleIds(page)).slice(0, MAX_COMPARE)) {
    await page.getByRole('checkbox', { name: `Compare ${id}`, exact: true }).check();
  }
  await page.getByLabel('Id contains').fill(elsewhere);
  const box = page.getByRole('checkbox', { name: `Compare ${elsewhere}`, exact: true });
  await expect(box).toBeDisabled();
  // One removed, it can.
  await page
    .getByRole('button', { name: /^Remove / })
    .first()
    .click();
  await expect(box).toBeEnabled();
  await box.check();
  await expect(page.getByRole('link', { name: /Compare selected/ })).toHaveText(
    `Compare selected (${MAX_COMPARE})`,
  );
});

// Choosing does not move the table: the compare bar keeps a line for the choice from the first
// paint. At the most that can be compared, the other boxes look disabled.
for (const locale of ['en', 'zh-cn'] as const) {
  test(`${locale}: on a desktop, choosing to compare does not move the table; at the most, the other boxes look disabled`, async ({
    page,
  }) => {
    const t = useTranslations(locale);
    await page.setViewportSize({ width: 1280, height: 800 });
    await page.goto(site(`${locale}/`));
    const caption = page.locator('table.summary caption');
    // Where it is on the page, not on the screen: the browser scrolls to keep what is in view
    // in place (scroll anchoring), which would hide a shift of the page above the pointer.
    const top = () => caption.evaluate((el) => el.getBoundingClientRect().top + scrollY);
    const before = await top();
    const hint = page.getByText(t('table.compareHint'), { exact: true });
    await expect(hint).toBeVisible();
    await expect(page.getByText(t('table.chosenNone'), { exact: true })).toBeVisible();
    const ids = clean(await visibleIds(page)).slice(0, MAX_COMPARE);
    for (const id of ids) {
      await page.getByRole('checkbox', { name: t('table.compareThis', { id }) }).check();
      expect(await top(), `after ${id}`).toBeCloseTo(before, 0);
    }
    const other = page.getByRole('checkbox', { name: t('table.compareThis', { id: '' }) }).last();
    await expect(other).toBeDisabled();
    expect(Number(await other.evaluate((box) => getComputedStyle(box).opacity))).toBeLessThan(0.5);
    // One removed, another may be chosen.
    await page.getByRole('button', { name: t('table.unchoose', { id: ids[0]! }) }).click();
    await expect(other).toBeEnabled();
    expect(await top()).toBeCloseTo(before, 0);
  });
}

// Each note's text stays inside its cell's content box, wrapping if it must: on a desktop the English "Hidden
// size" column is narrower than "docs: 768", and a figure's cell does not wrap (tables.css).
test('on a desktop, every page-vs-code note stays inside its cell', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  const familyIds = [...new Set(inTable.map(({ weight }) => weight.facts.family))];
  for (const locale of ['en', 'zh-cn'] as const) {
    for (const family of familyIds) {
      await page.goto(site(`${locale}/families/${family}/`));
      const notes = page.locator('table.summary .cell-note');
      await expect(notes.first()).toBeVisible();
      const spills = await notes.evaluateAll((all) =>
        all.map((note) => {
          const text = document.createRange();
          text.selectNodeContents(note);
          const box = text.getBoundingClientRect();
          // The cell's content box: into its padding is up to the next column's figures.
          const td = note.closest('td')!;
          const cell = td.getBoundingClientRect();
          const { paddingLeft, paddingRight } = getComputedStyle(td);
          return Math.max(
            cell.left + parseFloat(paddingLeft) - box.left,
            box.right - (cell.right - parseFloat(paddingRight)),
          );
        }),
      );
      for (const spill of spills) expect(spill, `${locale} ${family}`).toBeLessThanOrEqual(0.5);
    }
  }
});

/*
 * A page the browser keeps for Back (its back/forward cache) is shown again as it was left; when
 * it is, it takes the choice made on the tab's pages since. Playwright's Chromium keeps no page,
 * so the test sends the event such a page gets, after the choice changed as another page would
 * change it.
 */
test('a page shown again from the browser’s cache shows the choice made since', async ({
  page,
}) => {
  await page.goto(gpt('en'));
  const [a, b] = weights.map((w) => w.id);
  const box = (id: string) => page.getByRole('checkbox', { name: `Compare ${id}`, exact: true });
  await box(a!).check();
  await page.evaluate(
    ([key, id]) => {
      sessionStorage.setItem(key!, id!);
      dispatchEvent(new PageTransitionEvent('pageshow', { persisted: true }));
    },
    [`compare:${basePath}`, b],
  );
  await expect(box(a!)).not.toBeChecked();
  await expect(box(b!)).toBeChecked();
  await expect(page.getByRole('link', { name: /Compare selected/ })).toHaveText(
    'Compare selected (1)',
  );
});

test('where the browser refuses storage, the choice lasts as long as the page', async ({
  browser,
}) => {
  const refusing = await browser.newContext();
  await refusing.addInitScript(() =>
    Object.defineProperty(window, 'sessionStorage', {
      get: () => {
        throw new DOMException('Storage is refused', 'SecurityError');
      },
    }),
  );
  const page = await refusing.newPage();
  await page.goto(gpt('en'));
  const [a, b] = weights.map((w) => w.id);
  await page.getByRole('checkbox', { name: `Compare ${a}`, exact: true }).check();
  await page.getByRole('checkbox', { name: `Compare ${b}`, exact: true }).check();
  const compare = page.getByRole('link', { name: /Compare selected/ });
  await expect(compare).toHaveText('Compare selected (2)');
  await page.evaluate(() =>
    dispatchEvent(new PageTransitionEvent('pageshow', { persisted: true })),
  );
  await expect(compare).toHaveText('Compare selected (2)');
  await compare.click();
  await expect(page).toHaveURL(
    new RegExp(`/en/compare/\\?ids=${escapeRegExp([a!, b!].map(encodeURIComponent).join(','))}$`),
  );
  await refusing.close();
});

/*
 * Where PaddleNLP's page and code disagree on a figure the table shows, its cell says both: the
 * code's, and under it the page's. Rendered with the page (the family's table) and made from
 * table.json (the home table filtered, on a page of the table that does not hold the row).
 */
const tableColumns = { layers: 'layers', hiddenSize: 'hidden', heads: 'heads' } as const;
const inTable = all.flatMap((w) =>
  (w.facts.disagreements ?? []).flatMap((d) =>
    d.field in tableColumns ? [{ weight: w, conflict: d }] : [],
  ),
);
test('the sample has a figure that PaddleNLP’s page and code disagree on', () =>
  expect(inTable.length).toBeGreaterThan(0));
for (const locale of ['en', 'zh-cn'] as const) {
  test(`${locale}: a figure whose page and code disagree shows both in its table cell`, async ({
    page,
    request,
  }) => {
    const t = useTranslations(locale);
    const { weight, conflict } = inTable[0]!;
    const column = tableColumns[conflict.field as keyof typeof tableColumns];
    const headers = await page.goto(site(`${locale}/families/${weight.facts.family}/`));
    expect(headers?.ok()).toBe(true);
    const cellOf = async () => {
      const table = page.locator('table.summary');
      const index = await table
        .locator('thead th')
        .evaluateAll((ths, key) => ths.findIndex((th) => th.dataset['sortKey'] === key), column);
      expect(index).toBeGreaterThan(0);
      const row = table
        .getByRole('row')
        .filter({ has: page.getByRole('rowheader', { name: weight.id, exact: true }) });
      // The row header is the first cell; the others are cells.
      return row.getByRole('cell').nth(index - 1);
    };
    const expected = `${formatInteger(conflict.config, locale)}${t('table.pageSays', {
      value: formatInteger(conflict.page, locale),
    })}`;
    await expect(await cellOf()).toHaveText(expected);
    // From table.json, on a page of the table without the row.
    const rows = (await (await request.get(site(`${locale}/table.json`))).json()) as {
      id: string;
    }[];
    const index = rows.findIndex((r) => r.id === weight.id);
    const elsewhere = index < TABLE_PAGE_SIZE ? `${locale}/page/2/` : `${locale}/`;
    await page.goto(site(`${elsewhere}?q=${encodeURIComponent(weight.id)}`));
    await expect(await cellOf()).toHaveText(expected);
  });
}

// A hand-verified weight, an imported one whose page and code disagree, and one whose family
// explains a fact (factNotes), compared in each language.
const { ids: comparedIds, disagreeing, explained } = compareSample(all, families);

for (const locale of ['en', 'zh-cn'] as const) {
  test(`${locale}: the compare page words each fact as the weight page does, notes and all`, async ({
    page,
  }) => {
    const t = useTranslations(locale);
    await page.goto(site(`${locale}/compare/?ids=${comparedIds.join(',')}`));
    const table = page.getByRole('table');
    await expect(table.getByRole('columnheader')).toHaveText([t('compare.fact'), ...comparedIds]);
    // A row's header is the fact's name, then "≠ differs" where the weights differ.
    const differs = `≠ ${t('compare.differs')}`;
    const facts = (
      [
        'fact.parametersExact',
        'fact.contextLength',
        'fact.layers',
        'fact.hiddenSize',
        'fact.heads',
        'fact.license',
      ] as const
    ).map((key) => t(key));
    const compared = new Map<string, string[]>();
    for (const fact of facts) {
      const row = table.getByRole('row').filter({
        has: page.getByRole('rowheader', { name: new RegExp(`^${fact}( ${differs})?$`) }),
      });
      compared.set(fact, await row.getByRole('cell').allInnerTexts());
    }
    // Each weight's page shows the same words for the same fact, notes included.
    for (const [i, id] of comparedIds.entries()) {
      await page.goto(site(`${locale}/weights/${id}/`));
      for (const fact of facts) {
        const onPage = page
          .getByRole('row')
          .filter({ has: page.getByRole('rowheader', { name: fact, exact: true }) })
          .getByRole('cell');
        expect(compared.get(fact)![i], `${fact} of ${id}`).toBe(await onPage.innerText());
      }
    }
    // The disagreement is named in its compared cell, and the family's note in its own.
    const conflict = disagreeing.facts.disagreements![0]!;
    if (conflict.field !== 'parameters' && conflict.field !== 'embeddingSize') {
      expect(compared.get(t(`fact.${conflict.field}`))![1]).toContain(
        t('fact.disagreement', {
          page: conflict.page.toLocaleString('en'),
          config: conflict.config.toLocaleString('en'),
          file: conflict.configFile,
        }),
      );
    }
    const notes = explained && families.get(explained.facts.family)!.factNotes!;
    for (const [fact, note] of Object.entries(notes || {})) {
      const label = t(`fact.${fact as keyof NonNullable<typeof notes>}`);
      if (compared.has(label)) expect(compared.get(label)![2]).toContain(note[locale]);
    }
  });
}

test('at most four weights can be ticked', async ({ page }) => {
  await page.goto(site('zh-cn/'));
  const boxes = page.getByRole('checkbox');
  for (let i = 0; i < 4; i++) await boxes.nth(i).check();
  await expect(boxes.nth(4)).toBeDisabled();
  await expect(page.getByRole('link', { name: /比较所选/ })).toHaveText('比较所选（4）');
});

test(
  'the compare page accepts aliases and other cases, in Chinese',
  { tag: '@urls' },
  async ({ page }) => {
    await page.goto(site('zh-cn/compare/?ids=microsoft/DialoGPT-small,GPT2-EN'));
    const table = page.getByRole('table');
    await expect(table.getByRole('columnheader')).toHaveText([
      '项目',
      'junnyu/microsoft-DialoGPT-small',
      'gpt2-en',
    ]);
    await expect(table.getByRole('row').filter({ hasText: '层数' })).not.toHaveAttribute(
      'data-differs',
    );
  },
);

test('the compare page says so when it cannot load the weight ids', async ({ page }) => {
  // The lookup of ids and aliases is fetched, not carried by the page (it grows with the catalog).
  await page.route('**/weight-lookup.json', (route) => route.abort());
  await page.goto(site('en/compare/?ids=gpt2-en,distilgpt2'));
  await expect(page.getByRole('alert')).toHaveText(
    'The weights could not be loaded. Try again, or use the summary table.',
  );
  await expect(page.getByRole('table')).toHaveCount(0);
});

test(
  'the compare page compares the weights that exist and names the id that does not',
  { tag: '@urls' },
  async ({ page }) => {
    await page.goto(site('en/compare/?ids=gpt2-en,gpt9-en,junnyu/distilgpt2'));
    await expect(page.getByRole('alert')).toHaveText(
      /^No weight in the catalog has the id “gpt9-en”; it is left out\./,
    );
    await expect(page.getByRole('table').getByRole('columnheader')).toHaveText([
      'Fact',
      'gpt2-en',
      'junnyu/distilgpt2',
    ]);
  },
);

for (const locale of ['en', 'zh-cn'] as const) {
  test(`${locale}: compare, drawn in the browser, names a multilingual weight's language as the build does`, async ({
    page,
  }) => {
    // `mul`: a tag Chromium's own ICU data has no name for (it answers "mul").
    const weight = all.find((w) => languageTags(w.facts.language).includes('mul'));
    expect(weight, 'a weight trained on several languages (mul)').toBeDefined();
    const expected = languageName(weight!.facts.language, locale);
    expect(expected).not.toBe('mul');
    await page.goto(site(`${locale}/compare/?ids=${encodeURIComponent(weight!.id)},gpt2-en`));
    const row = page
      .getByRole('table')
      .getByRole('row')
      .filter({
        has: page.getByRole('rowheader', { name: useTranslations(locale)('fact.language') }),
      });
    await expect(row.getByRole('cell').first()).toHaveText(expected);
  });
}

for (const [query, message] of [
  [
    '?ids=gpt2-en,gpt9-en',
    'No weight in the catalog has the id “gpt9-en”; it is left out. Check the link. Choose 2 to 4 different weights to compare; this link names 1. Tick them in the summary table.',
  ],
  [
    '?ids=gpt2-en',
    'Choose 2 to 4 different weights to compare; this link names 1. Tick them in the summary table.',
  ],
  ['', 'Choose 2 to 4 weights to compare them side by side. Tick them in the summary table.'],
  ['?ids=gpt2-en,gpt2-medium-en,gpt2-large-en,gpt2-xl-en,junnyu/distilgpt2', 'this link names 5'],
] as const) {
  test(`the compare page explains a bad link (${query || 'no ids'})`, async ({ page }) => {
    await page.goto(site(`en/compare/${query}`));
    await expect(page.getByRole('alert')).toContainText(message);
    await expect(page.getByRole('table')).toHaveCount(0);
    await expect(page.getByRole('link', { name: 'Back to all weights' })).toBeVisible();
  });
}

test('zh-cn: the compare page with a bad link says what is wrong and where to choose, sentence after sentence', async ({
  page,
}) => {
  await page.goto(site('zh-cn/compare/'));
  // Without ids: how many to choose, not "this link names 0".
  await expect(page.getByRole('alert')).toHaveText(
    '请选择 2\u00a0至 4\u00a0个权重进行并排比较。请在汇总表中勾选。',
  );
  // No space after a Chinese full stop between the sentences (there was one), nor inside the
  // quotes around an id, which are Chinese punctuation.
  await page.goto(site('zh-cn/compare/?ids=gpt2-en,gpt9-en'));
  await expect(page.getByRole('alert')).toHaveText(
    '目录中没有名称为“gpt9-en”的权重，已略去。请检查链接。请选择 2\u00a0至 4\u00a0个不同的权重进行比较；此链接包含 1\u00a0个。请在汇总表中勾选。',
  );
  await page.getByRole('link', { name: '返回全部权重' }).click();
  await expect(page).toHaveURL(urlOf('zh-cn/#weights'));
});

for (const locale of ['en', 'zh-cn'] as const) {
  test(`${locale}: the chart lists every sized weight as a link with its figure, longer bars for more parameters`, async ({
    page,
  }) => {
    await page.goto(gpt(locale));
    // Every weight of the family whose size a source states.
    const sized = weights.filter((w) => parameterValue(w.facts.parameters) !== null);
    // Grouped by model line, which its title says where there is more than one.
    const lines = new Set(sized.map((w) => w.facts.series ?? w.facts.family)).size;
    const figure = page.getByRole('figure', {
      name: useTranslations(locale)(lines > 1 ? 'chart.titleLines' : 'chart.title'),
      exact: true,
    });
    await expect(figure.getByRole('link')).toHaveCount(sized.length);
    const row = (id: string) =>
      figure.getByRole('link', {
        name: new RegExp(`^${escapeRegExp(id)} `),
      });
    for (const weight of sized) {
      await expect(row(weight.id)).toHaveAttribute('href', site(`${locale}/weights/${weight.id}/`));
      // The figure is printed beside its bar, as the site formats it everywhere.
      await expect(row(weight.id)).toContainText(
        formatParameterCount(parameterValue(weight.facts.parameters)!, locale),
      );
    }
    // Each family's bars are a list named after the family, and every bar is in one.
    const lists = figure.getByRole('list');
    for (const list of await lists.all()) await expect(list).toHaveAccessibleName(/\S/);
    await expect(lists.getByRole('listitem')).toHaveCount(sized.length);
    // Longer bars for more parameters: the log scale keeps the order.
    const width = async (id: string) => (await row(id).locator('.bar').boundingBox())!.width;
    expect(await width('gpt2-xl-en')).toBeGreaterThan(await width('gpt2-large-en'));
    expect(await width('gpt-cpm-large-cn')).toBeGreaterThan(await width('gpt2-xl-en'));
  });
}

// A family of one model line charts one group, and its chart's title does not speak of groups.
const oneLine = [...familiesOf(all)].find(
  ([, members]) =>
    members.filter((w) => parameterValue(w.facts.parameters) !== null).length > 1 &&
    members.every((w) => w.facts.series === undefined),
)!;
test(`the chart of a family of one model line (${oneLine[0]}) is titled without groups`, async ({
  page,
}) => {
  for (const locale of ['en', 'zh-cn'] as const) {
    const t = useTranslations(locale);
    await page.goto(site(`${locale}/families/${oneLine[0]}/`));
    await expect(page.getByRole('figure', { name: t('chart.title'), exact: true })).toBeVisible();
    await expect(page.getByRole('figure').getByRole('list')).toHaveCount(1);
  }
});

test('zh-cn: PaddleNLP’s English note in the details column is marked as English, as the server and the script render it', async ({
  page,
  browser,
}) => {
  const t = useTranslations('zh-cn');
  const quoted = all.find((w) => w.prose['zh-cn'].detailsLang !== undefined);
  const plain = all.find((w) => w.prose['zh-cn'].detailsLang === undefined);
  expect(quoted, 'an imported weight whose details are PaddleNLP’s note').toBeDefined();
  expect(plain, 'a weight whose Chinese details are Chinese').toBeDefined();
  const detailsOf = (p: Page, id: string) =>
    p
      .getByRole('row')
      .filter({ has: p.getByRole('rowheader', { name: id, exact: true }) })
      .getByRole('cell')
      .filter({ hasText: all.find((w) => w.id === id)!.prose['zh-cn'].details });
  const familyPage = site(`zh-cn/families/${quoted!.facts.family}/`);
  // Rendered on the server: without scripts the family's page lists every row.
  const noScript = await browser.newContext({ javaScriptEnabled: false });
  const served = await noScript.newPage();
  await served.goto(familyPage);
  await expect(detailsOf(served, quoted!.id)).toHaveAttribute('lang', 'en');
  await noScript.close();
  // Rendered by the table script: the id filter redraws the rows.
  await page.goto(site('zh-cn/'));
  const controls = page.getByRole('group', { name: t('table.controls') });
  await controls.getByLabel(t('table.filterId')).fill(quoted!.id);
  await expect(detailsOf(page, quoted!.id)).toHaveAttribute('lang', 'en');
  // Chinese details keep the page's language.
  await controls.getByLabel(t('table.filterId')).fill(plain!.id);
  await expect(detailsOf(page, plain!.id)).toBeVisible();
  await expect(detailsOf(page, plain!.id)).not.toHaveAttribute('lang', /./);
});

for (const locale of ['en', 'zh-cn'] as const) {
  test(`${locale}: details that only say where to look link there, as the server and the script render them`, async ({
    page,
    browser,
  }) => {
    const t = useTranslations(locale);
    // The last in id order: on the home page, past the table's first page, so only the script
    // draws its row.
    const pointing = all
      .filter((w) => w.prose[locale].detailsUrl !== undefined)
      .sort((a, b) => a.id.localeCompare(b.id))
      .at(-1);
    expect(pointing, 'a weight whose page refers elsewhere for its details').toBeDefined();
    const { details, detailsUrl } = pointing!.prose[locale];
    const linkOf = (p: Page) =>
      p
        .getByRole('row')
        .filter({ has: p.getByRole('rowheader', { name: pointing!.id, exact: true }) })
        .getByRole('cell')
        .getByRole('link', { name: details, exact: true });
    // Rendered on the server: without scripts the family's page lists every row.
    const noScript = await browser.newContext({ javaScriptEnabled: false });
    const served = await noScript.newPage();
    await served.goto(site(`${locale}/families/${pointing!.facts.family}/`));
    await expect(linkOf(served)).toHaveAttribute('href', detailsUrl!);
    await noScript.close();
    // Rendered by the table script: the id filter redraws the rows.
    await page.goto(site(`${locale}/`));
    await expect(linkOf(page)).toHaveCount(0);
    const controls = page.getByRole('group', { name: t('table.controls') });
    await controls.getByLabel(t('table.filterId')).fill(pointing!.id);
    await expect(linkOf(page)).toHaveAttribute('href', detailsUrl!);
  });
}
