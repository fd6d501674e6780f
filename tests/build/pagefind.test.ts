/**
 * The search step of the build: it must write an index holding exactly the expected pages, and
 * throw (failing `astro build`) when Pagefind reports an error or indexes the wrong pages.
 */
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import pagefindIntegration from '../../src/integrations/pagefind';

let site: string | undefined;
afterEach(() => {
  if (site) rmSync(site, { recursive: true, force: true });
});

function makeSite(pages: Record<string, string>): string {
  site = mkdtempSync(join(tmpdir(), 'catalog-pagefind-'));
  for (const [path, html] of Object.entries(pages)) {
    mkdirSync(join(site, path), { recursive: true });
    writeFileSync(join(site, path, 'index.html'), html);
  }
  return site;
}

const page = (lang: string, body: string) =>
  `<!doctype html><html lang="${lang}"><head><title>t</title></head><body>${body}</body></html>`;

/** The site's own bundles: one per language folder, as src/lib/search-index.ts makes them. */
const bundles = (expected: Record<string, number>) =>
  Object.entries(expected).map(([language, pages]) => ({
    glob: `${language}/**/*.html`,
    output: `pagefind/${language}/`,
    language,
    pages,
  }));

async function runHook(dir: string, expected: Record<string, number>) {
  const hook = pagefindIntegration({ bundles: async () => bundles(expected) }).hooks[
    'astro:build:done'
  ];
  const logger = { info: () => undefined, warn: () => undefined, error: () => undefined };
  // Only the fields the hook reads; the rest of Astro's hook options are irrelevant here.
  await hook?.({
    dir: pathToFileURL(`${dir}/`),
    logger,
  } as never);
}

describe('Pagefind build step', { timeout: 60_000 }, () => {
  it('writes an index per language holding the weight pages', async () => {
    const dir = makeSite({
      'en/weights/a': page('en', '<main data-pagefind-body><h1>Alpha weight</h1></main>'),
      'zh-cn/weights/a': page('zh-CN', '<main data-pagefind-body><h1>中文诗歌</h1></main>'),
      en: page('en', '<main>table</main>'),
    });
    await runHook(dir, { en: 1, 'zh-cn': 1 });
    for (const language of ['en', 'zh-cn']) {
      expect(existsSync(join(dir, 'pagefind', language, 'pagefind.js'))).toBe(true);
      const entry = JSON.parse(
        readFileSync(join(dir, 'pagefind', language, 'pagefind-entry.json'), 'utf8'),
      ) as { languages: Record<string, { page_count: number }> };
      // Each bundle holds its own language only.
      expect(Object.keys(entry.languages)).toEqual([language]);
      expect(entry.languages[language]?.page_count).toBe(1);
    }
  });

  it('fails when a language index lacks pages it should hold', async () => {
    const dir = makeSite({
      'en/weights/a': page('en', '<main data-pagefind-body>Alpha</main>'),
      // Marked for indexing but in the wrong language: the zh-cn index would be empty.
      'zh-cn/weights/a': page('en', '<main data-pagefind-body>Alpha</main>'),
    });
    await expect(runHook(dir, { en: 1, 'zh-cn': 1 })).rejects.toThrow(
      'Pagefind indexed the wrong pages for pagefind/zh-cn/: en 1, expected zh-cn 1.',
    );
  });
});
