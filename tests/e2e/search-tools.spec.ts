/**
 * Issues #5 and #11: search facets, the keyboard (shortcuts, the combobox's arrow keys and Enter,
 * focus), what search finds beyond words (sizes, near ids, the other language) and lazy loading.
 */
import type { Route } from '@playwright/test';
import {
  escapeRegExp,
  expect,
  holdSearchBundle,
  openSearch,
  resultFor,
  resultIds,
  searchLocators,
  site,
  test,
  urlOf,
} from './fixtures.ts';
import { loadFamilies, loadSeries, loadWeights } from '../helpers/content.ts';
import { useTranslations } from '../../src/i18n/index.ts';
import { TABLE_PAGE_SIZE } from '../../src/lib/pagination.ts';
import { taskName, type ZooTask } from '../../src/schemas/tasks.ts';
import { isOfSize } from '../helpers/sizes.ts';
import { FAMILY_TYPE_AHEAD, familyRank, isDescribed } from '../../src/lib/search-ranking.ts';
import { weightPageSections } from '../../src/lib/facts.ts';
import { breakableNumberSpaces } from '../../src/lib/no-break.ts';
import { shows } from '../../src/lib/excerpt.ts';
import { mistypedId } from '../../src/lib/lookup.ts';
import { providers } from '../../src/schemas/weight.ts';
import { localeCodes as locales } from '../../src/i18n/locales.ts';

const weights = loadWeights();
const families = loadFamilies();
/** The weights whose family supports `task`: what a task's result offers, from the content. */
const supportingWeights = (task: ZooTask) =>
  weights.filter((w) => families.get(w.facts.family)?.zoo?.tasks?.includes(task));
const weightOf = (id: string | null) => weights.find((w) => w.id === id)!;

test('facets narrow the results, and every result has the facet’s value', async ({ page }) => {
  await page.goto(site('en/'));
  const { dialog, box, results, status } = await openSearch(page);
  await box.fill('gpt2');
  await expect(status).toHaveText(/^\d+ results for “gpt2”$/);
  const all = Number((await status.textContent())?.match(/\d+/)?.[0]);
  // All, and each provider the content has.
  await expect(dialog.getByLabel('Provided by').getByRole('option')).toHaveCount(
    new Set(weights.map((w) => w.facts.provider)).size + 1,
  );
  await dialog.getByLabel('Provided by').selectOption('Community conversion');
  await expect(status).not.toHaveText(`${all} results for “gpt2”`);
  // The narrowed count, not a status written while the search runs.
  await expect(status).toHaveText(/^\d+ results for “gpt2”$/);
  const narrowed = Number((await status.textContent())?.match(/\d+/)?.[0]);
  expect(narrowed).toBeGreaterThan(0);
  expect(narrowed).toBeLessThan(all);
  const community = await resultIds(results);
  for (const id of community) expect(weightOf(id).facts.provider).toBe('community');
  await dialog.getByLabel('Training language').selectOption('Chinese');
  // Once the new search is in (the poem model was listed before it too): every result answers
  // both facets.
  await expect
    .poll(async () =>
      (await resultIds(results)).every(
        (id) =>
          weightOf(id).facts.provider === 'community' &&
          [weightOf(id).facts.language].flat().includes('zh'),
      ),
    )
    .toBe(true);
  await expect(resultFor(results, 'junnyu/uer-gpt2-chinese-poem')).toBeVisible();
  // Family and task facets, from the family pages PaddleNLP lists the weights on.
  await dialog.getByLabel('Provided by').selectOption('');
  await dialog.getByLabel('Training language').selectOption('');
  // The family facet, not “Family’s task” (a label's text includes its options' here).
  await box.fill('chinese');
  await dialog.getByLabel(/^Family(?!’s)/).selectOption('BERT');
  await dialog.getByLabel('Family’s task').selectOption('Question answering');
  // Results answer the facets once the new search is in: every one a BERT weight.
  await expect
    .poll(async () => {
      const ids = await resultIds(results);
      return ids.length > 0 && ids.every((id) => weightOf(id)?.facts.family === 'bert');
    })
    .toBe(true);
});

// Relevance among hundreds of look-alike names (issue #12): an id or alias typed whole comes
// first; a family's name lists PaddleNLP's own weights of the family first.
for (const [query, id] of [
  ['distilgpt2', 'junnyu/distilgpt2'],
  ['microsoft/DialoGPT-medium', 'junnyu/microsoft-DialoGPT-medium'],
  ['bert-base-chinese', 'bert-base-chinese'],
  ['uer/gpt2-chinese-poem', 'junnyu/uer-gpt2-chinese-poem'],
] as const) {
  test(`the id or alias “${query}” typed whole lists ${id} first`, async ({ page }) => {
    await page.goto(site('en/'));
    const { box, results } = await openSearch(page);
    await box.fill(query);
    await expect.poll(async () => (await resultIds(results))[0]).toBe(id);
  });
}

// A family's or model line's name that is also the last segment of a community weight's id, and
// no id or alias itself (`gpt2`, of indonesian-nlp/gpt2): the reader named the model.
const lowerNames = new Set(
  weights.flatMap((w) => [w.id, ...w.facts.aliases]).map((n) => n.toLowerCase()),
);
const lines = [...families, ...loadSeries()].map(([slug, entry]) => ({ slug, name: entry.name }));
const segmentNames = lines.flatMap(({ slug, name }) =>
  [slug, name.toLowerCase()]
    .filter((n) => !lowerNames.has(n))
    .flatMap((n) =>
      weights
        .filter((w) => w.id.includes('/') && w.id.toLowerCase().endsWith(`/${n}`))
        .map((w) => ({ query: n, line: slug, segment: w.id })),
    ),
);
test('the zoo has a model name that is also the end of a community id', () =>
  expect(segmentNames.length).toBeGreaterThan(0));
for (const { query, line, segment } of segmentNames) {
  test(`“${query}” lists the ${line} line's own weights before ${segment}, which it still lists`, async ({
    page,
  }) => {
    await page.goto(site('en/'));
    const { box, results } = await openSearch(page);
    await box.fill(query);
    await expect.poll(async () => (await resultIds(results)).includes(segment)).toBe(true);
    const first = weightOf((await resultIds(results))[0]!);
    expect([first.facts.series, first.facts.family]).toContain(line);
    expect(familyRank(first.facts)).toBe(0);
  });
}

// An id mistyped, two neighbouring letters swapped: PaddleNLP's own weights' ids, each the only
// name that near (mistypedId), in both languages.
const names = weights.flatMap((w) => [w.id, ...w.facts.aliases].map((n) => n.toLowerCase()));
const typos = weights
  .filter((w) => w.facts.provider === 'paddlenlp' && /^[a-z]+-[a-z]+-[a-z]+$/.test(w.id))
  .flatMap((w) => {
    const i = w.id.indexOf('-') + 2;
    const typo = w.id.slice(0, i) + w.id[i + 1] + w.id[i] + w.id.slice(i + 2);
    return !names.includes(typo) && mistypedId(typo, names) === w.id ? [[typo, w.id]] : [];
  })
  .slice(0, 2);
test('the sample has mistyped ids to try', () => expect(typos).toHaveLength(2));
for (const [[typo, id], locale] of typos.map((t, i) => [t!, locales[i]!] as const)) {
  test(`${locale}: the mistyped id “${typo}” lists ${id} first, with its summary`, async ({
    page,
  }) => {
    const t = useTranslations(locale);
    await page.goto(site(`${locale}/`));
    const { box, results, status } = await openSearch(page);
    await box.fill(typo!);
    await expect.poll(async () => (await resultIds(results))[0]).toBe(id);
    // The status says which id the query was read as.
    await expect(status).toContainText(t('search.mistyped', { id: id! }));
    await expect(resultFor(results, id!).locator('.result-excerpt')).toHaveText(
      weightOf(id!).prose[locale].description,
    );
  });
}

// A weight's name typed with spaces for its hyphens: Pagefind indexes "ernie-3.0-medium-zh" in
// parts split at "." too, so "ernie 3.0" found no English page, and the search listed the Chinese
// pages' hits instead.
for (const query of ['ernie 3.0', 'bert large']) {
  test(`“${query}” lists the weights whose id it begins, hyphens for spaces`, async ({ page }) => {
    const beginning = query.replaceAll(' ', '-');
    // An id or alias without an owner that begins so: Pagefind finds `dslim/bert-large-NER` by
    // its words, not as a name `bert-large` begins (joinedName says why).
    const begins = (name: string) => name.toLowerCase().replaceAll('_', '-').startsWith(beginning);
    const named = weights.filter((w) => [w.id, ...w.facts.aliases].some(begins)).map((w) => w.id);
    expect(named.length).toBeGreaterThan(1);
    await page.goto(site('en/'));
    const { box, results, status } = await openSearch(page);
    await box.fill(query);
    // This language's hits, not the other language's.
    await expect(status).toHaveText(new RegExp(`^\\d+ results for “${escapeRegExp(query)}”$`));
    // They come first, as many as the list has room for, PaddleNLP's own and hand-verified ones
    // before imported community weights.
    const room = Math.min(named.length, 10);
    await expect
      .poll(async () => {
        const first = (await resultIds(results)).slice(0, room);
        return first.length === room && first.every((id) => named.includes(id));
      })
      .toBe(true);
    const tiers = (await resultIds(results))
      .slice(0, room)
      .map((id) => (familyRank(weightOf(id).facts) < 2 ? 0 : 1));
    expect(tiers).toEqual([...tiers].sort((a, b) => a - b));
  });
}

// A weight's name typed as words shows what each weight is (its summary), not where the words
// matched: in Chinese, its facts table's cells ("权重名称 ernie-3.0-micro-zh。训练语言 中文。…").
test('zh-cn: “ernie 3.0” shows each weight’s summary', async ({ page }) => {
  await page.goto(site('zh-cn/'));
  const { box, results, status } = await openSearch(page);
  await box.fill('ernie 3.0');
  await expect(status).toHaveText(/“ernie 3\.0”/);
  const ids = await resultIds(results);
  expect(ids.length).toBeGreaterThan(1);
  for (const id of ids.filter((id) => id.startsWith('ernie-3.0'))) {
    await expect(resultFor(results, id).locator('.result-excerpt')).toHaveText(
      weightOf(id).prose['zh-cn'].description,
    );
  }
});

// A Chinese excerpt's window holds about as much as the result's two lines (EXCERPT_WORDS): at
// Pagefind's count of 24 words, one or two characters each, a family's weights showed "PaddleNLP
// 官方提供的 BERT 权重：12 层、隐藏维度 768、12 个……", half a line of their one-sentence summary.
test('zh-cn: a family name shows its weights’ one-sentence summaries whole', async ({ page }) => {
  await page.goto(site('zh-cn/'));
  const { box, results } = await openSearch(page);
  await box.fill(largestFamily.name.toLowerCase());
  await expect(results.getByRole('option').nth(1)).toBeVisible();
  const ids = (await resultIds(results)).slice(0, 3);
  expect(ids.length).toBe(3);
  for (const id of ids) {
    const summary = weightOf(id).prose['zh-cn'].description;
    // One sentence, of two lines at most.
    expect(summary.match(/。/g)).toHaveLength(1);
    await expect(resultFor(results, id).locator('.result-excerpt')).toHaveText(summary);
  }
});

// Typed whole, or its beginning a keystroke or two short (FAMILY_TYPE_AHEAD): `ern` as `ernie`.
for (const [family, query] of ['bert', 'ernie', 'roberta'].flatMap((family): [string, string][] => [
  [family, family],
  [family, family.slice(0, Math.max(3, family.length - FAMILY_TYPE_AHEAD))],
])) {
  test(`the family name “${family}” typed as “${query}” lists PaddleNLP’s own ${family} weights first`, async ({
    page,
  }) => {
    const own = weights.filter(
      (w) => w.facts.family === family && w.facts.provider === 'paddlenlp',
    );
    expect(own.length).toBeGreaterThan(0);
    await page.goto(site('zh-cn/'));
    const { box, results } = await openSearch(page);
    await box.fill(query);
    await expect(results.getByRole('option').first()).toBeVisible();
    const listed = await resultIds(results);
    // As many of the family's own weights as the list has room for, before anything else.
    const first = listed.slice(0, Math.min(own.length, listed.length));
    for (const id of first) {
      expect(weightOf(id).facts.family, id).toBe(family);
      expect(weightOf(id).facts.provider, id).toBe('paddlenlp');
    }
    // Those a source describes before those it does not (listPlace): `bert` listed seven
    // undescribed weights in its first ten, bert-base-uncased 10th.
    const described = own.filter((w) => isDescribed(w.facts)).length;
    expect(first.map((id) => isDescribed(weightOf(id).facts))).toEqual(
      first.map((_, i) => i < described),
    );
  });
}

/*
 * A word of prose, not a name: the poem model's page says "poetry", and so does an imported
 * weight's, whose page is shorter and has the word in its id. Hand-verified and PaddleNLP's own
 * weights come first, as one tier (src/lib/search-ranking.ts, trustFilter). (Imported pages'
 * Chinese prose is the import's template, so a Chinese word shared by both kinds is tested on
 * the synthetic catalog, large-catalog.spec.ts.)
 */
test('a word of prose (“poetry”) lists hand-verified and PaddleNLP’s own weights before imported ones', async ({
  page,
}) => {
  const query = 'poetry';
  const trusted = (id: string) => familyRank(weightOf(id).facts) < 2;
  const saying = weights.filter((w) =>
    `${w.id} ${Object.values(w.prose.en).join(' ')}`.toLowerCase().includes(query),
  );
  // The word is on pages of both kinds, or the order would prove nothing.
  expect(saying.filter((w) => trusted(w.id)).length).toBeGreaterThan(0);
  expect(saying.filter((w) => !trusted(w.id)).length).toBeGreaterThan(0);
  await page.goto(site('en/'));
  const { box, results } = await openSearch(page);
  await box.fill(query);
  // As many as the box lists (ten at most).
  await expect(results.getByRole('option').nth(Math.min(saying.length, 10) - 1)).toBeVisible();
  const tiers = (await resultIds(results)).map((id) => (trusted(id) ? 0 : 1));
  expect(tiers).toEqual([...tiers].sort((a, b) => a - b));
  expect(tiers).toContain(0);
  expect(tiers).toContain(1);
});

test('a result shows the id, the parameters, the language and an excerpt in whole words, with matches highlighted', async ({
  page,
}) => {
  await page.goto(site('zh-cn/'));
  const { box, results } = await openSearch(page);
  await box.fill('古诗');
  const option = results.getByRole('option').first();
  await expect(option).toHaveAccessibleName(/^junnyu\/uer-gpt2-chinese-poem 1\.03\u00a0亿 · 中文 /);
  await expect(option.locator('mark').first()).toBeVisible();
  // The excerpt is in whole words, marks its cuts and keeps numbers with words. Pagefind's window
  // on the poem page began inside its name "UER GPT-2 中文古诗" ("-2 中文古诗") when it was 24
  // words long; at 40 it begins with the heading.
  const excerpt = (await option.locator('.result-excerpt').innerText()).trim();
  // Cut inside a sentence, it says so with the Chinese ellipsis; never inside a name.
  expect(excerpt).toMatch(/^(?:……)?[^…-][^…]*……$/u);
  // Pagefind ends the heading "UER GPT-2 中文古诗" with a Latin full stop; in Chinese it is "。".
  expect(excerpt).toContain('中文古诗。');
  expect(excerpt).not.toMatch(/\p{Script=Han}\./u);
  // Without the ellipses, and the full stops Pagefind puts after a heading, which the page does
  // not show.
  const words = excerpt
    .replace(/^……|……$/gu, '')
    .split(/[\s。]+/u)
    .filter((word) => word !== '')
    .map((word) => word.replace(/\.$/, ''));
  expect(words.length).toBeGreaterThan(2);
  // Pagefind stores "80 万首" with an ordinary space; the excerpt shows the page's no-break one.
  expect(excerpt).toMatch(/\d\u00a0\p{Script=Han}/u);
  expect(breakableNumberSpaces(excerpt)).toEqual([]);
  await option.click();
  await expect(page).toHaveURL(/\/zh-cn\/weights\//);
  const text = await page.getByRole('main').innerText();
  // A Latin word or name goes on through letters, digits and these joiners; Chinese does not.
  const latin = '[\\p{Script=Latin}\\p{N}_\\-./]';
  expect(text).toMatch(new RegExp(`(?<!${latin})${escapeRegExp(words[0]!)}`, 'u'));
  expect(text).toMatch(new RegExp(`${escapeRegExp(words.at(-1)!)}(?!${latin})`, 'u'));
});

test('a Chinese excerpt of a facts table reads with Chinese full stops between its cells', async ({
  page,
}) => {
  // Pagefind joins table cells with ". ": "训练语言 俄语. 模型系列 GPT. 提供方" on the Russian weights.
  await page.goto(site('zh-cn/'));
  const { box, results } = await openSearch(page);
  await box.fill('俄语');
  await expect(results.getByRole('option').first()).toBeVisible();
  const excerpts = await results.locator('.result-excerpt').allInnerTexts();
  // The facts table's "Training language" row, in Chinese.
  const label = useTranslations('zh-cn')('fact.language');
  expect(excerpts.filter((text) => text.includes(label)).length).toBeGreaterThan(0);
  for (const text of excerpts) expect(text).not.toMatch(/\.\s+\p{Script=Han}/u);
});

for (const shortcut of ['/', 'Control+k']) {
  test(`${shortcut} opens search from anywhere and Escape gives focus back`, async ({ page }) => {
    await page.goto(site('en/weights/gpt2-en/'));
    const back = page.getByRole('link', { name: 'Back to the GPT model summary' });
    await back.focus();
    await page.keyboard.press(shortcut);
    const dialog = page.getByRole('dialog', { name: 'Search weights' });
    await expect(dialog.getByRole('combobox', { name: 'Search weights' })).toBeFocused();
    await page.keyboard.type('distilgpt2');
    await expect(resultFor(dialog, 'junnyu/distilgpt2')).toBeVisible();
    await page.keyboard.press('Escape');
    await expect(dialog).toBeHidden();
    await expect(back).toBeFocused();
  });
}

test('typing / inside a text field types a slash', async ({ page }) => {
  await page.goto(site('en/'));
  const filter = page.getByLabel('Id contains');
  await filter.fill('junnyu');
  await filter.press('/');
  await expect(filter).toHaveValue('junnyu/');
  await expect(page.getByRole('dialog')).toBeHidden();
});

test('arrow keys move through the results and Enter opens the highlighted one', async ({
  page,
}) => {
  await page.goto(site('en/'));
  const { box, results } = await openSearch(page);
  await box.fill('dialogpt');
  const options = results.getByRole('option');
  // The three DialoGPT weights first, then weights whose pages mention it.
  await expect(resultFor(results, 'junnyu/microsoft-DialoGPT-small')).toBeVisible();
  const count = await options.count();
  expect(count).toBeGreaterThanOrEqual(3);
  // The first result is highlighted; the field keeps focus and points at it.
  await expect(options.nth(0)).toHaveAttribute('aria-selected', 'true');
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowDown');
  await expect(options.nth(2)).toHaveAttribute('aria-selected', 'true');
  await expect(options.nth(0)).toHaveAttribute('aria-selected', 'false');
  await expect(box).toBeFocused();
  await expect(box).toHaveAttribute(
    'aria-activedescendant',
    (await options.nth(2).getAttribute('id'))!,
  );
  // Down from the last wraps to the first; up from the first to the last.
  for (let i = 2; i < count; i++) await page.keyboard.press('ArrowDown');
  await expect(options.nth(0)).toHaveAttribute('aria-selected', 'true');
  await page.keyboard.press('ArrowUp');
  await expect(options.nth(count - 1)).toHaveAttribute('aria-selected', 'true');
  const last = await options.nth(count - 1).getAttribute('href');
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(new RegExp(`${escapeRegExp(last!)}$`));
});

test(
  'Enter on an exact id opens its weight, even typed faster than search answers',
  { tag: '@urls' },
  async ({ page }) => {
    await page.goto(site('zh-cn/weights/gpt2-en/'));
    const { box } = await openSearch(page);
    await box.pressSequentially('gpt2-medium-en');
    await box.press('Enter');
    await expect(page).toHaveURL(urlOf('zh-cn/weights/gpt2-medium-en/'));
  },
);

test(
  'Enter pressed before search has even loaded still opens the exact id',
  { tag: '@urls' },
  async ({ page }) => {
    // Hold the search bundle back until the reader has typed and pressed Enter.
    const release = await holdSearchBundle(page);
    await page.goto(site('en/'));
    const { box } = await openSearch(page);
    await box.fill('gpt2-xl-en');
    await box.press('Enter');
    await expect(page).toHaveURL(urlOf('en/'));
    release();
    // Loading the index of the whole zoo takes a few seconds on a slow machine.
    await expect(page).toHaveURL(urlOf('en/weights/gpt2-xl-en/'), { timeout: 20_000 });
  },
);

// Sizes as readers write them, each checked against the weight's own parameter count in content.
for (const [locale, query, id] of [
  ['en', '1.5B', 'gpt2-xl-en'],
  ['en', '1.56B', 'gpt2-xl-en'],
  ['zh-cn', '1558M', 'gpt2-xl-en'],
  ['en', '774M', 'gpt2-large-en'],
  ['zh-cn', '2.6B', 'gpt-cpm-large-cn'],
  ['en', '1.24 亿', 'gpt2-en'],
  ['zh-cn', '1.24 亿', 'gpt2-en'],
] as const) {
  test(`${locale}: the size “${query}” finds ${id}`, async ({ page }) => {
    expect(isOfSize(weightOf(id), query), `${id} is of size ${query}`).toBe(true);
    await page.goto(site(`${locale}/`));
    const { box, results } = await openSearch(page);
    await box.fill(query);
    // The weights of that size, and only they, come first (words can match other pages after).
    const ofSize = weights.filter((w) => isOfSize(w, query)).map((w) => w.id);
    expect(ofSize).toContain(id);
    await expect(resultFor(results, id)).toBeVisible();
    const listed = await resultIds(results);
    expect(listed.slice(0, ofSize.length).sort()).toEqual([...ofSize].sort());
  });
}

test(
  'a mistyped id offers the closest ids, as the 404 page ranks them',
  { tag: '@urls' },
  async ({ page }) => {
    // What the 404 page offers for the same mistyped id is the ranking search must share.
    await page.goto(site('en/weights/dialgpt/'));
    // The page fills its suggestions once it has fetched the id lookup: wait for them, as a
    // reader would, before reading them (read at once, they were sometimes still empty).
    const links = page
      .getByRole('main')
      .locator('section[data-locale="en"] [data-suggestions]')
      .getByRole('link');
    await expect(links).toHaveCount(3);
    const offered = await links.allInnerTexts();
    await page.goto(site('en/'));
    const { box, results, status } = await openSearch(page);
    await box.fill('dialgpt');
    await expect(status).toHaveText('No weight matches “dialgpt”. Did you mean one of these?');
    await expect.poll(() => resultIds(results)).toEqual(offered);
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(urlOf(`en/weights/${offered[0]}/`));
  },
);

test(
  'a query with hits only in the other language says so and lists them',
  { tag: '@urls' },
  async ({ page }) => {
    await page.goto(site('en/'));
    const { box, results, status } = await openSearch(page);
    await box.fill('诗');
    await expect(status).toHaveText('No weight matches “诗” in English; 简体中文 has 1:');
    const option = resultFor(results, 'junnyu/uer-gpt2-chinese-poem');
    await expect(option).toHaveAttribute('lang', 'zh-CN');
    // Its excerpt is cut as Chinese is, with "……", not the English page's "…".
    await expect(option.locator('.result-excerpt')).toHaveText(/……/);
    await expect(option.locator('.result-excerpt')).not.toHaveText(/(?<!…)…(?!…)/);
    await option.click();
    await expect(page).toHaveURL(urlOf('zh-cn/weights/junnyu/uer-gpt2-chinese-poem/'));
  },
);

test('a search with no result offers the summary table', async ({ page }) => {
  await page.goto(site('zh-cn/weights/gpt2-en/'));
  const { box, status } = await openSearch(page);
  await box.fill('xylophone');
  await expect(status).toContainText('没有与“xylophone”匹配的权重。');
  await status.getByRole('link', { name: '在汇总表中查看所有权重。' }).click();
  await expect(page).toHaveURL(new RegExp(`${site('zh-cn/')}$`));
});

// A task's name finds by its words only the pages that say it: the search offers, first, the
// summary table filtered to the weights whose family supports the task (`?task=`).
for (const [locale, typed, task] of [
  ['zh-cn', '问答', 'question-answering'],
  // Any case, and the other language's name for it.
  ['en', 'multiple CHOICE', 'multiple-choice'],
  ['en', '文本生成', 'text-generation'],
] as const) {
  test(`${locale}: the task “${typed}” offers the table of the weights whose family supports it`, async ({
    page,
  }) => {
    const t = useTranslations(locale);
    const supporting = supportingWeights(task);
    expect(supporting.length).toBeGreaterThan(0);
    await page.goto(site(`${locale}/weights/gpt2-en/`));
    // Only the keyboard: the shortcut, the query, Enter on the first result.
    await page.keyboard.press('/');
    const { box, results } = searchLocators(page);
    await expect(box).toBeFocused();
    await page.keyboard.type(typed);
    const first = results.getByRole('option').first();
    await expect(first).toHaveAccessibleName(
      `${taskName(t, task)} ${t('table.filterTask')} ${t('search.taskOption', { count: supporting.length })}`,
    );
    await expect(first).toHaveAttribute('aria-selected', 'true');
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(`${site(`${locale}/`)}?task=${task}#weights`);
    // The table lists those weights, and only those, and says how many they are.
    const shownCount = Math.min(supporting.length, TABLE_PAGE_SIZE);
    await expect(page.getByRole('status').and(page.locator('[data-table-count]'))).toHaveText(
      shownCount < supporting.length
        ? t('table.countMatching', {
            shown: shownCount,
            matching: supporting.length,
            total: weights.length,
          })
        : t('table.countFiltered', { matching: supporting.length, total: weights.length }),
    );
    const shown = await page
      .locator('table:has(#summary-caption) tbody tr')
      .evaluateAll((rows) => rows.map((row) => row.id));
    expect(shown).toHaveLength(shownCount);
    const ids = new Set(supporting.map((w) => w.id));
    expect(shown.filter((id) => !ids.has(id))).toEqual([]);
  });
}

// A part of tasks' names offers each of those tasks: whole words, or Chinese characters in a row.
for (const [locale, typed, tasks] of [
  ['zh-cn', '分类', ['sequence-classification']],
  ['en', 'classification', ['sequence-classification', 'token-classification']],
] as const) {
  test(`${locale}: “${typed}”, a part of tasks' names, offers each of those tasks first`, async ({
    page,
  }) => {
    const t = useTranslations(locale);
    await page.goto(site(`${locale}/weights/gpt2-en/`));
    const { box, results, status } = await openSearch(page);
    await box.fill(typed);
    const options = results.getByRole('option');
    for (const [i, task] of tasks.entries()) {
      await expect(options.nth(i)).toHaveAccessibleName(
        `${taskName(t, task)} ${t('table.filterTask')} ${t('search.taskOption', { count: supportingWeights(task).length })}`,
      );
      await expect(options.nth(i)).toHaveAttribute(
        'href',
        `${site(`${locale}/`)}?task=${task}#weights`,
      );
    }
    // Then the pages that say it. The status counts the tasks' results too: all the list holds
    // (fewer than ten here, so the list holds all).
    await expect(options.nth(tasks.length)).toBeVisible();
    await expect(results.locator('.result-task')).toHaveCount(tasks.length);
    await expect(status).toHaveText(
      t('search.resultsCount', { query: typed, count: await options.count() }),
    );
  });
}

// When no page says the words, the task's result is all there is, and the status says why. (No
// page's indexed text says these two today; should one come to, its hit fails the status here, and
// the test needs another query.)
for (const [typed, key, tasks] of [
  ['问答', 'search.taskOnly', ['question-answering']],
  ['选择', 'search.taskNamesOnly', ['multiple-choice']],
] as const) {
  test(`zh-cn: “${typed}”, which no page says, lists only its task and says so`, async ({
    page,
  }) => {
    const t = useTranslations('zh-cn');
    await page.goto(site('zh-cn/weights/gpt2-en/'));
    const { box, results, status } = await openSearch(page);
    await box.fill(typed);
    await expect(status).toHaveText(t(key, { query: typed }));
    await expect(results.getByRole('option')).toHaveText(
      tasks.map((task) => new RegExp(`^${escapeRegExp(taskName(t, task))}`)),
    );
  });
}

// An excerpt is one section's (sectionExcerpt): it does not run on into the next section's
// heading ("…GPT heads. Provenance. Weight id gpt2-large-en."), nor begin with its own, and it shows
// the query's word highlighted.
for (const [locale, query] of [
  ['en', 'classification'],
  ['en', 'generation'],
  ['zh-cn', '分类'],
  ['zh-cn', '许可'],
] as const) {
  test(`${locale}: the excerpts for “${query}” name no section heading of a weight page`, async ({
    page,
  }) => {
    const t = useTranslations(locale);
    // A heading as Pagefind's text has it: with the full stop it adds, which Chinese reads as 。
    const headings = [
      ...weightPageSections.map((section) => t(`weight.${section}`)),
      t('weight.sources'),
    ];
    await page.goto(site(`${locale}/weights/gpt2-en/`));
    const { box, results, status } = await openSearch(page);
    await box.fill(query);
    await expect(status).toHaveText(new RegExp(escapeRegExp(query)));
    // The weights' excerpts that show a highlight: not the tasks' offers, nor a summary.
    const excerpts = results
      .getByRole('option')
      .filter({ has: page.locator('.result-id') })
      .locator('.result-excerpt')
      .filter({ has: page.locator('mark') });
    expect(await excerpts.count()).toBeGreaterThanOrEqual(3);
    const texts = await excerpts.allTextContents();
    const withHeading = texts.filter((text) =>
      headings.some((heading) => new RegExp(`${escapeRegExp(heading)}[.。]`).test(text)),
    );
    expect(withHeading).toEqual([]);
    for (const marks of await excerpts.evaluateAll((all) =>
      all.map((e) => [...e.querySelectorAll('mark')].map((m) => m.textContent!.toLowerCase())),
    )) {
      expect(marks.some((mark) => shows(mark, query))).toBe(true);
    }
  });
}

// The family with the most weights: its name finds more results than a list shows at once.
const [largestFamilyId, largestCount] = [...Map.groupBy(weights, (w) => w.facts.family)]
  .map(([id, members]) => [id, members.length] as const)
  .sort((a, b) => b[1] - a[1])[0]!;
const largestFamily = families.get(largestFamilyId)!;

test('a long list shows ten results; the rest come ten at a time, by button or by ↓', async ({
  page,
}) => {
  const t = useTranslations('en');
  const query = largestFamily.name.toLowerCase();
  await page.goto(site('en/'));
  const { dialog, box, results, status } = await openSearch(page);
  await box.fill(query);
  await expect(status).toHaveText(/^\d+ results for/);
  let total = Number((await status.textContent())?.match(/^\d+/)?.[0]);
  // Every weight of the family is one of them (familyQueries), and more than a list shows; the
  // family's page is offered first (namedFamily), on top of the ten.
  const offered = 1;
  expect(total).toBeGreaterThanOrEqual(largestCount + offered);
  expect(largestCount).toBeGreaterThan(30);
  const options = results.getByRole('option');
  const more = dialog.getByRole('button', { name: /^Show more results/ });
  await expect(options).toHaveCount(offered + 10);
  await expect(more).toHaveText(t('search.showMore', { shown: offered + 10, total }));
  // A click: ten more, listed after the first ones, the first of them highlighted.
  const first = await options.evaluateAll((os) => os.map((o) => o.getAttribute('href')));
  await more.click();
  await expect(options).toHaveCount(offered + 20);
  expect(
    (await options.evaluateAll((os) => os.map((o) => o.getAttribute('href')))).slice(
      0,
      first.length,
    ),
  ).toEqual(first);
  await expect(options.nth(offered + 10)).toHaveAttribute('aria-selected', 'true');
  await expect(more).toHaveText(t('search.showMore', { shown: offered + 20, total }));
  // The keyboard: ↓ from the last result shown lists the next ten and goes on to the first.
  await box.focus();
  for (let i = offered + 10; i < offered + 19; i++) await page.keyboard.press('ArrowDown');
  await expect(options.nth(offered + 19)).toHaveAttribute('aria-selected', 'true');
  await expect(options).toHaveCount(offered + 20);
  // Pressed twice before the batch is in (as when held down), ↓ asks for one batch, not two.
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowDown');
  await expect(options).toHaveCount(offered + 30);
  const selected = await options.evaluateAll((os) =>
    os.findIndex((o) => o.getAttribute('aria-selected') === 'true'),
  );
  // The batch's first, or its second where the batch was in before the second press.
  expect([offered + 20, offered + 21]).toContain(selected);
  await expect(box).toHaveAttribute(
    'aria-activedescendant',
    (await options.nth(selected).getAttribute('id'))!,
  );
  // The button pressed from the keyboard gives the arrow keys back to the field.
  await more.focus();
  await page.keyboard.press('Enter');
  await expect(options).toHaveCount(offered + 40);
  await expect(box).toBeFocused();
  await expect(options.nth(offered + 30)).toHaveAttribute('aria-selected', 'true');
  // A facet narrows the list to ten again (and offers no page); then every result, each once,
  // and the button goes.
  await dialog.getByLabel('Provided by').selectOption(t('provider.paddlenlp'));
  await expect(status).not.toHaveText(`${total} results for “${query}”`);
  await expect(status).toHaveText(/^\d+ results for/);
  total = Number((await status.textContent())?.match(/^\d+/)?.[0]);
  expect(total).toBeGreaterThan(10);
  await expect(options).toHaveCount(10);
  while (await more.isVisible()) {
    const shown = await options.count();
    await more.click();
    await expect(options).toHaveCount(Math.min(shown + 10, total));
  }
  const all = await options.evaluateAll((os) => os.map((o) => o.getAttribute('href')));
  expect(all).toHaveLength(total);
  expect(new Set(all).size).toBe(total);
  // The button clicked last went with its batch: the field has focus, not the page.
  await expect(box).toBeFocused();
  // A new search lists its own ten again, without the button's batches.
  await box.fill('gpt2-en');
  await expect(options.first()).toHaveAccessibleName(/^gpt2-en /);
  expect(await options.count()).toBeLessThanOrEqual(10);
});

// A batch asked for under one list and loaded after the next search has listed its own results
// is not added to them: the batch's fragments are held until the new list is shown. Batches run
// in order, so the new list's own next batch, once shown, proves the held one has run.
const [secondFamilyId] = [...Map.groupBy(weights, (w) => w.facts.family)]
  .map(([id, members]) => [id, members.length] as const)
  .sort((a, b) => b[1] - a[1])[1]!;
test('a batch still loading when a new search lists its results is not added to them', async ({
  page,
}) => {
  await page.goto(site('en/'));
  const { dialog, box, results } = await openSearch(page);
  const options = results.getByRole('option');
  const more = dialog.getByRole('button', { name: /^Show more results/ });
  const hrefs = () => options.evaluateAll((os) => os.map((o) => o.getAttribute('href')!));
  await box.fill(largestFamily.name.toLowerCase());
  await expect(options).toHaveCount(1 + 10);
  const held: Route[] = [];
  let holding = true;
  await page.route('**/pagefind/en/fragment/**', (route) =>
    holding ? held.push(route) : route.continue(),
  );
  await more.click();
  await expect.poll(() => held.length).toBeGreaterThan(0);
  holding = false;
  // Another family's name: its page offered, then ten of its weights, and more behind the button.
  const second = families.get(secondFamilyId)!.name;
  await box.fill(second.toLowerCase());
  await expect(options.first()).toHaveAccessibleName(new RegExp(`^${escapeRegExp(second)} `));
  await expect(options).toHaveCount(1 + 10);
  const listed = await hrefs();
  for (const route of held) await route.continue();
  await more.click();
  await expect(options).toHaveCount(1 + 20);
  const shown = await hrefs();
  expect(shown.slice(0, listed.length)).toEqual(listed);
  // The ten added are the second family's, not the first's held batch.
  for (const href of shown.slice(listed.length)) {
    const id = decodeURIComponent(href.replace(/^.*\/weights\//, '').replace(/\/$/, ''));
    expect(weightOf(id).facts.family, id).toBe(secondFamilyId);
  }
});

// A family's name offers the family's page first: its largest, one whose name has a hyphen (typed
// in capitals with an underscore for it), and one of a single weight whose name is no weight's id.
const hyphenated = [...families.entries()].find(([, f]) => f.name.includes('-'));
const single = [...Map.groupBy(weights, (w) => w.facts.family)].find(
  ([id, members]) => members.length === 1 && !names.includes(families.get(id)!.name.toLowerCase()),
)!;
for (const [locale, id, typed] of [
  ['zh-cn', largestFamilyId, largestFamily.name.toLowerCase()],
  ['en', hyphenated![0], hyphenated![1].name.replaceAll('-', '_').toUpperCase()],
  ['en', single[0], families.get(single[0])!.name],
] as const) {
  test(`${locale}: the family name “${typed}” offers the family’s page first, but not on that page`, async ({
    page,
  }) => {
    const t = useTranslations(locale);
    const family = families.get(id)!;
    const count = weights.filter((w) => w.facts.family === id).length;
    await page.goto(site(`${locale}/weights/gpt2-en/`));
    const { box, results } = await openSearch(page);
    await box.fill(typed);
    const first = results.getByRole('option').first();
    await expect(first).toHaveAccessibleName(
      `${family.name} ${t('table.filterFamily')} ${count === 1 ? t('search.familyOptionOne') : t('search.familyOption', { count })}`,
    );
    // Then the family's weights.
    await expect(resultFor(results, (await resultIds(results))[0]!)).toBeVisible();
    await expect(first).toHaveAttribute('aria-selected', 'true');
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(site(`${locale}/families/${id}/`));
    await expect(page.getByRole('heading', { level: 1 })).toContainText(family.name);
    // On the family's own page it is not offered again: its weights come first.
    const again = await openSearch(page);
    await again.box.fill(typed);
    await expect(again.results.getByRole('option').first()).toBeVisible();
    const [firstId] = await resultIds(again.results);
    await expect(again.results.getByRole('option').first()).toHaveAccessibleName(
      new RegExp(`^${escapeRegExp(firstId!)} `),
    );
    expect(weightOf(firstId!).facts.family).toBe(id);
    await expect(
      again.results.getByRole('option', { name: `${family.name} ${t('table.filterFamily')}` }),
    ).toHaveCount(0);
  });
}

// A model line's name offers its part of its family's page: the page, its table filtered to the
// line. The line with the most weights, typed as its name is spelt.
const series = loadSeries();
const [lineId, lineWeights] = [
  ...Map.groupBy(
    weights.filter((w) => w.facts.series !== undefined && w.facts.series !== w.facts.family),
    (w) => w.facts.series!,
  ),
].sort((a, b) => b[1].length - a[1].length)[0]!;
for (const locale of ['en', 'zh-cn'] as const) {
  test(`${locale}: a model line’s name offers its family’s page, its table showing the line`, async ({
    page,
  }) => {
    const t = useTranslations(locale);
    const line = series.get(lineId)!;
    const familyId = lineWeights[0]!.facts.family;
    await page.goto(site(`${locale}/`));
    const { box, results } = await openSearch(page);
    await box.fill(line.name);
    const offer = results.getByRole('option').first();
    await expect(offer).toHaveAccessibleName(
      `${line.name} ${t('table.filterSeries')} ${t('search.lineOption', {
        family: families.get(familyId)!.name,
        count: lineWeights.length,
      })}`,
    );
    // Every weight of the line is listed after it.
    const listed = await resultIds(results);
    expect(lineWeights.every((w) => listed.includes(w.id))).toBe(true);
    await expect(offer).toHaveAttribute('aria-selected', 'true');
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(urlOf(`${locale}/families/${familyId}/?family=${lineId}`));
    await expect(page.getByLabel(t('table.filterSeries'))).toHaveValue(lineId);
    const shown = await page.locator('tbody tr:not([hidden]) th[scope="row"] a').allInnerTexts();
    expect(shown.map((id) => id.replace(/\s+/g, '')).sort()).toEqual(
      lineWeights.map((w) => w.id).sort(),
    );
    // There, the line's name offers it no more: the weights come first. So too once the reader
    // has sorted that view: the table still shows the line.
    const firstIsAWeight = new RegExp(
      `^(${lineWeights.map((w) => escapeRegExp(w.id)).join('|')}) `,
    );
    const again = await openSearch(page);
    await again.box.fill(line.name);
    await expect(again.results.getByRole('option').first()).toHaveAccessibleName(firstIsAWeight);
    await page.keyboard.press('Escape');
    await page
      .getByRole('columnheader', { name: t('col.parameters') })
      .getByRole('button')
      .click();
    await expect(page).toHaveURL(/&sort=params$/);
    // Loaded afresh, so the list is this view's answer, not the one above left in the dialog.
    await page.goto(page.url());
    const sorted = await openSearch(page);
    await sorted.box.fill(line.name);
    await expect(sorted.results.getByRole('option').first()).toHaveAccessibleName(firstIsAWeight);
    // On the family's page showing all its lines, the line's view is somewhere else: offered.
    await page.goto(site(`${locale}/families/${familyId}/`));
    const whole = await openSearch(page);
    await whole.box.fill(line.name);
    await expect(whole.results.getByRole('option').first()).toHaveAccessibleName(
      new RegExp(`^${escapeRegExp(line.name)} ${escapeRegExp(t('table.filterSeries'))} `),
    );
  });
}

test('a facet set keeps the search to the weights it lets through: no task’s table is offered', async ({
  page,
}) => {
  await page.goto(site('en/'));
  const { dialog, box, results, status } = await openSearch(page);
  await box.fill('text generation');
  await expect(results.getByRole('option').first()).toHaveAccessibleName(/^Text generation /);
  await dialog.getByLabel('Provided by').selectOption(useTranslations('en')('provider.paddlenlp'));
  await expect(status).toHaveText(/^\d+ results? for “text generation”$/);
  await expect(results.getByRole('option').first()).not.toHaveAccessibleName(/^Text generation /);
  await expect(results.locator('.result-task')).toHaveCount(0);
});

// A family and a provider none of its weights has, from the content: together they let nothing
// through, whatever is typed.
const [unprovidedFamily, missingProvider] = [...families.keys()].flatMap((family) => {
  const has = new Set(
    weights.filter((w) => w.facts.family === family).map((w) => w.facts.provider),
  );
  const missing = providers.find((p) => !has.has(p));
  return missing ? [[family, missing] as const] : [];
})[0]!;
for (const locale of locales) {
  test(`${locale}: facets that let nothing through say so, and offer to clear them, not ids that come close`, async ({
    page,
  }) => {
    const t = useTranslations(locale);
    await page.goto(site(`${locale}/`));
    const { dialog, box, results, status } = await openSearch(page);
    const query = families.get(unprovidedFamily)!.name.toLowerCase();
    await box.fill(query);
    await expect(results.getByRole('option').first()).toBeVisible();
    await dialog
      .getByLabel(t('table.filterProvider'))
      .selectOption(t(`provider.${missingProvider}`));
    // A label's name includes its select's value; “Family’s task” begins with “Family”.
    await dialog
      .getByLabel(new RegExp(`^${t('table.filterFamily')}(?!’)`))
      .selectOption(families.get(unprovidedFamily)!.name);
    await expect(status).toContainText(t('search.noResultsFaceted', { query }));
    await expect(results.getByRole('option')).toHaveCount(0);
    await status.getByRole('button', { name: t('table.clear') }).click();
    await expect(box).toBeFocused();
    for (const select of await dialog.locator('[data-search-facets] select').all()) {
      await expect(select).toHaveValue('');
    }
    await expect(results.getByRole('option').first()).toBeVisible();
    await expect(status).not.toContainText(t('search.noResultsFaceted', { query }));
  });
}

test('nothing of search is requested before the reader uses it', async ({ page }) => {
  const requested: string[] = [];
  page.on('request', (r) => requested.push(new URL(r.url()).pathname));
  await page.goto(site('en/weights/junnyu/distilgpt2/'));
  await page.waitForLoadState('networkidle');
  expect(requested.filter((p) => /pagefind|search-ui|\.pf_|wasm/.test(p))).toEqual([]);
  await page.keyboard.press('/');
  await expect.poll(() => requested.some((p) => p.endsWith('/pagefind/en/pagefind.js'))).toBe(true);
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });
  test('search is not offered, so nothing on the page is a silent no-op', async ({ page }) => {
    await page.goto(site('en/weights/gpt2-en/'));
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('gpt2-en');
    await expect(page.getByRole('button', { name: 'Search weights' })).toBeHidden();
    // Nor is anything else that needs a script: the copy buttons,
    await expect(page.getByRole('button', { name: 'Copy the code' })).toBeHidden();
    await page.goto(site('en/'));
    // the table's filters and its compare column.
    await expect(page.getByRole('group', { name: 'Filter and compare the weights' })).toBeHidden();
    await expect(page.getByRole('checkbox').first()).toBeHidden();
    await expect(page.getByRole('columnheader', { name: 'Compare' })).toBeHidden();
  });
});
