import type { Loader, LoaderContext } from 'astro/loaders';
import { readdir, readFile } from 'node:fs/promises';
import { relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { isLocale } from '../i18n/locales.ts';
import { idFromEntryPath } from '../lib/content-paths.ts';
import { ProseError, renderProse, splitFrontmatter } from '../lib/prose.ts';
import { absoluteUrl, weightPath, withBase } from '../lib/urls.ts';

/**
 * Loads `content/weights/<locale>/<id>.mdx`: validates the frontmatter against the collection's
 * schema and renders the MDX body to HTML right here (src/lib/prose.ts says why), so each entry
 * reaches pages as data, not as a module. The id is the path below the locale folder, spelt as
 * written; the catalog (src/lib/catalog.ts) pairs it with the weight's facts.
 *
 * Entries whose file has not changed since the last build are kept from Astro's content cache.
 */
export function weightProseLoader({ base }: { base: string }): Loader {
  return {
    name: 'gpt-catalog:weight-prose',
    load: async (context) => {
      const root = new URL(`${base.replace(/\/+$/, '')}/`, context.config.root);
      const files = (await readdir(root, { recursive: true }))
        .map((file) => file.replaceAll('\\', '/'))
        .filter((file) => file.endsWith('.mdx'))
        .sort();
      const seen = new Set<string>();
      await Promise.all(
        files.map(async (file) => {
          seen.add(await loadFile(context, root, file));
        }),
      );
      for (const id of context.store.keys()) if (!seen.has(id)) context.store.delete(id);

      // The watcher gives absolute paths; entries are named by their path below `root`.
      const below = (path: string) => relative(fileURLToPath(root), path).replaceAll('\\', '/');
      context.watcher?.add(fileURLToPath(root));
      const reload = async (path: string) => {
        const file = below(path);
        if (file.startsWith('..') || !file.endsWith('.mdx')) return;
        try {
          await loadFile(context, root, file);
        } catch (error) {
          context.logger.error(error instanceof Error ? error.message : String(error));
        }
      };
      context.watcher?.on('change', reload);
      context.watcher?.on('add', reload);
      context.watcher?.on('unlink', (path) => {
        const file = below(path);
        if (file.endsWith('.mdx')) context.store.delete(idFromEntryPath({ entry: file }));
      });
    },
  };
}

/** Loads one file (relative to `root`) into the store and returns its entry id. */
async function loadFile(context: LoaderContext, root: URL, file: string): Promise<string> {
  const url = new URL(file, root);
  const filePath = relative(fileURLToPath(context.config.root), fileURLToPath(url));
  const id = idFromEntryPath({ entry: file });
  const source = await readFile(url, 'utf8');
  // The rendered links carry the base path, and the Markdown's the site's origin: both are part of
  // what the cached entry depends on.
  const { base, site } = context.config;
  const digest = context.generateDigest(`${base}\n${site ?? ''}\n${source}`);
  if (context.store.get(id)?.digest === digest) return id;

  const [folder] = file.split('/');
  const locale = folder !== undefined && isLocale(folder) ? folder : undefined;
  try {
    const { data: raw, body } = splitFrontmatter(source);
    const data = await context.parseData({ id, data: raw, filePath });
    // A file outside a locale folder is reported by the catalog; its links go nowhere.
    const weightHref = (target: string) =>
      locale === undefined ? '#' : withBase(base, weightPath(locale, target));
    const origin = site === undefined ? undefined : new URL(site);
    const { html, markdown, weightLinks } = renderProse(body, {
      weightHref,
      weightUrl: (target) => (locale === undefined ? '#' : absoluteUrl(weightHref(target), origin)),
    });
    context.store.set({
      id,
      data,
      filePath,
      digest,
      rendered: { html, metadata: { weightLinks, markdown } },
    });
  } catch (error) {
    if (error instanceof ProseError) {
      const at = error.line === undefined ? '' : `:${error.line}:${error.column ?? 1}`;
      throw new Error(`${filePath}${at}: ${error.message}`, { cause: error });
    }
    throw error;
  }
  return id;
}
