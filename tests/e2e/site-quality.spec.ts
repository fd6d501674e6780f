/**
 * Issue #6 gates over the whole built site, against whichever host E2E_TARGET serves: every page
 * the catalog promises exists, every internal link and anchor resolves, nothing is loaded from
 * another origin (all three read every built file, no browser), and axe on the 404 page and with
 * search open, which the host serves. axe in dark mode and on each page kind is
 * accessibility.spec.ts; html-validate html-validity.spec.ts.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { basePath, distDir, expect, openSearch, site, test } from './fixtures.ts';
import { familiesOf, loadWeights } from '../helpers/content.ts';
import { expectNoViolations } from './axe.ts';
import { breakableNumberSpaces } from '../../src/lib/no-break.ts';

const htmlFiles = readdirSync(distDir, { recursive: true, encoding: 'utf8' })
  .filter((file) => file.endsWith('.html'))
  .map((file) => file.replaceAll('\\', '/'))
  .sort();

const read = (file: string) => readFileSync(join(distDir, file), 'utf8');
/**
 * A page's <body> without the elements whose text is not shown as lines of prose: scripts,
 * styles, templates, and `unwrapped` (a code block; inline code too, where asked).
 */
const shownBody = (file: string, unwrapped: 'pre' | 'pre|code') =>
  (/<body[\s\S]*<\/body>/.exec(read(file))?.[0] ?? '').replace(
    new RegExp(`<(script|style|${unwrapped}|template)\\b[\\s\\S]*?<\\/\\1>`, 'g'),
    '',
  );
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
  const weights = loadWeights();
  expect(
    htmlFiles.filter(
      (f) => /^(en|zh-cn)\/weights\/.+\/index\.html$/.test(f) && !isRedirect(read(f)),
    ),
  ).toHaveLength(weights.length * 2);
  for (const family of familiesOf(weights).keys()) {
    expect(htmlFiles).toContain(`en/families/${family}/index.html`);
    expect(htmlFiles).toContain(`zh-cn/families/${family}/index.html`);
  }
});

test('every internal link and #anchor resolves, alias redirects included', () => {
  test.setTimeout(10 * 60_000);
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

test('no Chinese page lets a line end on a number and start the next with its unit', () => {
  // "12 层", "1.24 亿", "2022-04-25 版": the space Chinese technical writing sets between a number
  // and the word after it must be a no-break space (src/lib/no-break.ts). Code blocks do not wrap.
  const zh = htmlFiles.filter((f) => f.startsWith('zh-cn/'));
  const found: string[] = [];
  let kept = 0;
  for (const file of zh) {
    const text = shownBody(file, 'pre')
      // A date's <time> is part of its sentence: "<time>2025-03</time> 版" is "2025-03 版".
      .replace(/<\/?time\b[^>]*>/g, '')
      // Any other tag ends a run of text (`<td>12</td><td>层数</td>` is not "12 层数"), and is no
      // space.
      .replace(/<[^>]*>/g, '\u0000');
    if (/\d\u00a0\p{Script=Han}/u.test(text)) kept++;
    for (const at of breakableNumberSpaces(text)) {
      // The ordinary space shown as ␣, beside the no-break ones around it.
      const excerpt = `${text.slice(Math.max(0, at - 12), at)}␣${text.slice(at + 1, at + 8)}`;
      found.push(`${file}: "${excerpt.replace(/[\u0000 \t\r\n]+/g, ' ').trim()}"`);
    }
  }
  expect(found, `${found.length} places`).toEqual([]);
  // Guards the extraction: nearly every Chinese page shows a count ("552 个权重") or a size.
  expect(kept).toBeGreaterThan(zh.length / 2);
});

test('every date a page shows is a <time>, which keeps it on one line', () => {
  // Browsers break a line after a date's hyphen ("2025-" / "03 revision"); LineText.astro and the
  // prose renderer set each date as a <time>, which the stylesheet keeps whole. Code shows as is.
  const found: string[] = [];
  let times = 0;
  for (const file of htmlFiles) {
    const text = shownBody(file, 'pre|code')
      .replace(
        /<time datetime="([^"]*)">([^<]*)<\/time>/g,
        (_, datetime: string, shown: string) => {
          times++;
          return datetime === shown ? '' : `(${shown} with datetime="${datetime}")`;
        },
      )
      .replace(/<[^>]*>/g, ' ');
    // Read apart from dateParts, which sets them: a form it missed would be missed here too.
    for (const date of text.matchAll(/(?<![\d-])\d{4}-\d{2}(?:-\d{2})?(?![\d-])/g))
      found.push(`${file}: ${date[0]}`);
    for (const wrong of text.matchAll(/\([^)]* with datetime="[^"]*"\)/g))
      found.push(`${file}: ${wrong[0]}`);
  }
  expect(found, `${found.length} dates`).toEqual([]);
  // Guards the extraction: every weight page cites a dated source.
  expect(times).toBeGreaterThan(htmlFiles.filter((f) => f.includes('/weights/')).length / 2);
});

for (const [locale, query] of [
  ['en', 'dialogpt'],
  ['zh-cn', '古诗'],
] as const) {
  test(`accessibility: the ${locale} 404 page and the open search`, async ({ page }) => {
    test.setTimeout(120_000);
    await page.goto(site(`${locale}/no-such-page/`));
    await expectNoViolations(page, `${locale} 404`);
    await page.goto(site(`${locale}/weights/gpt2-en/`));
    const { box, results } = await openSearch(page);
    await box.fill(query);
    await expect(results.getByRole('option').first()).toBeVisible();
    await expectNoViolations(page, `${locale} search open`);
  });
}

/*
 * The browser tests share one context per worker, reset between tests (reuseContext in
 * playwright.config.ts). This guards the reason that is enough: a reader's visit, using each
 * script the site runs without a permission (the copy button needs the clipboard's), leaves
 * nothing behind but the weights chosen to compare, in sessionStorage, which the reset clears;
 * not even in CacheStorage, which it does not. A site that starts to keep other state in the
 * browser fails here first, and then the reuse needs a second look.
 */
test('a visit that uses search, the table, compare, the language switch and the 404 stores nothing in the browser but its compare choice', async ({
  page,
  context,
}) => {
  // The root sends the reader to a language's home by a script.
  await page.goto(site(''));
  await expect(page).toHaveURL(/\/(en|zh-cn)\/$/);
  await page.goto(site('en/'));
  const { box, results } = await openSearch(page);
  await box.fill('gpt2-en');
  await results.getByRole('option').first().click();
  await expect(page).toHaveURL(/\/weights\//);
  await page.goto(site('en/families/gpt/'));
  const controls = page.getByRole('group', { name: 'Filter and compare the weights' });
  await controls.getByLabel('Provided by').selectOption('community');
  await page.getByRole('columnheader', { name: 'Parameters' }).getByRole('button').click();
  await page.getByRole('checkbox', { name: 'Compare junnyu/distilgpt2' }).check();
  await page.getByRole('checkbox', { name: 'Compare junnyu/uer-gpt2-chinese-poem' }).check();
  await page.getByRole('link', { name: /Compare selected/ }).click();
  await expect(page).toHaveURL(/\/en\/compare\/\?ids=/);
  await page
    .getByRole('navigation', { name: 'Language' })
    .getByRole('link', { name: '简体中文' })
    .click();
  await expect(page).toHaveURL(/\/zh-cn\/compare\//);
  // A weight's 404 looks the id up, and offers the nearest.
  await page.goto(site('zh-cn/weights/gpt2-enn/'));
  await expect(page.getByRole('link', { name: 'gpt2-en', exact: true })).toBeVisible();

  expect(await context.cookies(), 'cookies').toEqual([]);
  const stored = await page.evaluate(async () => ({
    localStorage: localStorage.length,
    sessionStorage: Object.fromEntries(
      Array.from({ length: sessionStorage.length }, (_, i) => sessionStorage.key(i)!).map((key) => [
        key,
        sessionStorage.getItem(key),
      ]),
    ),
    indexedDB: (await indexedDB.databases()).map((db) => db.name),
    serviceWorkers: (await navigator.serviceWorker.getRegistrations()).length,
    caches: await caches.keys(),
  }));
  expect(stored).toEqual({
    localStorage: 0,
    // For the tab's other pages (summary-table.ts): the ids ticked, in the order ticked.
    // Under a key that names the site's base path, which another site on the origin has not.
    sessionStorage: {
      [`compare:${basePath}`]: 'junnyu/distilgpt2,junnyu/uer-gpt2-chinese-poem',
    },
    indexedDB: [],
    serviceWorkers: 0,
    caches: [],
  });
});
