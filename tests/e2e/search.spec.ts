import {
  escapeRegExp,
  expect,
  holdSearchBundle,
  openSearch,
  resultFor,
  searchLocators,
  site,
  test,
  urlOf,
} from './fixtures.ts';
import type { Page, Request } from '@playwright/test';
import { loadWeights } from '../helpers/content.ts';
import { useTranslations } from '../../src/i18n/index.ts';

// The first weight, in id order, whose license no source states.
const unknownLicense = loadWeights()
  .filter((w) => w.facts.license === 'unknown')
  .map((w) => w.id)
  .sort()[0]!;

async function search(page: Page, query: string) {
  const { box, results } = await openSearch(page);
  await box.fill(query);
  return results;
}

const cases = [
  {
    locale: 'en',
    query: 'Reddit',
    expect: 'junnyu/microsoft-DialoGPT-small',
    what: 'an English word from the prose',
  },
  {
    locale: 'en',
    query: 'poetry',
    expect: 'junnyu/uer-gpt2-chinese-poem',
    what: 'an English word from the prose',
  },
  {
    locale: 'en',
    query: 'dialogpt',
    expect: 'junnyu/microsoft-DialoGPT-large',
    what: 'an id fragment',
  },
  { locale: 'en', query: 'cpm', expect: 'gpt-cpm-small-cn-distill', what: 'an id fragment' },
  // An alias typed whole: among the zoo's distil* weights, the one it names.
  { locale: 'en', query: 'distilgpt2', expect: 'junnyu/distilgpt2', what: 'an alias' },
  { locale: 'en', query: 'junnyu', expect: 'junnyu/uer-gpt2-chinese-poem', what: 'an id fragment' },
  {
    locale: 'zh-cn',
    query: 'dialogpt',
    expect: 'junnyu/microsoft-DialoGPT-medium',
    what: 'an id fragment',
  },
  {
    locale: 'zh-cn',
    query: '古诗',
    expect: 'junnyu/uer-gpt2-chinese-poem',
    what: 'a Chinese word typed without spaces',
  },
  {
    locale: 'zh-cn',
    query: '蒸馏',
    expect: 'gpt-cpm-small-cn-distill',
    what: 'a Chinese word typed without spaces',
  },
  {
    locale: 'zh-cn',
    query: '对话回复',
    expect: 'junnyu/microsoft-DialoGPT-small',
    what: 'Chinese words typed without spaces',
  },
] as const;

for (const c of cases) {
  test(`${c.locale}: searching ${c.what} (“${c.query}”) finds ${c.expect} and its link works`, async ({
    page,
  }) => {
    await page.goto(site(`${c.locale}/`));
    const results = await search(page, c.query);
    const link = resultFor(results, c.expect);
    await expect(link).toBeVisible();
    // Results stay in the page's language: weights' pages, and a family's where one is named
    // (`cpm`, a model line of GPT's).
    for (const href of await results
      .getByRole('option')
      .evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).pathname))) {
      expect(href).toMatch(new RegExp(`^${escapeRegExp(site(`${c.locale}/`))}(weights|families)/`));
    }
    await link.click();
    await expect(page).toHaveURL(urlOf(`${c.locale}/weights/${c.expect}/`));
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(c.expect);
  });
}

test('a search with no result anywhere says so', async ({ page }) => {
  await page.goto(site('en/weights/gpt2-en/'));
  const results = await search(page, 'xylophone');
  await expect(page.getByRole('dialog').getByRole('status')).toHaveText(
    /^No weight matches “xylophone”\./,
  );
  await expect(results.getByRole('option')).toHaveCount(0);
});

for (const locale of ['en', 'zh-cn'] as const) {
  test(`${locale}: the lines under a fact's value stay out of the search index`, async ({
    page,
  }) => {
    // The sentence under an unknown license, the same on most pages: indexed, it made every such
    // page a hit for "sources" or "checked", and grew the index by its length on each.
    const t = useTranslations(locale);
    const path = site(`${locale}/weights/${unknownLicense}/`);
    await page.goto(path);
    const cell = page.getByRole('row', { name: t('fact.license') }).getByRole('cell');
    await expect(cell).toContainText(t('license.unknown'));
    // The text Pagefind holds for the page, found by its id.
    const indexed = await page.evaluate(
      async ({ bundle, id, path }) => {
        const pagefind = await import(bundle);
        const { results } = await pagefind.search(id);
        for (const result of results) {
          const data = await result.data();
          if (new URL(data.url, location.href).pathname === path) return data.content as string;
        }
        return null;
      },
      { bundle: site(`pagefind/${locale}/pagefind.js`), id: unknownLicense, path },
    );
    expect(indexed).toContain(t('fact.unknown'));
    expect(indexed).not.toContain(t('license.unknown'));
    // Nor the table's caption, which repeats the id around the same words on every page.
    expect(indexed).not.toContain(t('weight.provenanceCaption', { id: unknownLicense }));
  });
}

test('the result count is announced and matched words are highlighted', async ({ page }) => {
  await page.goto(site('en/'));
  const results = await search(page, 'dialogpt');
  await expect(page.getByRole('dialog').getByRole('status')).toHaveText(
    /^\d+ results for “dialogpt”$/,
  );
  const mark = results.locator('mark').first();
  await expect(mark).toBeVisible();
  // Highlighted, not only marked up: in the theme's colour (search-results.css), whatever the
  // browser's own default for <mark> would be.
  const { background, theme } = await mark.evaluate((el) => {
    const probe = document.createElement('span');
    probe.style.backgroundColor = 'var(--mark)';
    el.after(probe);
    const theme = getComputedStyle(probe).backgroundColor;
    probe.remove();
    return { background: getComputedStyle(el).backgroundColor, theme };
  });
  expect(theme).not.toBe('rgba(0, 0, 0, 0)');
  expect(background).toBe(theme);
});

test('Escape closes search and gives focus back to the search button', async ({ page }) => {
  await page.goto(site('en/'));
  const results = await search(page, 'cpm');
  await expect(results.getByRole('option').first()).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(page.getByRole('dialog')).toBeHidden();
  await expect(page.getByRole('button', { name: 'Search weights' })).toBeFocused();
});

test('the search engine is not loaded until the reader uses search', async ({ page }) => {
  const requested: string[] = [];
  page.on('request', (r) => requested.push(new URL(r.url()).pathname));
  await page.goto(site('en/'));
  await page.waitForLoadState('networkidle');
  expect(requested.filter((p) => p.includes('/pagefind/'))).toEqual([]);
  await search(page, 'gpt2');
  await expect.poll(() => requested.some((p) => p.endsWith('/pagefind/en/pagefind.js'))).toBe(true);
});

/** Pagefind's filter chunks and result fragments (en), in the order the page asks for them. */
function filterAndFragmentOrder(page: Page): string[] {
  const kinds: string[] = [];
  page.on('request', (r) => {
    const kind = /\/pagefind\/en\/(filter|fragment)\//.exec(new URL(r.url()).pathname)?.[1];
    if (kind) kinds.push(kind);
  });
  return kinds;
}

/** No filter chunk but the trust filter's came before the first of a search's fragments. */
function expectOnlyTrustFilterBeforeFragments(kinds: readonly string[]) {
  const firstFragment = kinds.indexOf('fragment');
  expect(firstFragment).toBeGreaterThan(0);
  expect(kinds.slice(0, firstFragment)).toEqual(['filter']);
}

test('a pointer on the search button starts the engine, and a closed dialog asks for no facets', async ({
  page,
}) => {
  // Time still flows; runFor jumps the page's timers ahead (the facets' 2 s wait, below).
  await page.clock.install();
  // Pagefind's requests, and the order of its filter chunks and result fragments.
  const asked: string[] = [];
  page.on('request', (r) => {
    const path = new URL(r.url()).pathname;
    if (path.includes('/pagefind/')) asked.push(path);
  });
  const kinds = filterAndFragmentOrder(page);
  await page.goto(site('en/'));
  await page.waitForLoadState('networkidle');
  expect(asked).toEqual([]);
  const button = page.getByRole('banner').getByRole('button', { name: 'Search weights' });
  await button.hover();
  // Pagefind starts before any click: its script, then the filter every search reads.
  await expect.poll(() => kinds).toEqual(['filter']);
  expect(asked.some((path) => path.endsWith('/pagefind/en/pagefind.js'))).toBe(true);
  const { dialog, box, results } = searchLocators(page);
  await expect(dialog).toBeHidden();
  // Well past the 2 s after which an open dialog, left untouched, loads its facets' filters.
  await page.clock.runFor(5000);
  // Then searched: Pagefind answers in order, so facets asked for while it was closed would
  // come before the results' fragments. No filter but the trust filter does.
  await button.click();
  await box.fill('dialogpt');
  await expect(results.getByRole('option').first()).toBeVisible();
  expectOnlyTrustFilterBeforeFragments(kinds);
  // Opened and left untouched, it has them 2 s later.
  await page.reload();
  kinds.length = 0;
  await button.click();
  await expect(box).toBeFocused();
  await expect.poll(() => kinds).toEqual(['filter']);
  await page.clock.runFor(2500);
  await expect.poll(() => kinds.length).toBeGreaterThan(1);
});

test('a facet reached before the search bundle has loaded still gets its values', async ({
  page,
}) => {
  // The bundle is held until the reader is in the facets: its focusin listener comes too late.
  const release = await holdSearchBundle(page);
  await page.goto(site('en/'));
  const { dialog } = await openSearch(page);
  // A label's name includes its select's value ("Training language All").
  const select = dialog.getByLabel(/^Training language/);
  await select.focus();
  release();
  await expect.poll(() => select.getByRole('option').count()).toBeGreaterThan(1);
});

test('search whose engine failed to load tries again at the next keystroke', async ({ page }) => {
  const t = useTranslations('en');
  // Pagefind's script fails twice (a dropped connection): when the pointer reaches the search
  // button, and again for the first search if that load had ended by then.
  let scripts = 0;
  await page.route('**/pagefind/en/pagefind.js*', (route) =>
    ++scripts <= 2 ? route.abort('connectionreset') : route.continue(),
  );
  await page.goto(site('en/'));
  const { box, results, status } = await openSearch(page);
  await box.fill('dialogp');
  await expect(status).toHaveText(t('search.unavailable'));
  await box.press('t');
  await expect(status).toHaveText(/“dialogpt”/);
  await expect(results.getByRole('option').first()).toBeVisible();
  expect(scripts).toBeGreaterThan(1);
});

test('the keystroke that completes an id finds its index chunks already loaded', async ({
  page,
}) => {
  // Requests for Pagefind's index chunks, and when the last one started or ended.
  const chunks: string[] = [];
  let pending = 0;
  let lastActivity = Date.now();
  const isChunk = (url: string) => /\/pagefind\/en\/index\//.test(url);
  page.on('request', (r) => {
    if (!isChunk(r.url())) return;
    chunks.push(r.url());
    pending++;
    lastActivity = Date.now();
  });
  const ended = (r: Request) => {
    if (!isChunk(r.url())) return;
    pending--;
    lastActivity = Date.now();
  };
  page.on('requestfinished', ended);
  page.on('requestfailed', ended);
  await page.goto(site('en/weights/gpt2-en/'));
  const { box, results, status } = await openSearch(page);
  await box.pressSequentially('distilgpt');
  await expect(status).toHaveText(/“distilgpt”/);
  // What a reader's pause lets the box fetch: nothing more is asked for once it is quiet.
  await expect.poll(() => pending === 0 && Date.now() - lastActivity > 500).toBe(true);
  const before = chunks.length;
  await box.press('2');
  await expect(status).toHaveText(/“distilgpt2”/);
  await expect(results.getByRole('option').first()).toContainText('junnyu/distilgpt2');
  expect(chunks.slice(before)).toEqual([]);
});

test('a first search’s results wait for no filter but the trust filter, fetched at start-up', async ({
  page,
}) => {
  const asked = filterAndFragmentOrder(page);
  await page.goto(site('en/'));
  await openSearch(page);
  // Before anything is typed, as Pagefind starts: the one filter every search reads (searchAll's
  // trust tier), and not yet the facets' (which a reader who does not type has 2 s later).
  await expect.poll(() => asked).toEqual(['filter']);
  // Again from the start, typed straight through while Pagefind starts, so the earlier
  // keystrokes' searches are superseded.
  await page.reload();
  asked.length = 0;
  const { box, results, status } = await openSearch(page);
  await box.pressSequentially('dialogpt');
  await expect(status).toHaveText(/“dialogpt”/);
  await expect(results.getByRole('option').first()).toBeVisible();
  // The facets' filters come once the newest search has answered: no filter but the trust
  // filter comes before the results' fragments, racing them.
  await expect.poll(() => asked.filter((kind) => kind === 'filter').length).toBeGreaterThan(1);
  expectOnlyTrustFilterBeforeFragments(asked);
});

for (const locale of ['en', 'zh-cn']) {
  test(`${locale}: an excerpt does not repeat the id its result is titled with`, async ({
    page,
  }) => {
    await page.goto(site(`${locale}/`));
    const results = await search(page, 'dialogpt');
    const options = results.getByRole('option');
    await expect(options.first()).toBeVisible();
    // The weights' results: a model line's offer (DialoGPT's) has no id and no excerpt.
    const shown = await options.evaluateAll((all) =>
      all
        .filter((option) => option.querySelector('.result-id') !== null)
        .map((option) => ({
          id: option.querySelector('.result-id')?.textContent ?? '',
          excerpt: option.querySelector('.result-excerpt')?.textContent?.trim() ?? '',
          marked: option.querySelectorAll('.result-excerpt mark').length,
        })),
    );
    for (const { id, excerpt, marked } of shown) {
      // The id, and each tail of it that starts a word: `microsoft-DialoGPT-small`, `small`.
      const tails = [...id.matchAll(/(?:^|[/_.-])(?=[^/_.-])/g)].map((m) =>
        id.slice(m.index + m[0].length).toLowerCase(),
      );
      const repeated = tails.find((tail) => excerpt.toLowerCase().startsWith(`${tail}.`));
      expect(repeated, `${id}: “${excerpt}”`).toBeUndefined();
      expect(marked, `${id}: the matched words are still marked`).toBeGreaterThan(0);
    }
  });
}
