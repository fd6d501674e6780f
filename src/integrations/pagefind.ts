import type { AstroIntegration } from 'astro';
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import * as pagefind from 'pagefind';

/** One Pagefind bundle: the pages of one language, searched by the pages of that language. */
export interface SearchBundle {
  /** The site's pages that go in it, as a glob relative to the built site: `en/**\/*.html`. */
  glob: string;
  /** Where the bundle is written, relative to the built site: `pagefind/en/`. */
  output: string;
  /** Pagefind's language key: the pages' `<html lang>`, lower-cased (`zh-cn`, `en`). */
  language: string;
  /** How many pages it must hold: the weight pages of that language. */
  pages: number;
}

export interface PagefindOptions {
  /** The bundles to build, given the path of the built site. */
  bundles: (site: string) => Promise<SearchBundle[]>;
}

/**
 * Builds the Pagefind search bundles over the finished site, inside `astro build`.
 *
 * One bundle per language, indexed one after the other: a page only ever searches its own
 * language, and Pagefind holds a whole index in memory while it builds it, so two halves in turn
 * need half the memory of both at once (about 250 MB instead of 500 MB at 5,000 weights).
 *
 * Any error Pagefind reports, or a bundle that does not hold exactly the pages it should, throws:
 * a site whose search is silently empty or partial must not ship. Pagefind's service is closed in
 * `finally` so a failed build does not leave its process behind.
 */
export default function pagefindIntegration(options: PagefindOptions): AstroIntegration {
  return {
    name: 'gpt-catalog:pagefind',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const site = fileURLToPath(dir);
        for (const bundle of await options.bundles(site)) {
          const started = performance.now();
          const outputPath = `${site}${bundle.output}`;
          try {
            const { index, errors } = await pagefind.createIndex({});
            if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
            const added = await index.addDirectory({ path: site, glob: bundle.glob });
            if (added.errors.length > 0) {
              throw new Error(
                `Pagefind failed to index ${bundle.glob}: ${added.errors.join('; ')}`,
              );
            }
            const written = await index.writeFiles({ outputPath });
            if (written.errors.length > 0) {
              throw new Error(
                `Pagefind failed to write ${bundle.output}: ${written.errors.join('; ')}`,
              );
            }
            const entry = JSON.parse(
              await readFile(`${outputPath}/pagefind-entry.json`, 'utf8'),
            ) as {
              languages: Record<string, { page_count: number }>;
            };
            const found = Object.entries(entry.languages).map(
              ([l, v]) => [l, v.page_count] as const,
            );
            const right =
              found.length === 1 &&
              found[0]?.[0] === bundle.language &&
              found[0][1] === bundle.pages;
            if (!right) {
              throw new Error(
                `Pagefind indexed the wrong pages for ${bundle.output}: ` +
                  `${found.map(([l, n]) => `${l} ${n}`).join(', ') || 'none'}, ` +
                  `expected ${bundle.language} ${bundle.pages}. ` +
                  `Is data-pagefind-body on every weight page of ${bundle.glob}, and <html lang> right?`,
              );
            }
            const ms = Math.round(performance.now() - started);
            logger.info(
              `Indexed ${bundle.pages} ${bundle.language} pages into ${bundle.output} in ${ms} ms`,
            );
          } finally {
            await pagefind.close();
          }
        }
      },
    },
  };
}
