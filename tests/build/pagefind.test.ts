/**
 * The search step of the build (src/build/): it must write an index per language holding exactly
 * the weight pages the catalog lists, and fail the build when Pagefind indexes the wrong pages
 * or `astro build` itself failed.
 */
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { build, outDirOf } from '../../src/build/build.ts';
import { indexSite } from '../../src/build/pagefind.ts';

let site: string | undefined;
afterEach(() => {
  if (site) rmSync(site, { recursive: true, force: true });
  site = undefined;
});

const page = (lang: string, body: string) =>
  `<!doctype html><html lang="${lang}"><head><title>t</title></head><body>${body}</body></html>`;

/** A built site in miniature: its pages, and the `/weights.json` listing `weights` weights. */
function writeSite(dir: string, pages: Record<string, string>, weights: number): void {
  for (const [path, html] of Object.entries(pages)) {
    mkdirSync(join(dir, path), { recursive: true });
    writeFileSync(join(dir, path, 'index.html'), html);
  }
  const urls = (i: number) => ({ en: `/en/weights/w${i}/`, 'zh-cn': `/zh-cn/weights/w${i}/` });
  const catalog = { weights: Array.from({ length: weights }, (_, i) => ({ urls: urls(i) })) };
  writeFileSync(join(dir, 'weights.json'), JSON.stringify(catalog));
}

function makeSite(pages: Record<string, string>, weights = 1): string {
  site = mkdtempSync(join(tmpdir(), 'catalog-pagefind-'));
  writeSite(site, pages, weights);
  return site;
}

const goodPages = {
  'en/weights/w0': page('en', '<main data-pagefind-body><h1>Alpha weight</h1></main>'),
  'zh-cn/weights/w0': page('zh-CN', '<main data-pagefind-body><h1>中文诗歌</h1></main>'),
  en: page('en', '<main>table</main>'),
  'zh-cn': page('zh-CN', '<main>表格</main>'),
};

function entryOf(dir: string, language: string) {
  return JSON.parse(
    readFileSync(join(dir, 'pagefind', language, 'pagefind-entry.json'), 'utf8'),
  ) as {
    languages: Record<string, { page_count: number }>;
  };
}

describe('Pagefind build step', { timeout: 60_000 }, () => {
  it('writes an index per language holding the weight pages', async () => {
    const dir = makeSite(goodPages);
    const logged: string[] = [];
    await indexSite(dir, (message) => logged.push(message));
    for (const language of ['en', 'zh-cn']) {
      expect(existsSync(join(dir, 'pagefind', language, 'pagefind.js'))).toBe(true);
      // Each bundle holds its own language only.
      expect(Object.keys(entryOf(dir, language).languages)).toEqual([language]);
      expect(entryOf(dir, language).languages[language]?.page_count).toBe(1);
    }
    expect(logged).toEqual([
      expect.stringMatching(/^Indexed 1 zh-cn pages into pagefind\/zh-cn\/ in \d+ ms$/),
      expect.stringMatching(/^Indexed 1 en pages into pagefind\/en\/ in \d+ ms$/),
    ]);
  });

  it('fails when a language index lacks pages it should hold', async () => {
    const dir = makeSite({
      'en/weights/w0': page('en', '<main data-pagefind-body>Alpha</main>'),
      // Marked for indexing but in the wrong language: the zh-cn index would be empty.
      'zh-cn/weights/w0': page('en', '<main data-pagefind-body>Alpha</main>'),
    });
    await expect(indexSite(dir, () => undefined)).rejects.toThrow(
      'Pagefind indexed the wrong pages for pagefind/zh-cn/: en 1, expected zh-cn 1.',
    );
  });

  it('fails when the catalog lists more weights than there are pages', async () => {
    const dir = makeSite(goodPages, 2);
    await expect(indexSite(dir, () => undefined)).rejects.toThrow(
      'pagefind/zh-cn/: zh-cn 1, expected zh-cn 2.',
    );
  });
});

describe('npm run build (src/build/build.ts)', { timeout: 60_000 }, () => {
  /** Stands in for `astro build`: writes these pages where the options say, exits with `code`. */
  const fakeAstro =
    (pages: Record<string, string>, code = 0) =>
    async (args: readonly string[]) => {
      writeSite(outDirOf(args), pages, 1);
      return code;
    };

  it('indexes the folder astro build wrote to, after it succeeded', async () => {
    site = mkdtempSync(join(tmpdir(), 'catalog-build-'));
    const logged: string[] = [];
    const code = await build(['--force', '--outDir', site], {
      runAstro: fakeAstro(goodPages),
      log: (message) => logged.push(message),
    });
    expect(code).toBe(0);
    expect(entryOf(site, 'en').languages['en']?.page_count).toBe(1);
    expect(entryOf(site, 'zh-cn').languages['zh-cn']?.page_count).toBe(1);
    expect(logged).toHaveLength(2);
  });

  it('stops with astro build’s exit code, building no index, when astro build fails', async () => {
    site = mkdtempSync(join(tmpdir(), 'catalog-build-'));
    const code = await build([`--outDir=${site}`], {
      runAstro: fakeAstro(goodPages, 3),
      log: () => undefined,
    });
    expect(code).toBe(3);
    expect(existsSync(join(site, 'pagefind'))).toBe(false);
  });

  it('fails, saying why, when the search index is wrong', async () => {
    site = mkdtempSync(join(tmpdir(), 'catalog-build-'));
    const logged: string[] = [];
    const code = await build(['--outDir', site], {
      // A weight page without data-pagefind-body: with none left in its language, Pagefind
      // falls back to indexing every page whole, the table included.
      runAstro: fakeAstro({ ...goodPages, 'zh-cn/weights/w0': page('zh-CN', '<main>x</main>') }),
      log: (message) => logged.push(message),
    });
    expect(code).toBe(1);
    expect(logged.join('\n')).toContain(
      'The search index failed, so the build fails:\nError: Pagefind indexed the wrong pages for pagefind/zh-cn/: zh-cn 2, expected zh-cn 1.',
    );
  });

  it('reads the output folder from astro build’s options', () => {
    expect(outDirOf([])).toBe('dist');
    expect(outDirOf(['--force', '--outDir', 'dist-large'])).toBe('dist-large');
    expect(outDirOf(['--outDir=dist-subpath/paddlenlp/gpt', '--force'])).toBe(
      'dist-subpath/paddlenlp/gpt',
    );
  });
});
