/**
 * Lighthouse scores of a built site, for the benchmark (bench/bench.mjs): the four categories
 * (performance, accessibility, best practices, SEO) of the summary table, a weight page and the
 * compare page, with Lighthouse's mobile and desktop settings, in Debian's Chromium. A
 * measurement, never a test: Lighthouse's performance score moves with the machine's load.
 */
import lighthouse from 'lighthouse';
import desktopConfig from 'lighthouse/core/config/desktop-config.js';
import { launch } from 'chrome-launcher';
import { chromiumArgs, chromiumExecutable } from '../tests/chromium.ts';
import { serve } from './serve.mjs';

export const lighthousePages = [
  { kind: 'table', path: '/en/' },
  { kind: 'weight', path: '/en/weights/gpt2-en/' },
  { kind: 'compare', path: '/en/compare/?ids=gpt2-en,gpt2-medium-en,junnyu/distilgpt2' },
];
const categories = ['performance', 'accessibility', 'best-practices', 'seo'];

/** `{ table: { mobile: { performance: 100, … }, desktop: {…} }, … }` for the site in `dist`. */
export async function lighthouseScores(dist) {
  const { server, origin } = await serve(dist);
  const chrome = await launch({
    chromePath: chromiumExecutable,
    chromeFlags: ['--headless=new', ...chromiumArgs],
  });
  try {
    const scores = {};
    for (const { kind, path } of lighthousePages) {
      scores[kind] = {};
      for (const [form, config] of [
        ['mobile', undefined],
        ['desktop', desktopConfig],
      ]) {
        const run = await lighthouse(
          origin + path,
          { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: categories },
          config,
        );
        if (!run) throw new Error(`Lighthouse returned nothing for ${path}`);
        scores[kind][form] = Object.fromEntries(
          categories.map((c) => [c, Math.round((run.lhr.categories[c]?.score ?? 0) * 100)]),
        );
        // What cost points, so a score below 100 can be acted on.
        scores[kind][form].failing = Object.values(run.lhr.audits)
          .filter((a) => a.score !== null && a.score < 1 && a.scoreDisplayMode !== 'informative')
          .filter((a) => a.scoreDisplayMode !== 'manual' && a.scoreDisplayMode !== 'notApplicable')
          .map((a) => `${a.id} ${a.displayValue ?? a.score}`.trim());
      }
    }
    return scores;
  } finally {
    chrome.kill();
    server.close();
  }
}

/** `node bench/lighthouse.mjs [dist]`: the scores alone, printed. */
if (import.meta.main) {
  const scores = await lighthouseScores(process.argv[2] ?? 'dist');
  for (const [kind, forms] of Object.entries(scores)) {
    for (const [form, s] of Object.entries(forms)) {
      console.log(
        `${kind.padEnd(8)} ${form.padEnd(8)} ${categories.map((c) => `${c} ${s[c]}`).join(' · ')}` +
          (s.failing.length ? `\n${' '.repeat(18)}${s.failing.join('; ')}` : ''),
      );
    }
  }
}
