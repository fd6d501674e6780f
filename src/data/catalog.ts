import { getCollection, type CollectionEntry } from 'astro:content';
import { buildCatalog, type Catalog } from '../lib/catalog.ts';
import { pagesBySlug, siteTextByLocale } from '../lib/pages.ts';
import type { SiteText } from '../schemas/weight.ts';
import { contentRoot } from '../lib/content-paths.ts';
import { catalogJson } from '../lib/catalog-json.ts';
import { buildLookup, type WeightLookup } from '../lib/lookup.ts';
import { summaryRows, type SummaryRow } from '../lib/summary.ts';
import {
  absoluteUrl,
  publishedInventoryPath,
  llmsTxtPath,
  relativePath,
  sitePagePath,
  weightPath,
} from '../lib/urls.ts';
import { llmsTxt, llmsWeightSections } from '../lib/llms-txt.ts';
import { useTranslations } from '../i18n/index.ts';
import { inventoryEntries, inventoryLines } from '../lib/inventory.ts';
import { deflateSync } from 'node:zlib';
import type { CatalogJson } from '../schemas/catalog-json.ts';
import { href } from './site.ts';
import { localeCodes, locales, type Locale } from '../i18n/locales.ts';

export type ProseEntry = CollectionEntry<'weights'>;
export type SiteCatalog = Catalog<ProseEntry>;

let catalog: Promise<SiteCatalog> | undefined;

/**
 * The validated catalog, built once per build: every page asks for it, and a content error
 * thrown here fails `astro build` with the list of files and fields at fault.
 */
export function getCatalog(): Promise<SiteCatalog> {
  catalog ??= (async () =>
    buildCatalog({
      facts: await getCollection('facts'),
      prose: await getCollection('weights'),
      families: await getCollection('families'),
      series: await getCollection('series'),
      root: contentRoot(),
    }))();
  return catalog;
}

const rowsByLocale = new Map<Locale, Promise<SummaryRow[]>>();

/** The summary table's rows for a locale, formatted once per build and shared by every page. */
export function getSummaryRows(locale: Locale): Promise<SummaryRow[]> {
  let rows = rowsByLocale.get(locale);
  if (!rows) {
    rows = getCatalog().then((catalog) => summaryRows(catalog, locale));
    rowsByLocale.set(locale, rows);
  }
  return rows;
}

let lookup: Promise<WeightLookup> | undefined;

/** Every id and alias, lower-cased, to its weight: what the 404 and compare pages resolve with. */
export function getWeightLookup(): Promise<WeightLookup> {
  lookup ??= getCatalog().then(({ weights }) =>
    buildLookup(weights.map((w) => ({ id: w.id, aliases: w.facts.aliases }))),
  );
  return lookup;
}

let published: Promise<CatalogJson> | undefined;

/**
 * The catalog as `/weights.json` publishes it, with the URLs readers follow (base path, and the
 * origin when SITE_URL is set); `/weights/{id}.json` serves its entries.
 */
export function getCatalogJson(): Promise<CatalogJson> {
  const site = import.meta.env.SITE ? new URL(import.meta.env.SITE) : undefined;
  published ??= getCatalog().then((catalog) =>
    catalogJson(catalog, (path) => absoluteUrl(href(path), site)),
  );
  return published;
}

let siteTexts: Promise<Record<Locale, SiteText>> | undefined;

/** The site's name and introduction in `locale`, from content/site/<locale>.yaml. */
export async function getSiteText(locale: Locale): Promise<SiteText> {
  siteTexts ??= getCollection('site').then((entries) => siteTextByLocale(entries, contentRoot()));
  return (await siteTexts)[locale];
}

export type PageEntry = CollectionEntry<'pages'>;

let pages: Promise<Map<string, Record<Locale, PageEntry>>> | undefined;

/** The site's own pages by slug, each in every language (the build fails otherwise). */
export function getSitePages(): Promise<Map<string, Record<Locale, PageEntry>>> {
  pages ??= getCollection('pages').then((entries) => pagesBySlug(entries, contentRoot()));
  return pages;
}

/**
 * A language's Sphinx inventory (src/lib/inventory.ts), compressed: its pages' paths relative
 * to `folder`, the site path the inventory is served from (`/` or `/zh-cn/`). The project is the
 * site's name in that language, the version the newest PaddleNLP revision imported.
 */
export async function getInventory(
  locale: Locale,
  folder: string,
): Promise<Uint8Array<ArrayBuffer>> {
  const { weights } = await getCatalog();
  const site = await getSiteText(locale);
  const revisions = weights.flatMap((w) => (w.zoo.zoo === undefined ? [] : [w.zoo.zoo.revision]));
  const version = revisions.sort().at(-1) ?? 'unversioned';
  const entries = inventoryEntries(
    weights.map((w) => ({ id: w.id, aliases: w.facts.aliases, title: w.prose[locale].data.title })),
    (id) => relativePath(folder, weightPath(locale, id)),
  );
  const { header, body } = inventoryLines({ project: site.title, version }, entries);
  const encoder = new TextEncoder();
  const head = encoder.encode(header);
  const compressed = deflateSync(encoder.encode(body));
  const bytes = new Uint8Array(head.length + compressed.length);
  bytes.set(head);
  bytes.set(compressed, head.length);
  return bytes;
}

/**
 * A language's `llms.txt` (src/lib/llms-txt.ts): the site's name and introduction from content,
 * a line per weight, then the site's other files for machines. Links are absolute when the site's
 * origin is known (SITE_URL), else paths with the base path: the file is read apart from the site.
 */
export async function getLlmsTxt(locale: Locale, site: URL | undefined): Promise<string> {
  const catalog = await getCatalog();
  const text = await getSiteText(locale);
  const t = useTranslations(locale);
  const link = (path: string) => absoluteUrl(href(path), site);
  const others = localeCodes.filter((other) => other !== locale);
  return llmsTxt({
    title: text.title,
    summary: text.intro,
    details: [t('llms.details')],
    sections: [
      ...llmsWeightSections(catalog, locale, t, link),
      {
        // The one section name llmstxt.org gives a meaning: what a reader short of room may skip.
        title: 'Optional',
        links: [
          { name: t('site.about'), url: link(sitePagePath(locale, 'about')) },
          { name: 'weights.json', url: link('/weights.json'), note: t('llms.json') },
          {
            name: 'objects.inv',
            url: link(publishedInventoryPath(locale)),
            note: t('llms.inventory'),
          },
          ...others.map((other) => ({
            name: locales[other].label,
            url: link(llmsTxtPath(other)),
            note: t('llms.otherLanguage', { language: locales[other].label }),
          })),
        ],
      },
    ],
  });
}
