/**
 * Issue #12: the pages of imported weights, checked against their entries for a deterministic
 * sample (tests/helpers/content.ts): every fact shown names its source, a page-vs-code
 * disagreement shows both values, a generated page says so and links PaddleNLP's page, a weight
 * PaddleNLP no longer lists says so, and unknown facts read "unknown".
 */
import { expect, site, test } from './fixtures.ts';
import { loadFamilies, loadWeights, sampleWeights, verifiedWeights } from '../helpers/content.ts';
import { useTranslations } from '../../src/i18n/index.ts';
import { explainableFacts } from '../../src/schemas/weight.ts';
import { sourceLabel } from '../../src/lib/fact-values.ts';

const sample = sampleWeights();
const families = loadFamilies();

test('the sample covers every family of content/families/', () => {
  const covered = new Set([...verifiedWeights(), ...sample].map((w) => w.facts.family));
  expect([...covered].sort()).toEqual([...loadFamilies().keys()].sort());
});
const labels = {
  en: {
    layers: 'Layers',
    hidden: 'Hidden size',
    page: 'from PaddleNLP’s page',
    config: 'from PaddleNLP’s code',
    both: 'PaddleNLP’s page and code agree',
    unknown: 'Unknown',
    generated: /^This page was generated from PaddleNLP’s page /,
    unlisted: /^PaddleNLP’s pages no longer list this weight/,
  },
  'zh-cn': {
    layers: '层数',
    hidden: '隐藏层维度',
    page: '出自 PaddleNLP 页面',
    config: '出自 PaddleNLP 源代码',
    both: 'PaddleNLP 页面与源代码一致',
    unknown: '未知',
    generated: /^本页由 PaddleNLP 的“.+”页面自动生成/,
    unlisted: /^PaddleNLP 的页面已不再列出此权重/,
  },
} as const;

sample.forEach((weight, i) => {
  // Alternate languages: each kind of page is seen in one of them, both over the sample.
  const locale = i % 2 === 0 ? 'en' : 'zh-cn';
  const l = labels[locale];
  test(`${locale}: ${weight.id} shows each fact with its source`, async ({ page }) => {
    await page.goto(site(`${locale}/weights/${weight.id}/`));
    const cell = (label: string) =>
      page
        .getByRole('row')
        .filter({ has: page.getByRole('rowheader', { name: label, exact: true }) })
        .getByRole('cell');

    // The notice names PaddleNLP's page and links it.
    const notice = page.locator('[data-generated]');
    await expect(notice).toHaveText(l.generated);
    await expect(notice.getByRole('link')).toHaveAttribute('href', weight.facts.listing!.url);
    if (weight.facts.listing!.listed) await expect(page.locator('[data-unlisted]')).toHaveCount(0);
    else await expect(page.locator('[data-unlisted]')).toHaveText(l.unlisted);

    // Its sources, each named in the page's language (a file of PaddleNLP's code, its zoo page),
    // PaddleNLP's Chinese page title marked as Chinese in an English name.
    const t = useTranslations(locale);
    const sources = page.getByRole('list', { name: t('weight.sources'), exact: true });
    for (const source of weight.facts.sources) {
      const name = sourceLabel(source, { locale, t });
      // In the list of sources: the overview may link the same place (where the page refers).
      const link = sources.getByRole('link', { name: name.text, exact: true });
      await expect(link).toHaveAttribute('href', source.url);
      if (name.quoted !== undefined) {
        await expect(link.locator(`[lang="${name.quoted.lang}"]`)).toHaveText(name.quoted.title);
      }
    }
    const listed = sources.getByRole('link');
    await expect(listed).toHaveCount(weight.facts.sources.length);
    if (locale === 'zh-cn') {
      // Not one of them in the importer's English words.
      for (const text of await listed.allTextContents()) {
        expect(text).not.toMatch(/source code|revision|PaddleNLP’s|paper \(/i);
      }
    }

    for (const [label, key] of [
      [l.layers, 'layers'],
      [l.hidden, 'hiddenSize'],
    ] as const) {
      const value = weight.facts.architecture[key];
      const shown = cell(label);
      if (value === null) {
        // Unknown, or not applicable where the family explains why (tested below).
        const explained = families.get(weight.facts.family)?.factNotes?.[key];
        if (explained === undefined) await expect(shown).toHaveText(l.unknown);
        else await expect(shown).toContainText(explained[locale]);
        continue;
      }
      await expect(shown).toContainText(value.toLocaleString('en'));
      const conflict = weight.facts.disagreements?.find((d) => d.field === key);
      const from = weight.facts.factSources?.[key] ?? [];
      if (conflict !== undefined) {
        // The code's value first, and the page's beside it, with the file that states it.
        await expect(shown).toContainText(conflict.page.toLocaleString('en'));
        await expect(shown).toContainText(conflict.configFile);
      } else {
        await expect(shown).toContainText(
          from.length === 2 ? l.both : from[0] === 'config' ? l.config : l.page,
        );
      }
    }
  });
});

// A family's notes on its facts (XLNet's context length, Funnel's blocks): on each of its
// weights' pages, under the fact, in both languages; "not applicable" where the figure is not.
const allWeights = loadWeights();
const explained = [...families].filter(([, family]) => family.factNotes !== undefined);

test('some family explains its facts (content/families/, factNotes)', () => {
  expect(explained.length).toBeGreaterThan(0);
});

for (const [slug, family] of explained) {
  const first = allWeights.find((w) => w.facts.family === slug);
  if (first === undefined) continue;
  for (const locale of ['en', 'zh-cn'] as const) {
    test(`${locale}: ${first.id} explains what its ${family.name} facts mean`, async ({ page }) => {
      const t = useTranslations(locale);
      await page.goto(site(`${locale}/weights/${first.id}/`));
      for (const fact of explainableFacts) {
        const note = family.factNotes?.[fact];
        if (note === undefined) continue;
        const shown = page
          .getByRole('row')
          .filter({ has: page.getByRole('rowheader', { name: t(`fact.${fact}`), exact: true }) })
          .getByRole('cell');
        await expect(shown).toContainText(note[locale]);
        if (note.notApplicable && first.facts.architecture[fact] === null) {
          await expect(shown).toContainText(t('fact.notApplicable'));
        }
      }
    });
  }
}

// PaddleNLP's index links one paper per family; a weight of another model line of that family
// (ERNIE 3.0, whose family's link is ERNIE 1.0's paper) must not read as citing its own.
const indexCited = loadWeights().find(
  (w) =>
    w.facts.series === undefined &&
    families.get(w.facts.family)?.paper === null &&
    families.get(w.facts.family)?.zoo?.paper,
)!;
for (const locale of ['en', 'zh-cn'] as const) {
  test(`${locale}: a paper from PaddleNLP's index is said to be the whole family's`, async ({
    page,
  }) => {
    const t = useTranslations(locale);
    const family = families.get(indexCited.facts.family)!;
    await page.goto(site(`${locale}/weights/${indexCited.id}/`));
    const paper = page
      .getByRole('row')
      .filter({ has: page.getByRole('rowheader', { name: t('fact.paper'), exact: true }) })
      .getByRole('cell');
    await expect(paper.getByRole('link')).toHaveAttribute('href', family.zoo!.paper!.url);
    await expect(paper).toContainText(t('fact.paperFromIndex', { family: family.name }));
  });
}
