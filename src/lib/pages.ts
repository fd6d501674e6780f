import { localeCodes, isLocale, type Locale } from '../i18n/locales.ts';
import type { CatalogProblem, Entry } from './catalog.ts';
import { CatalogError } from './catalog.ts';

/**
 * The site's own pages (content/pages/<locale>/<slug>.mdx), grouped by slug with one entry per
 * locale. A page missing in a language, or a file outside a locale folder, fails the build with
 * the file to add or move.
 */
export function pagesBySlug<P extends Entry<unknown>>(
  entries: P[],
  root: string,
): Map<string, Record<Locale, P>> {
  const problems: CatalogProblem[] = [];
  const bySlug = new Map<string, Partial<Record<Locale, P>>>();
  for (const entry of entries) {
    const [locale, ...rest] = entry.id.split('/');
    const file = entry.filePath ?? `${root}/pages/${entry.id}.mdx`;
    if (locale === undefined || !isLocale(locale) || rest.length === 0) {
      problems.push({
        file,
        field: 'path',
        message: `pages live in content/pages/<locale>/ where <locale> is one of ${localeCodes.join(', ')}`,
      });
      continue;
    }
    const slug = rest.join('/');
    bySlug.set(slug, { ...bySlug.get(slug), [locale]: entry });
  }
  for (const [slug, byLocale] of bySlug) {
    for (const locale of localeCodes) {
      if (byLocale[locale] === undefined) {
        const other = Object.values(byLocale)[0];
        problems.push({
          file: other?.filePath ?? `${root}/pages/${slug}.mdx`,
          field: `translation.${locale}`,
          message: `missing translation: add ${root}/pages/${locale}/${slug}.mdx`,
        });
      }
    }
  }
  if (problems.length > 0) throw new CatalogError(problems);
  return bySlug as Map<string, Record<Locale, P>>;
}

/**
 * The site's name and introduction per locale (content/site/<locale>.yaml): one file for every
 * locale and none for any other, or the build fails naming the file to add or rename.
 */
export function siteTextByLocale<D>(entries: Entry<D>[], root: string): Record<Locale, D> {
  const problems: CatalogProblem[] = [];
  const byLocale: Partial<Record<Locale, D>> = {};
  for (const entry of entries) {
    if (isLocale(entry.id)) byLocale[entry.id] = entry.data;
    else {
      problems.push({
        file: entry.filePath ?? `${root}/site/${entry.id}.yaml`,
        field: 'path',
        message: `the site's text lives in content/site/<locale>.yaml where <locale> is one of ${localeCodes.join(', ')}`,
      });
    }
  }
  for (const locale of localeCodes) {
    if (byLocale[locale] === undefined) {
      problems.push({
        file: `${root}/site/${locale}.yaml`,
        field: 'translation',
        message: `missing: add ${root}/site/${locale}.yaml (title, intro, footer)`,
      });
    }
  }
  if (problems.length > 0) throw new CatalogError(problems);
  return byLocale as Record<Locale, D>;
}
