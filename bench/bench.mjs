/**
 * `npm run bench [-- 11,1000,5000]`: builds the site at catalog sizes N and prints what a reader
 * and a maintainer pay for it. Never a test: it measures and reports; targets are judged by people.
 *
 * For each N: a deterministic synthetic catalog (bench/synthetic.mjs), a real build of it
 * (wall time, ms per page, peak memory of the build's process tree), the output's size, the
 * first-load bytes of the summary and a detail page, search latency in Chromium (last keystroke
 * to first result, cold and warm, English and Chinese) and search relevance (the rank of the
 * expected weight for fixed queries). Writes bench/results/<N>.json and the table in
 * BENCHMARKS.md.
 */
import { spawn } from 'node:child_process';
import { cpus, totalmem } from 'node:os';
import {
  existsSync,
  mkdirSync,
  readFileSync,
  readdirSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { chromium } from 'playwright-core';
import { chromiumArgs, chromiumExecutable } from '../tests/chromium.ts';
import { lighthouseScores } from './lighthouse.mjs';
import { serve } from './serve.mjs';
import { writeSyntheticCatalog } from './synthetic.mjs';
import { searchRanking } from '../src/lib/search-ranking.ts';

/** A rank past the ten the box lists: "23rd of 117" as `23/117`, or `>10`. */
const rankPast = (word) => (word?.rank ? `${word.rank}/${word.of}` : '>10');

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const tmp = join(root, 'bench', 'tmp');
const sizes = (process.argv[2] ?? '11,1000,5000,zoo')
  .split(',')
  .map((size) => (size === 'zoo' ? size : Number(size)));

const relevanceQueries = [
  { query: 'junnyu/microsoft-DialoGPT-small', expect: 'junnyu/microsoft-DialoGPT-small', want: 1 },
  { query: 'microsoft-DialoGPT-small', expect: 'junnyu/microsoft-DialoGPT-small', want: 3 },
  { query: 'junnyu/uer-gpt2-chinese-poem', expect: 'junnyu/uer-gpt2-chinese-poem', want: 1 },
  { query: 'uer-gpt2-chinese-poem', expect: 'junnyu/uer-gpt2-chinese-poem', want: 3 },
  {
    query: 'junnyu/microsoft-DialoGPT-medium',
    expect: 'junnyu/microsoft-DialoGPT-medium',
    want: 1,
  },
  { query: 'microsoft-DialoGPT-medium', expect: 'junnyu/microsoft-DialoGPT-medium', want: 3 },
  { query: 'gpt2-medium-en', expect: 'gpt2-medium-en', want: 1 },
  { query: 'gpt2-en', expect: 'gpt2-en', want: 1 },
  { query: 'junnyu/distilgpt2', expect: 'junnyu/distilgpt2', want: 1 },
  { query: 'distilgpt2', expect: 'junnyu/distilgpt2', want: 3 },
  { query: 'dialogpt', expect: 'junnyu/microsoft-DialoGPT-small', want: 3 },
  // A distinctive word of the poem model's prose, against look-alikes with shorter pages.
  // Each in the language of the prose that has it.
  { query: '诗歌', expect: 'junnyu/uer-gpt2-chinese-poem', want: 3, locales: ['zh-cn'] },
  { query: 'poetry', expect: 'junnyu/uer-gpt2-chinese-poem', want: 3, locales: ['en'] },
  // A family's name: the rank of its first official PaddleNLP weight (the real zoo only).
  { query: 'bert', family: 'bert', want: 1 },
  { query: 'ernie', family: 'ernie', want: 1 },
  { query: 'roberta', family: 'roberta', want: 1 },
];

async function main() {
  mkdirSync(join(root, 'bench', 'results'), { recursive: true });
  const results = [];
  for (const n of sizes) {
    console.log(`\n== ${n} weights ==`);
    // `zoo`: the real catalog of content/, as imported from PaddleNLP's pages.
    const content = n === 'zoo' ? join(root, 'content') : join(tmp, `content-${n}`);
    const dist = join(tmp, `dist-${n}`);
    if (n !== 'zoo') writeSyntheticCatalog(join(root, 'content'), content, n);
    rmSync(dist, { recursive: true, force: true });
    const build = await timedBuild(content, dist);
    const weights = JSON.parse(readFileSync(join(dist, 'weights.json'), 'utf8')).weights.length;
    const result = {
      weights: n === 'zoo' ? `${weights} (the zoo)` : n,
      ...build,
      ...outputStats(dist),
      ...firstLoad(dist),
    };
    Object.assign(result, await browserFigures(dist));
    result.lighthouse = await lighthouseScores(dist);
    results.push(result);
    const file = join(root, 'bench', 'results', `${n}.json`);
    if (existsSync(file)) printChanges(JSON.parse(readFileSync(file, 'utf8')), result);
    writeFileSync(file, `${JSON.stringify(result, null, 2)}\n`);
    printResult(result);
  }
  // The table shows every size measured so far: a run of one size updates its own row.
  const all = readdirSync(join(root, 'bench', 'results'))
    .filter((f) => f.endsWith('.json'))
    .map((f) => JSON.parse(readFileSync(join(root, 'bench', 'results', f), 'utf8')))
    .sort((a, b) => a.weights - b.weights);
  writeBenchmarksMd(all.length > 0 ? all : results);
}

/**
 * Runs the site's build (`npm run build`: src/build/build.ts, `astro build` then Pagefind) on a
 * content folder, sampling the RSS of its whole process tree: the peak overall, and the peaks of
 * the Astro step and of the search step (while a Pagefind process runs).
 */
function timedBuild(content, dist) {
  return new Promise((resolvePromise, reject) => {
    const started = performance.now();
    const child = spawn(
      process.execPath,
      // --force: a cold build, as CI and a fresh clone make it, not one served from the content
      // cache of the previous run.
      [join(root, 'src/build/build.ts'), '--force', '--outDir', dist],
      {
        cwd: root,
        env: { ...process.env, CATALOG_CONTENT_DIR: content, NO_COLOR: '1' },
        stdio: ['ignore', 'pipe', 'pipe'],
      },
    );
    let output = '';
    child.stdout.on('data', (d) => (output += d));
    child.stderr.on('data', (d) => (output += d));
    const peak = { all: 0, astro: 0, search: 0 };
    const timer = setInterval(() => {
      const { total, commands } = treeRss(child.pid);
      peak.all = Math.max(peak.all, total);
      if (commands.some((command) => command.includes('astro/bin/astro.mjs'))) {
        peak.astro = Math.max(peak.astro, total);
      } else if (commands.some((command) => command.includes('pagefind'))) {
        peak.search = Math.max(peak.search, total);
      }
    }, 100);
    child.on('exit', (code) => {
      clearInterval(timer);
      const ms = performance.now() - started;
      if (code !== 0) return reject(new Error(`build failed:\n${output.slice(-3000)}`));
      const pages = Number(/(\d+) page\(s\) built/.exec(output)?.[1] ?? 0);
      resolvePromise({
        buildSeconds: round(ms / 1000, 1),
        pages,
        msPerPage: round(ms / pages, 1),
        peakMiB: round(peak.all / 1024, 0),
        peakAstroMiB: round(peak.astro / 1024, 0),
        // null when the step ended between two samples (the 11 real weights index in ~0.1 s).
        peakSearchMiB: peak.search > 0 ? round(peak.search / 1024, 0) : null,
      });
    });
  });
}

/** Resident memory (KiB) of a process and all its descendants, and their command lines. */
function treeRss(pid) {
  let total = 0;
  const children = new Map();
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
      const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      if (!children.has(ppid)) children.set(ppid, []);
      children.get(ppid).push(Number(entry));
    } catch {}
  }
  const commands = [];
  const stack = [pid];
  while (stack.length) {
    const p = stack.pop();
    try {
      const status = readFileSync(`/proc/${p}/status`, 'utf8');
      total += Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0);
      commands.push(readFileSync(`/proc/${p}/cmdline`, 'utf8'));
    } catch {}
    stack.push(...(children.get(p) ?? []));
  }
  return { total, commands };
}

function walk(dir) {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => join(e.parentPath, e.name));
}

function outputStats(dist) {
  const files = walk(dist);
  const bytes = files.reduce((sum, f) => sum + statSync(f).size, 0);
  const pagefind = walk(join(dist, 'pagefind')).reduce((sum, f) => sum + statSync(f).size, 0);
  return {
    distMiB: round(bytes / 2 ** 20, 1),
    distFiles: files.length,
    pagefindMiB: round(pagefind / 2 ** 20, 2),
  };
}

/** Bytes (gzip) a first visit downloads: the HTML, its stylesheets and its module graph. */
function firstLoad(dist) {
  const page = (path) => {
    const html = readFileSync(join(dist, path), 'utf8');
    const gz = (text) => gzipSync(text, { level: 9 }).length;
    const css = [...html.matchAll(/<link rel="stylesheet" href="([^"]+)"/g)].map((m) =>
      gz(readFileSync(join(dist, m[1]))),
    );
    const seen = new Set();
    const queue = [...html.matchAll(/<script type="module" src="([^"]+)"/g)].map((m) => m[1]);
    let js = 0;
    while (queue.length) {
      const src = queue.shift();
      if (seen.has(src)) continue;
      seen.add(src);
      const code = readFileSync(join(dist, src), 'utf8');
      js += gz(code);
      // Static imports load with the page; dynamic import() waits for the reader (search).
      for (const m of code.matchAll(
        /(?:^|[;}\s])import\s*(?:[\w*{}\s,$]+from\s*)?["'`](\.\/[^"'`]+)["'`]/g,
      )) {
        queue.push(join(dirname(src), m[1]));
      }
    }
    const inlineJs = [
      ...html.matchAll(
        /<script(?![^>]*\ssrc=)(?![^>]*application\/json)[^>]*>([\s\S]*?)<\/script>/g,
      ),
    ]
      .map((m) => m[1])
      .join('');
    js += inlineJs ? gz(inlineJs) : 0;
    return {
      htmlGzip: gz(html),
      cssGzip: css.reduce((a, b) => a + b, 0),
      jsGzip: js,
      totalGzip: gz(html) + css.reduce((a, b) => a + b, 0) + js,
    };
  };
  return {
    summaryPage: page('en/index.html'),
    detailPage: page('en/weights/gpt2-en/index.html'),
    // Both resolve ids and aliases, with a lookup they fetch when needed rather than carry.
    notFoundPage: page('404.html'),
    comparePage: page('en/compare/index.html'),
  };
}

async function browserFigures(dist) {
  const catalog = JSON.parse(readFileSync(join(dist, 'weights.json'), 'utf8'));
  /** Ids of PaddleNLP's own weights in a family. */
  const officialOf = (family) =>
    new Set(
      catalog.weights
        .filter((w) => w.facts.family === family && w.facts.provider === 'paddlenlp')
        .map((w) => w.id),
    );
  const { server, origin } = await serve(dist);
  const browser = await chromium.launch({
    executablePath: chromiumExecutable,
    args: chromiumArgs,
  });
  try {
    const latency = {};
    for (const [locale, cold, warm] of [
      ['en', 'dialogpt', 'distilgpt2'],
      ['zh-cn', '古诗', '对话'],
    ]) {
      // The median of several pages: on two shared cores one sample varies by half.
      const samples = { cold: [], warm: [] };
      for (let i = 0; i < LATENCY_SAMPLES; i++) {
        const page = await browser.newPage();
        await page.goto(`${origin}/${locale}/weights/gpt2-en/`);
        samples.cold.push(await searchLatency(page, cold, { warm: false }));
        samples.warm.push(await searchLatency(page, warm, { warm: true }));
        await page.close();
      }
      latency[locale] = {
        coldMs: median(samples.cold),
        warmMs: median(samples.warm),
        coldSamples: samples.cold,
        warmSamples: samples.warm,
      };
    }
    const relevance = {};
    for (const locale of ['en', 'zh-cn']) {
      const page = await browser.newPage();
      await page.goto(`${origin}/${locale}/`);
      relevance[locale] = [];
      for (const q of relevanceQueries.filter((q) => (q.locales ?? [locale]).includes(locale))) {
        // What the reader gets: the query typed into the search box, the weights it lists. The
        // offers of a family's page or a task's table above them are not weights' ranks.
        const box = await openSearch(page);
        await box.fill(q.query);
        const status = page.locator('[data-search-status]');
        await status.filter({ hasText: q.query }).waitFor();
        const urls = (
          await page
            .getByRole('listbox', { name: /Search results|搜索结果/ })
            .getByRole('option')
            .evaluateAll((links) => links.map((a) => new URL(a.href).pathname))
        ).filter((u) => u.startsWith(`/${locale}/weights/`));
        const official = q.family === undefined ? null : officialOf(q.family);
        if (official !== null && official.size === 0) continue;
        const rank =
          urls.findIndex((u) =>
            official === null
              ? u === `/${locale}/weights/${q.expect}/`
              : official.has(u.replace(`/${locale}/weights/`, '').replace(/\/$/, '')),
          ) + 1;
        relevance[locale].push({
          query: q.query,
          expect: q.expect ?? `an official ${q.family} weight`,
          rank: rank || null,
          // Past the 10 the box lists: the rank among all of Pagefind's hits for the words.
          ...(rank === 0 && q.expect !== undefined
            ? { wordRank: await wordRank(page, locale, q.query, q.expect) }
            : {}),
          target: q.want,
        });
      }
      await page.close();
    }
    return { searchLatency: latency, relevance };
  } finally {
    await browser.close();
    server.close();
  }
}

/**
 * Where Pagefind ranks a weight's page among every page its words match, `{ rank, of }`, with the
 * site's ranking (src/lib/search-ranking.ts): how far past the listed ten a weight is.
 */
async function wordRank(page, locale, query, id) {
  return page.evaluate(
    async ({ bundle, query, path, ranking }) => {
      const pagefind = await import(bundle);
      await pagefind.options({ ranking });
      const { results } = await pagefind.search(query);
      for (const [i, result] of results.entries()) {
        const { url } = await result.data();
        if (new URL(url, location.href).pathname === path)
          return { rank: i + 1, of: results.length };
      }
      return { rank: null, of: results.length };
    },
    {
      bundle: `/pagefind/${locale}/pagefind.js`,
      query,
      path: `/${locale}/weights/${id}/`,
      ranking: searchRanking,
    },
  );
}

/**
 * Types a query; milliseconds from its last keystroke to the first render of its results. Cold:
 * the page's first search, typed straight through, so Pagefind loads meanwhile (the search UI drops
 * results of superseded keystrokes). Warm: the prefix is typed and allowed to settle first.
 */
async function searchLatency(page, query, { warm }) {
  const box = await openSearch(page);
  await box.fill('');
  await box.focus();
  if (warm) {
    await page.keyboard.type(query.slice(0, -1));
    await page.waitForTimeout(1500);
  }
  await page.evaluate((query) => {
    const list = document.querySelector('[data-search-results]');
    const status = document.querySelector('[data-search-status]');
    // The results of this query, not of its prefix: typed straight through, a prefix's results
    // can render before the last keystroke (which made cold figures negative on a fast run). The
    // status names the query its results are for, and is written with them.
    window.__firstResult = new Promise((resolveResult) => {
      new MutationObserver((_m, observer) => {
        if (list.children.length > 0 && status.textContent.includes(query)) {
          observer.disconnect();
          resolveResult(performance.now());
        }
      }).observe(list.parentElement, { childList: true, subtree: true, characterData: true });
    });
  }, query);
  if (!warm) await page.keyboard.type(query.slice(0, -1));
  const lastKey = await page.evaluate(() => performance.now());
  await page.keyboard.type(query.slice(-1));
  const first = await page.evaluate(() => window.__firstResult);
  return round(first - lastKey, 0);
}

/** Opens the search dialog with the header's button, if it is not open; returns its field. */
async function openSearch(page) {
  const box = page.getByRole('combobox', { name: /^(Search weights|搜索权重)$/ });
  if (!(await box.isVisible())) {
    await page.getByRole('button', { name: /^(Search weights|搜索权重)$/ }).click();
  }
  return box;
}

const LATENCY_SAMPLES = 5;

function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

function round(value, digits) {
  const f = 10 ** digits;
  return Math.round(value * f) / f;
}

function printResult(r) {
  console.log(
    [
      `build ${r.buildSeconds} s (${r.pages} pages, ${r.msPerPage} ms/page), peak ${r.peakMiB} MiB (astro build ${r.peakAstroMiB}, search ${r.peakSearchMiB ?? 'too short to sample'})`,
      `dist ${r.distMiB} MiB in ${r.distFiles} files, Pagefind ${r.pagefindMiB} MiB`,
      `summary page first load ${kb(r.summaryPage.totalGzip)} gzip (JS ${kb(r.summaryPage.jsGzip)})`,
      `detail page first load ${kb(r.detailPage.totalGzip)} gzip (JS ${kb(r.detailPage.jsGzip)})`,
      `404 page ${kb(r.notFoundPage.totalGzip)}, compare page ${kb(r.comparePage.totalGzip)} gzip`,
      `search en cold ${r.searchLatency.en.coldMs} ms, warm ${r.searchLatency.en.warmMs} ms; zh cold ${r.searchLatency['zh-cn'].coldMs} ms, warm ${r.searchLatency['zh-cn'].warmMs} ms`,
      ...Object.entries(r.relevance).map(
        ([l, qs]) =>
          `relevance ${l}: ${qs.map((q) => `${q.query} → ${q.rank ?? rankPast(q.wordRank)}`).join('; ')}`,
      ),
      ...Object.entries(r.lighthouse ?? {}).map(
        ([kind, forms]) =>
          `Lighthouse ${kind}: ${Object.entries(forms)
            .map(([form, s]) => `${form} ${lighthouseLine(s)}`)
            .join('; ')}`,
      ),
    ].join('\n'),
  );
}

/**
 * Each figure against the previous run of the same size (bench/results/<N>.json as it was):
 * bytes and ranks that grew, times more than a fifth longer and memory more than a tenth (the
 * noise of two shared cores) are marked. Ranks past the ten are Pagefind's own (wordRank).
 * People judge them; the benchmark only says.
 */
function printChanges(before, after) {
  const figures = [
    ['build s', (r) => r.buildSeconds, 'time'],
    ['peak MiB', (r) => r.peakMiB, 'memory'],
    ['Pagefind MiB', (r) => r.pagefindMiB, 'bytes'],
    ['summary page B', (r) => r.summaryPage?.totalGzip, 'bytes'],
    ['detail page B', (r) => r.detailPage?.totalGzip, 'bytes'],
    ['404 page B', (r) => r.notFoundPage?.totalGzip, 'bytes'],
    ['compare page B', (r) => r.comparePage?.totalGzip, 'bytes'],
    ...['en', 'zh-cn'].flatMap((l) => [
      [`search ${l} cold ms`, (r) => r.searchLatency?.[l]?.coldMs, 'time'],
      [`search ${l} warm ms`, (r) => r.searchLatency?.[l]?.warmMs, 'time'],
    ]),
  ];
  const lines = [];
  for (const [name, get, kind] of figures) {
    const [was, now] = [get(before), get(after)];
    if (typeof was !== 'number' || typeof now !== 'number') continue;
    // Times vary by a fifth on two shared cores, memory by a tenth; bytes do not vary.
    const worse =
      kind === 'time' ? now > was * 1.2 : kind === 'memory' ? now > was * 1.1 : now > was;
    lines.push(`${worse ? '!' : ' '} ${name}: ${was} → ${now}`);
  }
  for (const [locale, queries] of Object.entries(after.relevance ?? {})) {
    for (const q of queries) {
      const old = before.relevance?.[locale]?.find((p) => p.query === q.query);
      if (!old) continue;
      const rank = (x) => x.rank ?? (x.wordRank?.rank ? 10 + x.wordRank.rank : Infinity);
      if (rank(old) === rank(q)) continue;
      const show = (x) => x.rank ?? rankPast(x.wordRank);
      lines.push(
        `${rank(q) > rank(old) ? '!' : ' '} ${locale} “${q.query}”: ${show(old)} → ${show(q)}`,
      );
    }
  }
  console.log(`Against the previous run (! = worse):\n${lines.join('\n')}`);
}

/** "99 / 100 / 100 / 100": performance, accessibility, best practices, SEO. */
const lighthouseLine = (s) =>
  [s.performance, s.accessibility, s['best-practices'], s.seo].join(' / ');

const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;

function writeBenchmarksMd(results) {
  const cpu =
    /model name\s*:\s*(.*)/.exec(readFileSync('/proc/cpuinfo', 'utf8'))?.[1] ?? 'unknown CPU';
  const machine = `${cpus().length} cores (${cpu}), ${Math.round(totalmem() / 2 ** 30)} GiB, Node ${process.version}`;
  const rows = results.map(
    (r) =>
      `| ${r.weights} | ${r.buildSeconds} s | ${r.msPerPage} | ${r.peakMiB} MiB (${r.peakAstroMiB} / ${r.peakSearchMiB ?? '–'}) | ${r.distMiB} MiB / ${r.distFiles} | ${r.pagefindMiB} MiB | ${kb(r.summaryPage.totalGzip)} | ${kb(r.detailPage.totalGzip)} (JS ${kb(r.detailPage.jsGzip)}) | ${kb(r.notFoundPage.totalGzip)} / ${kb(r.comparePage.totalGzip)} | ${r.searchLatency.en.coldMs} / ${r.searchLatency.en.warmMs} ms | ${r.searchLatency['zh-cn'].coldMs} / ${r.searchLatency['zh-cn'].warmMs} ms |`,
  );
  const relevance = results.flatMap((r) =>
    Object.entries(r.relevance).map(
      ([l, qs]) =>
        `| ${r.weights} | ${l} | ${qs.map((q) => `${q.query}: ${q.rank ?? rankPast(q.wordRank)}`).join(' · ')} |`,
    ),
  );
  const lighthouse = results.flatMap((r) =>
    Object.entries(r.lighthouse ?? {}).map(
      ([kind, forms]) =>
        `| ${r.weights} | ${kind} | ${lighthouseLine(forms.mobile)} | ${lighthouseLine(forms.desktop)} |`,
    ),
  );
  const md = `# Benchmarks

Made by \`npm run bench\` (bench/bench.mjs); last run ${new Date().toISOString().slice(0, 10)}, ${machine}.
Raw figures: \`bench/results/<N>.json\`. Catalogs are the 11 real weights plus deterministic
synthetic ones (bench/synthetic.mjs): one in ten named like a real weight
(\`lab03/microsoft-DialoGPT-small-news-00123\`), the rest after their model line
(\`distilgpt2-00065-xl\`). Builds are \`npm run build -- --force\` (cold:
\`astro build\`, then the Pagefind step). Peak memory is the resident memory of the build's whole
process tree; in brackets, the peak while \`astro build\` runs and while Pagefind does.
First-load bytes are gzip level 9 of the HTML (CSS is inlined), linked stylesheets and the
JavaScript modules the page loads before any interaction.
Search latency is from the last keystroke to the first result in the list, in Chromium, cold (the
first search of a page, loading Pagefind) and warm; the median of ${LATENCY_SAMPLES} pages.

| Weights | Build | ms/page | Peak memory (astro build / search) | dist (size / files) | Pagefind index | Summary page | Detail page | 404 / compare page | Search en cold / warm | Search zh cold / warm |
| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |
${rows.join('\n')}

Relevance: the rank of the expected weight among the results the search box lists for the query
typed into it (10 at most; target: full id 1st, last segment within the first 3). Past the ten,
\`rank/hits\`: where Pagefind ranks the page among every page the words match. A family name
(\`bert\`) counts the first of PaddleNLP's own weights of that family (the zoo only). \`诗歌\` and
\`poetry\` are words of the poem model's prose, each searched in its own language.

| Weights | Language | Query: rank |
| ---: | --- | --- |
${relevance.join('\n')}

Lighthouse (bench/lighthouse.mjs, Debian's Chromium, the site served with gzip from loopback):
performance / accessibility / best practices / SEO, with Lighthouse's mobile and desktop
settings. The site is built without \`SITE_URL\`, as \`npm start\` builds it.

| Weights | Page | Mobile | Desktop |
| ---: | --- | --- | --- |
${lighthouse.join('\n')}
`;
  writeFileSync(join(root, 'BENCHMARKS.md'), md);
  console.log('\nWrote BENCHMARKS.md and bench/results/.');
}

await main();
