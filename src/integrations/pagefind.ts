import type { AstroIntegration } from 'astro';
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import * as pagefind from 'pagefind';

export interface PagefindOptions {
  /**
   * How many pages each language's index must hold, given the path of the built site. Keys are
   * Pagefind's language keys: the page's `<html lang>` lower-cased (`zh-cn`, `en`).
   */
  expectedPages: (site: string) => Promise<Record<string, number>>;
}

/**
 * Builds the Pagefind search index over the finished site, inside `astro build`.
 *
 * Any error Pagefind reports, or a language index that does not hold exactly the pages it should,
 * throws: a site whose search is silently empty or partial must not ship. Pagefind's service is
 * closed in `finally` so a failed build does not leave its process behind.
 */
export default function pagefindIntegration(options: PagefindOptions): AstroIntegration {
  return {
    name: 'gpt-catalog:pagefind',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const site = fileURLToPath(dir);
        const outputPath = `${site}pagefind`;
        const started = performance.now();
        try {
          const { index, errors } = await pagefind.createIndex({});
          if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
          const added = await index.addDirectory({ path: site });
          if (added.errors.length > 0) {
            throw new Error(`Pagefind failed to index ${site}: ${added.errors.join('; ')}`);
          }
          const written = await index.writeFiles({ outputPath });
          if (written.errors.length > 0) {
            throw new Error(`Pagefind failed to write its index: ${written.errors.join('; ')}`);
          }
          const entry = JSON.parse(await readFile(`${outputPath}/pagefind-entry.json`, 'utf8')) as {
            languages: Record<string, { page_count: number }>;
          };
          const expected = await options.expectedPages(site);
          const wrong = Object.entries(expected).filter(
            ([language, count]) => entry.languages[language]?.page_count !== count,
          );
          if (wrong.length > 0) {
            throw new Error(
              'Pagefind indexed the wrong pages: ' +
                wrong
                  .map(([l, n]) => `${l}: ${entry.languages[l]?.page_count ?? 0} (expected ${n})`)
                  .join(', ') +
                '. Is data-pagefind-body on every weight page, and <html lang> right?',
            );
          }
          const counts = Object.entries(entry.languages).map(([l, v]) => `${l} ${v.page_count}`);
          const ms = Math.round(performance.now() - started);
          logger.info(`Indexed ${counts.join(', ')} pages in ${ms} ms`);
        } finally {
          await pagefind.close();
        }
      },
    },
  };
}
