/**
 * axe on every kind of page, in both languages: every page that is not a weight's or a family's,
 * the families of every architecture, every hand-verified weight, and a deterministic sample of
 * the imported ones (every family at least once; tests/helpers/content.ts). Opening all 1,100
 * pages in a browser would take most of an hour; their HTML is checked without one in
 * html-validity.spec.ts and by the W3C checker (npm run test:html).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, site, test } from './fixtures.ts';
import { loadFamilies, loadWeights, sampleWeights, verifiedWeights } from '../helpers/content.ts';
import { expectNoViolations } from './axe.ts';

const dist = join(import.meta.dirname, '..', '..', 'dist');
const weights = loadWeights();
const otherPages = readdirSync(dist, { recursive: true, encoding: 'utf8' })
  .map((file) => file.replaceAll('\\', '/'))
  .filter(
    (file) =>
      file.endsWith('index.html') &&
      !/\/(weights|families)\//.test(file) &&
      // The table's later pages are the first page's kind: page 2 stands for them.
      !/\/page\/([3-9]|\d\d+)\//.test(file) &&
      !/http-equiv="refresh"/.test(readFileSync(join(dist, file), 'utf8')),
  )
  .map((file) => file.replace(/index\.html$/, ''))
  .sort();

const paths = [
  ...otherPages,
  // A decoder, an encoder with the largest table, an encoder–decoder.
  ...['gpt', 'bert', 't5'].flatMap((f) => [`en/families/${f}/`, `zh-cn/families/${f}/`]),
  ...verifiedWeights(weights).flatMap((w) => [`en/weights/${w.id}/`, `zh-cn/weights/${w.id}/`]),
  // The sample alternates languages: each imported page kind is checked in one of them.
  ...sampleWeights(weights).map((w, i) => `${i % 2 === 0 ? 'en' : 'zh-cn'}/weights/${w.id}/`),
];

test('the sample covers every family of content/families/', () => {
  const covered = new Set(
    [...verifiedWeights(weights), ...sampleWeights(weights)].map((w) => w.facts.family),
  );
  expect([...covered].sort()).toEqual([...loadFamilies().keys()].sort());
});

for (const path of paths) {
  test(`accessibility: /${path}`, async ({ page }) => {
    // axe over a page of a hundred table rows takes a while on two cores.
    test.setTimeout(120_000);
    const compare = /compare\/$/.test(path);
    await page.goto(
      site(compare ? `${path}?ids=gpt2-en,junnyu/distilgpt2,gpt-cpm-large-cn` : path),
    );
    if (compare) await expect(page.getByRole('table')).toBeVisible();
    if (path === '') await page.waitForURL(/\/(en|zh-cn)\/$/);
    await expectNoViolations(page, path);
  });
}
