import type { AstroIntegration } from "astro";
import { fileURLToPath } from "node:url";
import * as pagefind from "pagefind";

/**
 * Builds the Pagefind search index over the finished site, inside `astro build`.
 *
 * Any error Pagefind reports, or an index with fewer pages than the site has weight pages, throws:
 * a site whose search is silently empty must not ship. Pagefind's service is closed in `finally`
 * so a failed build does not leave its process behind.
 */
export default function pagefindIntegration(options: { minPages?: number } = {}): AstroIntegration {
  return {
    name: "gpt-catalog:pagefind",
    hooks: {
      "astro:build:done": async ({ dir, logger }) => {
        const site = fileURLToPath(dir);
        const started = performance.now();
        try {
          const { index, errors } = await pagefind.createIndex({});
          if (!index) throw new Error(`Pagefind could not start: ${errors.join("; ")}`);
          const added = await index.addDirectory({ path: site });
          if (added.errors.length > 0) {
            throw new Error(`Pagefind failed to index ${site}: ${added.errors.join("; ")}`);
          }
          const minPages = options.minPages ?? 1;
          if (added.page_count < minPages) {
            throw new Error(
              `Pagefind indexed ${added.page_count} pages, expected at least ${minPages}: ` +
                "are the weight pages missing data-pagefind-body?",
            );
          }
          const written = await index.writeFiles({ outputPath: `${site}/pagefind` });
          if (written.errors.length > 0) {
            throw new Error(`Pagefind failed to write its index: ${written.errors.join("; ")}`);
          }
          const ms = Math.round(performance.now() - started);
          logger.info(`Indexed ${added.page_count} pages in ${ms} ms`);
        } finally {
          await pagefind.close();
        }
      },
    },
  };
}
