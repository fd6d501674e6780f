/**
 * axe on every kind of page: every page that is not a weight's or a family's, in both languages;
 * the families of every architecture; the hand-verified weights and the imported page kinds of
 * tests/helpers/content.ts, alternating languages; and the two heaviest pages in dark mode. axe
 * takes 10 to 30 s a page on two cores, so it runs on kinds, not on all 1,100 pages: their HTML is
 * checked without a browser in html-validity.spec.ts and by the W3C checker (npm run test:html).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, site, test } from './fixtures.ts';
import {
  compareSample,
  familiesOf,
  importedKinds,
  loadFamilies,
  loadWeights,
  verifiedWeights,
} from '../helpers/content.ts';
import { expectNoViolations } from './axe.ts';

const dist = join(import.meta.dirname, '..', '..', 'dist');
const weights = loadWeights();
const otherPages = readdirSync(dist, { recursive: true, encoding: 'utf8' })
  .map((file) => file.replaceAll('\\', '/'))
  .filter(
    (file) =>
      file.endsWith('index.html') &&
      !/\/(weights|families)\//.test(file) &&
      // The table's later pages are the first page's markup with other rows.
      !/\/page\/\d+\//.test(file) &&
      !/http-equiv="refresh"/.test(readFileSync(join(dist, file), 'utf8')) &&
      // `/` sends the reader on to their language at once: axe would check /en/ twice. Its own
      // two links are checked by html-validate, the W3C checker and root-and-404.spec.ts.
      file !== 'index.html',
  )
  .map((file) => file.replace(/index\.html$/, ''))
  .sort();

const families = loadFamilies();
function familyOfEachArchitecture(): string[] {
  const sizes = familiesOf(weights);
  const biggest = new Map<string, string>();
  for (const [slug, family] of [...families].sort(
    ([a], [b]) => (sizes.get(b)?.length ?? 0) - (sizes.get(a)?.length ?? 0),
  )) {
    const kind = String(family.architecture);
    if (!biggest.has(kind)) biggest.set(kind, slug);
  }
  return [...biggest.values()];
}

// Each weight in one language, alternating: both languages' pages are checked, on other weights.
const alternating = (list: { id: string }[], offset = 0) =>
  list.map((w, i) => `${(i + offset) % 2 === 0 ? 'en' : 'zh-cn'}/weights/${w.id}/`);
const verified = verifiedWeights(weights);
const paths = [
  ...otherPages,
  // The family of each architecture (and of none recorded) with the most weights: the largest
  // table of each kind, languages alternating.
  ...familyOfEachArchitecture().map(
    (slug, i) => `${i % 2 === 0 ? 'en' : 'zh-cn'}/families/${slug}/`,
  ),
  ...alternating(verified),
  ...alternating(importedKinds(weights), verified.length),
];

test('the imported page kinds are each a weight of the catalog', () => {
  expect(importedKinds(weights).length).toBeGreaterThan(0);
  for (const weight of importedKinds(weights)) expect(weight.facts.origin).toBe('imported');
});

// The compare page with every kind of note a compared cell can carry.
const compared = compareSample(weights, families).ids;

for (const path of paths) {
  test(`accessibility: /${path}`, async ({ page }) => {
    // axe over a page of a hundred table rows takes a while on two cores.
    test.setTimeout(120_000);
    const compare = /compare\/$/.test(path);
    await page.goto(site(compare ? `${path}?ids=${compared.join(',')}` : path));
    if (compare) await expect(page.getByRole('table')).toBeVisible();
    await expectNoViolations(page, path);
  });
}

test.describe('in dark mode', () => {
  test.use({ colorScheme: 'dark' });
  // The largest table, and a weight page with code, notes and a Chinese title.
  for (const path of ['en/', 'zh-cn/weights/junnyu/uer-gpt2-chinese-poem/']) {
    test(`accessibility: ${path} (dark)`, async ({ page }) => {
      test.setTimeout(120_000);
      await page.goto(site(path));
      await expectNoViolations(page, `${path} (dark)`);
    });
  }
});
