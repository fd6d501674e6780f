/**
 * `npm run screenshots [-- <dist folder>]`: pictures of every page kind for people to look at,
 * because no gate judges how a page looks. Desktop (1280×800) and phone (390×844), light and
 * dark, both languages, with search closed (the whole page) and open (the viewport, a query
 * typed). Writes screenshots/<kind>-<locale>-<device>-<scheme>-<closed|search>.png and prints
 * the list. Serves the folder itself (dist/ by default: build it first with `npm run build`).
 */
import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { chromium } from 'playwright-core';
import { chromiumArgs, chromiumExecutable } from '../tests/chromium.ts';
import { serve } from './serve.mjs';

const root = resolve(import.meta.dirname, '..');
const args = process.argv.slice(2);
const onlyAt = args.indexOf('--only');
// `--only desktop-light` (or any part of the file names) narrows the set while iterating.
const only = onlyAt >= 0 ? args.splice(onlyAt, 2)[1] : undefined;
const dist = resolve(root, args[0] ?? 'dist');
const out = join(root, 'screenshots');

const kinds = [
  { kind: 'home', path: (l) => `/${l}/` },
  { kind: 'family', path: (l) => `/${l}/families/gpt/` },
  // Imported rows whose details are PaddleNLP's English note, on the Chinese page too.
  { kind: 'family-bert', path: (l) => `/${l}/families/bert/` },
  { kind: 'weight', path: (l) => `/${l}/weights/junnyu/microsoft-DialoGPT-medium/` },
  // An imported weight whose page and code disagree (electra-small's hidden size).
  { kind: 'weight-imported', path: (l) => `/${l}/weights/electra-small/` },
  // A hand-verified weight, a disagreement and a fact XLNet's family explains, side by side.
  { kind: 'compare', path: (l) => `/${l}/compare/?ids=gpt2-en,electra-small,xlnet-base-cased` },
  { kind: 'weight-xlnet', path: (l) => `/${l}/weights/xlnet-base-cased/` },
  { kind: 'about', path: (l) => `/${l}/about/` },
  { kind: 'not-found', path: (l) => `/${l}/weights/gpt2-medum-en/` },
];
const devices = [
  { device: 'desktop', viewport: { width: 1280, height: 800 }, isMobile: false },
  { device: 'phone', viewport: { width: 390, height: 844 }, isMobile: true },
];
const queries = { en: 'dialogpt', 'zh-cn': '诗' };

mkdirSync(out, { recursive: true });
const { server, origin } = await serve(dist);
const browser = await chromium.launch({ executablePath: chromiumExecutable, args: chromiumArgs });
try {
  for (const { device, viewport, isMobile } of devices) {
    for (const colorScheme of ['light', 'dark']) {
      const context = await browser.newContext({
        viewport,
        isMobile,
        hasTouch: isMobile,
        deviceScaleFactor: 1,
        colorScheme,
      });
      const page = await context.newPage();
      for (const locale of ['en', 'zh-cn']) {
        for (const { kind, path } of kinds) {
          const name = `${kind}-${locale}-${device}-${colorScheme}`;
          if (only !== undefined && !name.includes(only)) continue;
          await page.goto(origin + path(locale), { waitUntil: 'networkidle' });
          await page.screenshot({ path: join(out, `${name}-closed.png`), fullPage: true });
          // Open search as a reader does: the header's search button, then type. The 404 page,
          // bilingual and bare, has none.
          const button = page.getByRole('button', { name: /^(Search weights|搜索权重)$/ });
          if ((await button.count()) === 0) {
            console.log(`${name}-closed.png (no search on this page)`);
            continue;
          }
          await button.click();
          await page.keyboard.type(queries[locale]);
          await page.getByRole('status').filter({ hasText: queries[locale] }).last().waitFor();
          await page.screenshot({ path: join(out, `${name}-search.png`) });
          console.log(`${name}-{closed,search}.png`);
        }
      }
      await context.close();
    }
  }
} finally {
  await browser.close();
  server.close();
}
console.log(`\nwritten to ${out}`);
