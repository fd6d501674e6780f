import { expect, site, test } from './fixtures.ts';
import { familiesOf, verifiedWeights } from '../helpers/content.ts';

// The GPT family's page continues PaddleNLP's "GPT模型汇总", where this catalog began.
const family = familiesOf().get('gpt')!;
const verified = verifiedWeights(family);

/** "124M" → 124e6, "1.24 亿" → 1.24e8, "8190 万" → 8.19e7: read a compact label back. */
function readCompact(label: string): number {
  const match = /^([\d.]+)\s*([KMB万亿]?)$/.exec(label.trim());
  if (!match) throw new Error(`not a compact figure: ${label}`);
  const unit = { '': 1, K: 1e3, M: 1e6, B: 1e9, 万: 1e4, 亿: 1e8 }[match[2] ?? ''] ?? NaN;
  return Number(match[1]) * unit;
}

const locales = [
  {
    code: 'en',
    lang: 'en',
    heading: 'GPT model summary',
    language: { zh: 'Chinese', en: 'English' },
  },
  { code: 'zh-cn', lang: 'zh-CN', heading: 'GPT模型汇总', language: { zh: '中文', en: '英语' } },
] as const;

for (const locale of locales) {
  test.describe(`summary table (${locale.code})`, () => {
    test.beforeEach(async ({ page }) => {
      await page.goto(site(`${locale.code}/families/gpt/`));
    });

    test('has the original title, a captioned table and one row per weight', async ({ page }) => {
      await expect(page.locator('html')).toHaveAttribute('lang', locale.lang);
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(locale.heading);
      const table = page.getByRole('table');
      await expect(table.locator('caption')).not.toBeEmpty();
      // Seven columns of facts, and the compare column the script adds.
      await expect(table.getByRole('columnheader')).toHaveCount(8);
      // Every weight of the family, in rows whose anchors are the ids.
      await expect(table.locator('tbody').getByRole('row')).toHaveCount(family.length);
      expect(
        (await table.locator('tbody tr').evaluateAll((rows) => rows.map((r) => r.id))).sort(),
      ).toEqual(family.map((w) => w.id).sort());
    });

    test('shows each weight’s figures as its entry states them', async ({ page }) => {
      for (const weight of verified) {
        const row = page.locator('tbody tr', {
          has: page.getByRole('rowheader', { name: weight.id, exact: true }),
        });
        await expect(row).toHaveCount(1);
        await expect(row).toHaveAttribute('id', weight.id);
        const cells = row.getByRole('cell');
        const { layers, hiddenSize, heads } = weight.facts.architecture;
        await expect(cells.nth(0)).toHaveText(
          locale.language[weight.facts.language as 'zh' | 'en'],
        );
        // The hand-verified weights state every size (the schema allows null for imported ones).
        await expect(cells.nth(1)).toHaveText(layers!.toLocaleString('en'));
        await expect(cells.nth(2)).toHaveText(hiddenSize!.toLocaleString('en'));
        await expect(cells.nth(3)).toHaveText(heads!.toLocaleString('en'));

        const exact = weight.facts.parameters.exact!;
        const params = cells.nth(4).locator('abbr');
        await expect(params).toHaveAttribute('title', new RegExp(exact.toLocaleString('en')));
        const shown = readCompact((await params.textContent()) ?? '');
        expect(Math.abs(shown - exact) / exact, `${weight.id}: ${shown} vs ${exact}`).toBeLessThan(
          0.005,
        );

        await expect(cells.nth(5)).toHaveText(weight.prose[locale.code].details);
      }
    });

    test('formats GPT-2 small’s parameters for the locale', async ({ page }) => {
      const row = page.locator('tr#gpt2-en');
      // A regular expression: a string would match either space.
      await expect(row.locator('abbr')).toHaveText(
        locale.code === 'en' ? /^124M$/ : /^1\.24\u00a0亿$/,
      );
    });

    test('anchors every row by its id', async ({ page }) => {
      await page.goto(site(`${locale.code}/families/gpt/#junnyu/microsoft-DialoGPT-small`));
      const row = page.locator('tbody tr:target');
      await expect(row.getByRole('rowheader')).toHaveText('junnyu/microsoft-DialoGPT-small');
    });
  });
}

test('the table fits a phone screen by scrolling inside its own box', async ({ page }) => {
  await page.setViewportSize({ width: 375, height: 800 });
  await page.goto(site('en/'));
  const pageWidth = await page.evaluate(() => document.documentElement.scrollWidth);
  expect(pageWidth).toBeLessThanOrEqual(375);
  await expect(page.getByRole('table')).toBeVisible();
});
