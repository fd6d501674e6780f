/**
 * Issue #6 gates over the whole built site: accessibility (axe, WCAG 2.2 AA and axe's
 * experimental rules) on every page in
 * both languages, valid HTML, internal links and anchors that resolve, and nothing loaded from
 * another origin. They run against whichever host E2E_TARGET serves.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { HtmlValidate, type Report } from 'html-validate';
import type { Page } from '@playwright/test';
import { basePath, expect, openSearch, site, test } from './fixtures.ts';

/** The folder the target serves: dist/ at the root, or the sub-path build. */
const distDir = join(
  import.meta.dirname,
  '..',
  '..',
  basePath === '/' ? 'dist' : join('dist-subpath', basePath),
);

const htmlFiles = readdirSync(distDir, { recursive: true, encoding: 'utf8' })
  .filter((file) => file.endsWith('.html'))
  .map((file) => file.replaceAll('\\', '/'))
  .sort();

const read = (file: string) => readFileSync(join(distDir, file), 'utf8');
const isRedirect = (html: string) => /<meta http-equiv="refresh"/.test(html);
const decode = (value: string) =>
  value
    .replace(/&amp;/g, '&')
    .replace(/&#(\d+);/g, (_m, code: string) => String.fromCharCode(Number(code)));
const attributes = (html: string, name: string) =>
  [...html.matchAll(new RegExp(`\\s${name}="([^"]*)"`, 'g'))].map((m) => decode(m[1] ?? ''));

/** The site path of a built file: `en/weights/gpt2-en/index.html` → `/en/weights/gpt2-en/`. */
const pathOf = (file: string) => site(file.replace(/index\.html$/, ''));

/** The built file a site path names, or undefined. */
function fileFor(pathname: string): string | undefined {
  if (!pathname.startsWith(site(''))) return undefined;
  const inside = decodeURIComponent(pathname.slice(site('').length));
  const candidates =
    inside === '' || inside.endsWith('/')
      ? [`${inside}index.html`]
      : [inside, `${inside}/index.html`];
  return candidates.find((candidate) => {
    try {
      readFileSync(join(distDir, candidate));
      return true;
    } catch {
      return false;
    }
  });
}

test('the site has every page the catalog promises', () => {
  expect(htmlFiles).toContain('404.html');
  expect(
    htmlFiles.filter(
      (f) => /^(en|zh-cn)\/weights\/.+\/index\.html$/.test(f) && !isRedirect(read(f)),
    ),
  ).toHaveLength(22);
});

test('every built page is valid HTML', async () => {
  const validator = new HtmlValidate({
    extends: ['html-validate:recommended'],
    rules: {
      // Astro writes `<!DOCTYPE html>` and void elements its own way; both are valid HTML.
      'doctype-style': 'off',
      'void-style': 'off',
      // Shiki colours code with inline styles; that is its output format, not ours.
      'no-inline-style': 'off',
      // Row anchors are the weight ids, slash included (`/en/#junnyu/distilgpt2`): valid in
      // HTML5, which allows any id without whitespace; the strict rule predates that.
      'valid-id': ['error', { relaxed: true }],
      // The search field is a WAI-ARIA combobox over a listbox of results: a <select> cannot
      // search as the reader types, which is the point of it.
      'prefer-native-element': ['error', { exclude: ['combobox', 'listbox', 'option'] }],
    },
  });
  const failures: string[] = [];
  for (const file of htmlFiles) {
    const report: Report = await validator.validateString(read(file), file);
    for (const result of report.results) {
      for (const m of result.messages)
        failures.push(`${file}:${m.line}:${m.column} ${m.ruleId}: ${m.message}`);
    }
  }
  expect(failures).toEqual([]);
});

test('every internal link and #anchor resolves, alias redirects included', () => {
  const ids = new Map<string, Set<string>>();
  const idsOf = (file: string) => {
    let set = ids.get(file);
    if (!set) {
      set = new Set(attributes(read(file), 'id'));
      ids.set(file, set);
    }
    return set;
  };
  const broken: string[] = [];
  let checked = 0;
  for (const file of htmlFiles) {
    const html = read(file);
    const here = new URL(pathOf(file), 'http://site.test');
    const targets = [...attributes(html, 'href'), ...attributes(html, 'src')];
    const refresh = /<meta http-equiv="refresh" content="0; url=([^"]+)"/.exec(html)?.[1];
    if (refresh) targets.push(decode(refresh));
    for (const target of targets) {
      const url = new URL(target, here);
      if (url.origin !== here.origin) continue;
      checked++;
      const targetFile = url.pathname === here.pathname ? file : fileFor(url.pathname);
      if (!targetFile) {
        broken.push(`${file}: ${target} (no such page)`);
        continue;
      }
      const anchor = decodeURIComponent(url.hash.slice(1));
      if (anchor && targetFile.endsWith('.html') && !idsOf(targetFile).has(anchor)) {
        broken.push(`${file}: ${target} (no #${anchor} there)`);
      }
    }
  }
  expect(broken).toEqual([]);
  // Guards the extraction itself: every page links to at least a few others.
  expect(checked).toBeGreaterThan(htmlFiles.length * 5);
});

test('no page loads anything from another origin', () => {
  const outside: string[] = [];
  for (const file of htmlFiles) {
    const html = read(file);
    const loads = [
      ...[
        ...html.matchAll(/<(?:script|img|iframe|audio|video|source|embed)\b[^>]*\ssrc="([^"]*)"/g),
      ].map((m) => m[1]),
      ...[...html.matchAll(/<link\b[^>]*>/g)]
        .filter((m) => !/rel="(?:canonical|alternate)"/.test(m[0]))
        .map((m) => /\shref="([^"]*)"/.exec(m[0])?.[1]),
      ...[...html.matchAll(/url\(\s*['"]?([^'")]+)/g)].map((m) => m[1]),
      ...[...html.matchAll(/@import\s+['"]([^'"]+)/g)].map((m) => m[1]),
    ];
    for (const load of loads) {
      if (load && /^(?:[a-z]+:)?\/\//i.test(load) && !load.startsWith('data:'))
        outside.push(`${file}: ${load}`);
    }
  }
  expect(outside).toEqual([]);
});

async function expectNoViolations(page: Page, what: string) {
  const results = await new AxeBuilder({ page })
    // WCAG 2.2 AA (target size among it), plus the rules axe still calls experimental:
    // label-in-name (WCAG 2.5.3) is one of them.
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'experimental'])
    .analyze();
  const violations = results.violations.map(
    (v) => `${what}: ${v.id} (${v.impact}): ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
  );
  expect(violations).toEqual([]);
}

const pages = htmlFiles
  .filter((file) => file !== '404.html' && !isRedirect(read(file)))
  .map((file) => ({ file, path: pathOf(file) }));

for (const { file, path } of pages) {
  test(`accessibility: ${file}`, async ({ page }) => {
    const compare = /compare\/index\.html$/.test(file);
    await page.goto(compare ? `${path}?ids=gpt2-en,junnyu/distilgpt2,gpt-cpm-large-cn` : path);
    if (compare) await expect(page.getByRole('table')).toBeVisible();
    if (file === 'index.html') await page.waitForURL(/\/(en|zh-cn)\/$/);
    await expectNoViolations(page, file);
  });
}

for (const [locale, query] of [
  ['en', 'dialogpt'],
  ['zh-cn', '古诗'],
] as const) {
  test(`accessibility: the ${locale} 404 page and the open search`, async ({ page }) => {
    await page.goto(site(`${locale}/no-such-page/`));
    await expectNoViolations(page, `${locale} 404`);
    await page.goto(site(`${locale}/weights/gpt2-en/`));
    const { box, results } = await openSearch(page);
    await box.fill(query);
    await expect(results.getByRole('option').first()).toBeVisible();
    await expectNoViolations(page, `${locale} search open`);
  });
}

test.describe('in dark mode', () => {
  test.use({ colorScheme: 'dark' });
  for (const path of ['en/', 'zh-cn/weights/junnyu/uer-gpt2-chinese-poem/']) {
    test(`accessibility: ${path}`, async ({ page }) => {
      await page.goto(site(path));
      await expectNoViolations(page, `${path} (dark)`);
    });
  }
});
