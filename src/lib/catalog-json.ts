import { useTranslations } from '../i18n/index.ts';
import { localeCodes, type Locale } from '../i18n/locales.ts';
import type { CatalogJson } from '../schemas/catalog-json.ts';
import type { WeightProse } from '../schemas/weight.ts';
import type { Catalog, Entry } from './catalog.ts';
import { sourceLabel } from './fact-values.ts';
import { weightPath } from './urls.ts';

/**
 * `/weights.json`: every fact of every weight, both languages' titles and page URLs, and the
 * aliases, from the same catalog the pages are built from. `url` turns a site path into the URL
 * published (base path and, when known, origin).
 */
export function catalogJson(
  catalog: Catalog<Entry<WeightProse>>,
  url: (path: string) => string,
): CatalogJson {
  const perLocale = <T>(value: (locale: Locale) => T) =>
    Object.fromEntries(localeCodes.map((locale) => [locale, value(locale)])) as Record<Locale, T>;
  const english = { locale: 'en', t: useTranslations('en') } as const;
  return {
    // 2: the zoo (see README.md, “URLs”): facts.family is PaddleNLP's family page, figures may be null.
    version: 2,
    locales: localeCodes,
    weights: catalog.weights.map(({ id, facts, family, prose }) => {
      const { aliases, ...rest } = facts;
      return {
        id,
        aliases,
        family: { id: family.id, name: family.name, paper: family.paper },
        facts: {
          ...rest,
          sources: rest.sources.map((source) => ({
            ...source,
            label: sourceLabel(source, english).text,
          })),
        },
        titles: perLocale((locale) => prose[locale].data.title),
        descriptions: perLocale((locale) => prose[locale].data.description),
        urls: perLocale((locale) => url(weightPath(locale, id))),
        aliasUrls: perLocale((locale) => aliases.map((alias) => url(weightPath(locale, alias)))),
      };
    }),
  };
}
