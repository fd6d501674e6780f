import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import * as pagefind from 'pagefind';
import {
  searchBundleProblem,
  searchBundles,
  type IndexedPages,
  type SearchBundle,
} from '../lib/search-index.ts';
import { catalogPagesSchema } from '../schemas/catalog-json.ts';

/**
 * Builds the Pagefind search bundles over a built site, then checks each holds exactly the
 * weight pages of its language.
 *
 * One bundle per language, indexed one after the other: a page only ever searches its own
 * language, and Pagefind holds a whole index in memory while it builds it, so two halves in turn
 * need half the memory of both at once. The check reads the site's `/weights.json` only once
 * Pagefind is done: at 5,000 weights that is 10 MB of JSON, which would otherwise sit in memory
 * next to Pagefind's.
 *
 * Any error Pagefind reports, or a bundle that does not hold exactly the pages it should, throws:
 * a site whose search is silently empty or partial must not ship. Pagefind's service is closed in
 * `finally` so a failed build does not leave its process behind.
 */
export async function indexSite(site: string, log: (message: string) => void): Promise<void> {
  const indexed: [SearchBundle, IndexedPages, number][] = [];
  for (const bundle of searchBundles()) {
    const started = performance.now();
    indexed.push([bundle, await indexBundle(site, bundle), performance.now() - started]);
  }
  const catalog = catalogPagesSchema.parse(
    JSON.parse(await readFile(join(site, 'weights.json'), 'utf8')),
  );
  for (const [bundle, pages, ms] of indexed) {
    const problem = searchBundleProblem(bundle, pages, catalog);
    if (problem) throw new Error(problem);
    log(
      `Indexed ${pages[bundle.language]} ${bundle.language} pages into ${bundle.output} ` +
        `in ${Math.round(ms)} ms`,
    );
  }
}

/** Indexes one bundle's pages with Pagefind; resolves to the pages it holds per language. */
async function indexBundle(site: string, bundle: SearchBundle): Promise<IndexedPages> {
  const outputPath = join(site, bundle.output);
  try {
    const { index, errors } = await pagefind.createIndex({});
    if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
    const added = await index.addDirectory({ path: site, glob: bundle.glob });
    if (added.errors.length > 0) {
      throw new Error(`Pagefind failed to index ${bundle.glob}: ${added.errors.join('; ')}`);
    }
    const written = await index.writeFiles({ outputPath });
    if (written.errors.length > 0) {
      throw new Error(`Pagefind failed to write ${bundle.output}: ${written.errors.join('; ')}`);
    }
    const entry = JSON.parse(await readFile(join(outputPath, 'pagefind-entry.json'), 'utf8')) as {
      languages: Record<string, { page_count: number }>;
    };
    return Object.fromEntries(
      Object.entries(entry.languages).map(([language, { page_count }]) => [language, page_count]),
    );
  } finally {
    await pagefind.close();
  }
}
