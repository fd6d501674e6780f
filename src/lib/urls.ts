import type { Locale } from '../i18n/locales.ts';

/*
 * Every URL the site links to is built here, so the scheme documented in README.md has one
 * implementation. Paths are site-relative ("/en/weights/gpt2-en/"); `withBase` adds the
 * deployment's base path (`BASE_PATH`, "/" by default) at the last moment.
 */

export function localeHomePath(locale: Locale): string {
  return `/${locale}/`;
}

/** The home's "All weights" heading: the families' intro and the 404 page's form lead to it. */
export const tableHeadingId = 'weights';

/** The summary table of all weights, at its heading: where weights are chosen to compare. */
export function tablePath(locale: Locale): string {
  return `${localeHomePath(locale)}#${tableHeadingId}`;
}

/** `/en/weights/junnyu/microsoft-DialoGPT-small/`: the id exactly as spelt, slash included. */
export function weightPath(locale: Locale, id: string): string {
  return `/${locale}/weights/${id}/`;
}

/** A page of the site's own, from content/pages/<locale>/<slug>.mdx: `/en/about/`. */
export function sitePagePath(locale: Locale, slug: string): string {
  return `/${locale}/${slug}/`;
}

/** A family's page, with its own table: `/en/families/gpt/`. */
export function familyPath(locale: Locale, family: string): string {
  return `/${locale}/families/${family}/`;
}

/** A weight's row in its family's table: `/en/families/gpt/#gpt2-en`. */
export function familyAnchorPath(locale: Locale, family: string, id: string): string {
  return `${familyPath(locale, family)}#${id}`;
}

/** The compare page; the weights to compare go in `?ids=a,b`. */
export function comparePath(locale: Locale): string {
  return `/${locale}/compare/`;
}

/** The table row of a weight: its anchor is the id itself (`/en/#gpt2-en`). */
export function weightAnchorPath(locale: Locale, id: string): string {
  return `${localeHomePath(locale)}#${id}`;
}

/** The Pagefind bundle a page of `locale` searches: that language's weight pages only. */
export function searchBundlePath(locale: Locale): string {
  return `/pagefind/${locale}/`;
}

/** The id and alias lookup the 404 and compare pages fetch (src/pages/weight-lookup.json.ts). */
export const weightLookupPath = '/weight-lookup.json';

/** The names search treats as a family's (src/pages/family-names.json.ts). */
export const familyNamesPath = '/family-names.json';

/** Prefixes a site-relative path with the base path; `base` may or may not end in "/". */
export function withBase(base: string, path: string): string {
  const trimmed = base.replace(/\/+$/, '');
  return `${trimmed}${path.startsWith('/') ? path : `/${path}`}`;
}

/** The same page in another language: swaps the leading locale segment of a site path. */
export function switchLocalePath(path: string, from: Locale, to: Locale): string {
  const prefix = `/${from}/`;
  if (!path.startsWith(prefix)) throw new Error(`"${path}" is not a ${from} page`);
  return `/${to}/${path.slice(prefix.length)}`;
}

/** An absolute URL when the site's origin is configured (`SITE_URL`), else the path itself. */
export function absoluteUrl(path: string, site: URL | undefined): string {
  return site === undefined ? path : new URL(path, site).href;
}

/**
 * A site path relative to a folder of the site that contains it: `/en/weights/gpt2-en/` from
 * `/` is `en/weights/gpt2-en/`, from `/en/` it is `weights/gpt2-en/`.
 */
export function relativePath(folder: string, path: string): string {
  if (!folder.endsWith('/') || !path.startsWith(folder)) {
    throw new Error(`"${path}" is not inside the folder "${folder}"`);
  }
  return path.slice(folder.length);
}

/**
 * The language of the files at the site's root, where tools look for them: `/objects.inv` and
 * `/llms.txt` are the English pages' (most documentation that links here is in English). Every
 * language also has its own beside its pages.
 */
export const rootFilesLocale: Locale = 'en';

/** Where a language's Sphinx inventory is served: `/zh-cn/objects.inv`. */
export function inventoryPath(locale: Locale): string {
  return `${localeHomePath(locale)}objects.inv`;
}

/** The inventory to point a reader at: the root's for its language (`/objects.inv`). */
export function publishedInventoryPath(locale: Locale): string {
  return locale === rootFilesLocale ? '/objects.inv' : inventoryPath(locale);
}

/** The llms.txt to point a reader at: `/llms.txt` for the root's language, else `/zh-cn/llms.txt`. */
export function llmsTxtPath(locale: Locale): string {
  return locale === rootFilesLocale ? '/llms.txt' : `${localeHomePath(locale)}llms.txt`;
}
