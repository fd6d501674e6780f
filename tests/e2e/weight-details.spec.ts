/**
 * Issue #4: every weight page, in both languages, shows the entry's figures and correctly derived
 * ones; copy buttons copy exactly; aliases and other spellings of an id reach the canonical page.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import type { Page } from '@playwright/test';
import { expect, site, test, urlOf } from './fixtures.ts';
import {
  contentDir,
  familiesOf,
  loadWeights,
  sampleWeights,
  verifiedWeights,
} from '../helpers/content.ts';
import { catalogJsonSchema } from '../../src/schemas/catalog-json.ts';
import { useTranslations } from '../../src/i18n/index.ts';

const all = loadWeights();
// Fact by fact for the hand-verified weights; imported ones are sampled in imported-pages.spec.ts.
const weights = verifiedWeights(all);

const labels = {
  en: {
    layers: 'Layers',
    hidden: 'Hidden size',
    heads: 'Attention heads',
    ffn: 'Feed-forward size',
    vocab: 'Vocabulary size',
    context: 'Context length',
    printed: 'Parameters as PaddleNLP lists them',
    exact: 'Exact parameter count',
    fp32: 'Size of the weights in fp32',
    fp16: 'Size of the weights in fp16',
    license: 'License',
    sections: [
      'Overview',
      'Architecture',
      'Parameters',
      'Usage',
      'Provenance',
      'Citation',
      'Related weights',
    ],
  },
  'zh-cn': {
    layers: '层数',
    hidden: '隐藏层维度',
    heads: '注意力头数',
    ffn: '前馈层维度',
    vocab: '词表大小',
    context: '上下文长度',
    printed: 'PaddleNLP 标注的参数量',
    exact: '精确参数量',
    fp32: 'fp32 权重大小',
    fp16: 'fp16 权重大小',
    license: '许可证',
    sections: ['概述', '模型结构', '参数量', '使用方法', '来源', '引用', '相关权重'],
  },
} as const;

/** The cell beside a row header, in any of the page's tables. */
function fact(page: Page, label: string) {
  return page
    .getByRole('row')
    .filter({ has: page.getByRole('rowheader', { name: label, exact: true }) })
    .getByRole('cell');
}

/** "≈ 498 MB" → 498e6; "≈ 10.4 GB" → 1.04e10. */
function readBytes(text: string): number {
  const match = /([\d.]+)\s*(MB|GB)/.exec(text);
  if (!match) throw new Error(`not a size: ${text}`);
  return Number(match[1]) * (match[2] === 'GB' ? 1e9 : 1e6);
}

const digits = (text: string | null) => Number((text ?? '').replace(/\D/g, ''));

for (const locale of ['en', 'zh-cn'] as const) {
  const l = labels[locale];
  for (const weight of weights) {
    test(`${locale}: ${weight.id} shows its entry’s figures and correct derived sizes`, async ({
      page,
    }) => {
      await page.goto(site(`${locale}/weights/${weight.id}/`));
      const a = weight.facts.architecture;
      await expect(page.getByRole('heading', { level: 2 })).toHaveText([...l.sections]);
      await expect(page.locator('article .subtitle')).toHaveText(weight.prose[locale].title);
      // The usage snippet loads this very weight with the classes its entry names.
      const code = page.locator('pre').first();
      for (const name of [
        weight.facts.paddlenlp!.modelClass,
        weight.facts.paddlenlp!.tokenizerClass,
      ]) {
        await expect(code).toContainText(`${name}.from_pretrained("${weight.id}")`);
      }

      expect(digits(await fact(page, l.layers).textContent())).toBe(a.layers);
      expect(digits(await fact(page, l.hidden).textContent())).toBe(a.hiddenSize);
      expect(digits(await fact(page, l.heads).textContent())).toBe(a.heads);
      expect(digits(await fact(page, l.ffn).textContent())).toBe(a.ffnSize);
      expect(digits(await fact(page, l.vocab).textContent())).toBe(a.vocabSize);
      expect(digits(await fact(page, l.context).textContent())).toBe(a.contextLength);

      await expect(fact(page, l.printed)).toHaveText(weight.facts.parameters.printed!);
      const exact = weight.facts.parameters.exact!;
      const exactText = (await fact(page, l.exact).textContent()) ?? '';
      // "124,439,808 (124M)", "124,439,808（1.24 亿）": the figure before the bracket.
      expect(digits(exactText.split(/[(（]/)[0] ?? '')).toBe(exact);

      for (const [label, bytes] of [
        [l.fp32, exact * 4],
        [l.fp16, exact * 2],
      ] as const) {
        const shown = readBytes((await fact(page, label).textContent()) ?? '');
        expect(Math.abs(shown - bytes) / bytes, `${label}: ${shown} vs ${bytes}`).toBeLessThan(
          0.006,
        );
      }

      if (weight.facts.license === 'unknown') {
        await expect(fact(page, l.license)).toHaveClass(/unknown/);
      } else {
        await expect(fact(page, l.license).getByRole('link')).toHaveAttribute(
          'href',
          weight.facts.license.url,
        );
      }
    });
  }
}

test('a printed figure that is not the exact count gets a one-line note, in both languages', async ({
  page,
}) => {
  await page.goto(site('en/weights/gpt2-en/'));
  await expect(page.locator('[data-parameters-note]')).toHaveText(
    /^PaddleNLP lists 117M, but the weights have exactly 124,439,808 parameters\. OpenAI first gave 117M/,
  );
  await page.goto(site('zh-cn/weights/junnyu/distilgpt2/'));
  await expect(page.locator('[data-parameters-note]')).toContainText('81,912,576');
  await page.goto(site('en/weights/gpt2-large-en/'));
  await expect(page.locator('[data-parameters-note]')).toHaveCount(0);
});

test('an entry’s note on a printed figure shows where no exact count checks it', async ({
  page,
}) => {
  const noted = all.find(
    (w) =>
      w.facts.parameters.exact === null &&
      w.prose.en.parametersNote !== undefined &&
      w.prose['zh-cn'].parametersNote !== undefined,
  );
  expect(
    noted,
    'a weight with no exact count and a note on its figure in each language',
  ).toBeDefined();
  for (const locale of ['en', 'zh-cn'] as const) {
    await page.goto(site(`${locale}/weights/${noted!.id}/`));
    await expect(page.locator('[data-parameters-note]')).toHaveText(
      noted!.prose[locale].parametersNote!,
    );
  }
});

// A weight's facts tables (FactsTable.astro), and compare's, which its script draws the same way.
for (const path of [
  'en/weights/xlnet-base-cased/',
  'zh-cn/weights/xlnet-base-cased/',
  'en/compare/?ids=gpt2-en,xlnet-base-cased',
]) {
  test(`${path}: a fact's explanation and note are words apart from its value in the cell's text`, async ({
    page,
  }) => {
    // Lines of their own on screen; in the cell's text, which a reader copies, the value and the
    // line under it must not run together ("UnknownNot stated in the sources"). Search no longer
    // indexes these lines (search.spec.ts).
    await page.goto(site(path));
    // Compare draws its table after load: wait for its first note.
    await expect(page.locator('td .fact-note').first()).toBeAttached();
    const cells = await page
      .locator('td')
      .filter({ has: page.locator('.fact-explanation, .fact-note') })
      .evaluateAll((tds) =>
        tds.map((td) => ({
          text: td.textContent ?? '',
          lines: [...td.querySelectorAll('.fact-explanation, .fact-note')].map(
            (line) => line.textContent ?? '',
          ),
        })),
      );
    expect(cells.length).toBeGreaterThan(0);
    for (const { text, lines } of cells) {
      for (const line of lines) expect(text).toContain(` ${line}`);
    }
  });
}

test.describe('copy buttons', () => {
  test.use({ permissions: ['clipboard-read', 'clipboard-write'] });

  test('copy the exact usage snippet and announce it', async ({ page }) => {
    await page.goto(site('en/weights/junnyu/uer-gpt2-chinese-poem/'));
    const usage = page.locator('.code-block').first();
    await page.getByRole('button', { name: 'Copy the code' }).focus();
    await page.keyboard.press('Enter');
    await expect(usage.getByRole('status')).toHaveText('Copied');
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    expect(copied.trimEnd()).toBe((await usage.locator('pre').innerText()).trimEnd());
    expect(copied).toContain(
      'GPTForGreedyGeneration.from_pretrained("junnyu/uer-gpt2-chinese-poem")',
    );
    expect(copied).toContain('BertTokenizer.from_pretrained("junnyu/uer-gpt2-chinese-poem")');
  });

  test('copy the BibTeX of the paper behind the weight', async ({ page }) => {
    const family = parse(readFileSync(join(contentDir, 'series', 'dialogpt.yaml'), 'utf8')) as {
      paper: { bibtex: string };
    };
    await page.goto(site('zh-cn/weights/junnyu/microsoft-DialoGPT-large/'));
    await page.getByRole('button', { name: '复制 BibTeX' }).click();
    await expect(page.getByRole('status').filter({ hasText: '已复制' })).toHaveCount(1);
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(family.paper.bibtex);
  });
});

test.describe('copy buttons, when the browser refuses the clipboard', () => {
  test.beforeEach(async ({ page }) => {
    await page.addInitScript(() => {
      navigator.clipboard.writeText = () =>
        Promise.reject(new DOMException('Write permission denied.', 'NotAllowedError'));
    });
  });
  for (const [name, selected] of [
    ['Copy the code', (page: Page) => page.locator('.code-block pre').first()],
    ['Copy the BibTeX', (page: Page) => page.locator('.code-block pre').last()],
    ['Copy the Sphinx reference', (page: Page) => page.locator('.link-forms code').nth(1)],
  ] as const) {
    test(`"${name}" says so and selects the text, for the reader's own shortcut`, async ({
      page,
    }) => {
      await page.goto(site('en/weights/junnyu/microsoft-DialoGPT-small/'));
      await page.getByRole('button', { name, exact: true }).click();
      await expect(page.getByRole('status').filter({ hasText: 'Could not copy' })).toHaveCount(1);
      const selection = await page.evaluate(() => getSelection()?.toString() ?? '');
      expect(selection.trim()).not.toBe('');
      expect(selection.trim()).toBe((await selected(page).innerText()).trim());
    });
  }
});

test.describe('linking to a weight', () => {
  test.use({ permissions: ['clipboard-read', 'clipboard-write'] });

  test(
    'copy its URL, a Sphinx reference and a Markdown link, in the page’s language',
    { tag: '@urls' },
    async ({ page }) => {
      const id = 'junnyu/microsoft-DialoGPT-small';
      await page.goto(site(`zh-cn/weights/${id}/`));
      await expect(page.getByRole('heading', { name: '链接到此权重' })).toBeVisible();
      const copy = async (name: string) => {
        await page.getByRole('button', { name }).click();
        await expect(page.getByRole('button', { name })).toHaveText('已复制');
        return page.evaluate(() => navigator.clipboard.readText());
      };
      // The page's own address, with the build's SITE_URL origin (nginx serves the same build on
      // another port).
      const url = await copy('复制网址');
      expect(new URL(url).pathname).toBe(new URL(page.url()).pathname);
      expect(await copy('复制 Sphinx 引用')).toBe(`:ref:\`paddlenlp-zh:${id}\``);
      expect(await copy('复制 Markdown 链接')).toBe(`[\`${id}\`](${url})`);
      // Each is shown as it is copied, for readers who select it by hand.
      for (const text of [url, `:ref:\`paddlenlp-zh:${id}\``]) {
        await expect(
          page.locator('.link-forms code').getByText(text, { exact: true }),
        ).toBeVisible();
      }
    },
  );
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });
  test('the code is there to select and no dead copy button is shown', async ({ page }) => {
    await page.goto(site('en/weights/gpt2-en/'));
    await expect(page.locator('pre').first()).toContainText(
      'GPTLMHeadModel.from_pretrained("gpt2-en")',
    );
    await expect(page.getByRole('button', { name: 'Copy the code' })).toBeHidden();
  });
});

const aliases = weights.flatMap((w) => w.facts.aliases.map((alias) => ({ alias, id: w.id })));

test('PaddleNLP’s later ids are recorded as aliases', () => {
  expect(aliases.map((a) => a.alias).sort()).toEqual([
    'distilgpt2',
    'microsoft/DialoGPT-large',
    'microsoft/DialoGPT-medium',
    'microsoft/DialoGPT-small',
    'uer/gpt2-chinese-poem',
  ]);
});

for (const locale of ['en', 'zh-cn'] as const) {
  for (const { alias, id } of aliases) {
    test(`${locale}: the alias ${alias} lands on ${id}, which names it`, async ({ page }) => {
      await page.goto(site(`${locale}/weights/${alias}/`));
      await expect(page).toHaveURL(urlOf(`${locale}/weights/${id}/`));
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(id);
      // A reader who came by the other name sees that this page is the one for it.
      const label = useTranslations(locale)('fact.aliases');
      const row = page
        .getByRole('row')
        .filter({ has: page.getByRole('rowheader', { name: label, exact: true }) });
      await expect(row.getByRole('cell').locator('code')).toHaveText([alias]);
    });
  }
}

test.describe('alias redirects without JavaScript', () => {
  test.use({ javaScriptEnabled: false });
  test('still land on the canonical page (meta refresh)', { tag: '@urls' }, async ({ page }) => {
    await page.goto(site('en/weights/microsoft/DialoGPT-medium/'));
    await expect(page).toHaveURL(urlOf('en/weights/junnyu/microsoft-DialoGPT-medium/'));
  });
});

test('an alias redirect declares the canonical page', { tag: '@urls' }, async ({ request }) => {
  const html = await (await request.get(site('en/weights/uer/gpt2-chinese-poem/'))).text();
  expect(html).toMatch(
    /<link rel="canonical" href="[^"]*\/en\/weights\/junnyu\/uer-gpt2-chinese-poem\/"/,
  );
});

test('an alias redirect does not carry the weight page’s stylesheet', async ({ request }) => {
  // A reader who follows an old link downloads the redirect before the page it points to. It has a
  // heading, two paragraphs and a link; built by the weight route it carried that page's whole CSS
  // (14.4 KB of HTML against the page's 35.6 KB). A quarter leaves room for its text to grow.
  const styles = async (path: string) => {
    const html = await (await request.get(site(path))).text();
    return [...html.matchAll(/<style[^>]*>([\s\S]*?)<\/style>/g)].map((m) => m[1] ?? '').join('');
  };
  const { alias, id } = aliases[0] ?? { alias: '', id: '' };
  expect(alias).not.toBe('');
  const own = (await styles(`en/weights/${alias}/`)).length;
  const target = (await styles(`en/weights/${id}/`)).length;
  expect(target).toBeGreaterThan(0);
  expect(own).toBeLessThan(target / 4);
});

test(
  'an id typed in another case reaches the canonical page, keeping the section',
  { tag: '@urls' },
  async ({ page }) => {
    await page.goto(site('en/weights/junnyu/microsoft-dialogpt-small/#usage'));
    await expect(page).toHaveURL(urlOf('en/weights/junnyu/microsoft-DialoGPT-small/#usage'));
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(
      'junnyu/microsoft-DialoGPT-small',
    );
  },
);

test('a mistyped id gets the closest weights', { tag: '@urls' }, async ({ page }) => {
  await page.goto(site('zh-cn/weights/junnyu/distilgpt3/'));
  await expect(page.getByRole('heading', { name: '页面不存在' })).toBeVisible();
  await page.getByRole('link', { name: 'junnyu/distilgpt2' }).click();
  await expect(page).toHaveURL(urlOf('zh-cn/weights/junnyu/distilgpt2/'));
});

test('table anchors work for aliases', { tag: '@urls' }, async ({ page }) => {
  await page.goto(site('en/#microsoft/DialoGPT-large'));
  const row = page.locator('tbody tr:has(:target)');
  await expect(row.getByRole('rowheader')).toHaveText('junnyu/microsoft-DialoGPT-large');
  await expect(row).toBeInViewport();
});

test(
  '/weights.json publishes the whole catalog and matches its schema',
  { tag: '@urls' },
  async ({ request }) => {
    const response = await request.get(site('weights.json'));
    expect(response.ok()).toBe(true);
    const catalog = catalogJsonSchema.parse(await response.json());
    expect(catalog.weights.map((w) => w.id).sort()).toEqual(all.map((w) => w.id).sort());
    for (const weight of catalog.weights) {
      const entry = all.find((w) => w.id === weight.id)!;
      expect(weight.facts.parameters).toEqual(entry.facts.parameters);
      expect(weight.titles).toEqual({
        en: entry.prose.en.title,
        'zh-cn': entry.prose['zh-cn'].title,
      });
      // Each URL is the weight's page (or an alias's) in its language, as the README gives them.
      for (const [locale, url] of Object.entries(weight.urls)) {
        expect(new URL(url).pathname).toBe(site(`${locale}/weights/${weight.id}/`));
      }
      for (const [locale, urls] of Object.entries(weight.aliasUrls)) {
        expect(urls.map((url) => new URL(url).pathname)).toEqual(
          weight.aliases.map((alias) => site(`${locale}/weights/${alias}/`)),
        );
      }
    }
    // And the server answers them: the hand-verified weights and the sample, every URL each.
    const asked = new Set([...verifiedWeights(all), ...sampleWeights(all)].map((w) => w.id));
    for (const weight of catalog.weights.filter((w) => asked.has(w.id))) {
      for (const url of [
        ...Object.values(weight.urls),
        ...Object.values(weight.aliasUrls).flat(),
      ]) {
        // The JSON names the site's public origin; ask this test server for the same path.
        const { pathname } = new URL(url);
        expect(pathname.startsWith(site(''))).toBe(true);
        expect((await request.get(pathname)).status(), url).toBe(200);
      }
    }
  },
);

test(
  'the sitemap (from @astrojs/sitemap) lists every page in both languages with alternates, and no alias',
  { tag: '@urls' },
  async ({ request }) => {
    // /sitemap.xml, the URL published before the integration, is its sitemap index.
    const index = await (await request.get(site('sitemap.xml'))).text();
    const files = [...index.matchAll(/<loc>(.*?)<\/loc>/g)].map(
      (m) => new URL(m[1] ?? '').pathname,
    );
    expect(files.length).toBeGreaterThan(0);
    let xml = '';
    for (const file of files) xml += await (await request.get(file)).text();
    const locs = [...xml.matchAll(/<loc>(.*?)<\/loc>/g)].map((m) => new URL(m[1] ?? '').pathname);
    expect(new Set(locs).size).toBe(locs.length);
    for (const locale of ['en', 'zh-cn']) {
      const pages = [
        `${locale}/`,
        `${locale}/about/`,
        ...[...familiesOf(all).keys()].map((family) => `${locale}/families/${family}/`),
        ...all.map((w) => `${locale}/weights/${w.id}/`),
      ];
      for (const path of pages) expect(locs, path).toContain(site(path));
      // Alias redirects ask not to be indexed, and are not listed.
      for (const alias of all.flatMap((w) => w.facts.aliases))
        expect(locs).not.toContain(site(`${locale}/weights/${alias}/`));
    }
    // Every URL belongs to a language: not the chooser at the root, and not the 404 page.
    expect(locs.filter((path) => !/^(en|zh-cn)\//.test(path.slice(site('').length)))).toEqual([]);
    // Each page names its version in both languages.
    expect(xml.match(/<xhtml:link rel="alternate"/g)).toHaveLength(locs.length * 2);
    const origin = new URL(xml.match(/<loc>(.*?)<\/loc>/)?.[1] ?? '').origin;
    expect(xml).toContain(
      `hreflang="zh-CN" href="${origin}${site('zh-cn/weights/junnyu/microsoft-DialoGPT-small/')}"`,
    );
  },
);

test('every page carries Open Graph title and description', async ({ page }) => {
  await page.goto(site('zh-cn/weights/gpt-cpm-large-cn/'));
  await expect(page.locator('meta[property="og:title"]')).toHaveAttribute(
    'content',
    /gpt-cpm-large-cn/,
  );
  await expect(page.locator('meta[property="og:description"]')).toHaveAttribute('content', /CPM/);
});
