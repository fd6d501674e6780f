import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import {
  familySchema,
  seriesSchema,
  siteTextSchema,
  pageSchema,
  weightFactsSchema,
  weightProseSchema,
} from './schemas/weight.ts';
import { contentRoot, idFromEntryPath } from './lib/content-paths.ts';
import { weightProseLoader } from './loaders/weight-prose.ts';

/*
 * The content layout (README.md, "Adding a weight"):
 *   content/weights/facts/<id>.yaml      language-neutral facts, once per weight
 *   content/weights/<locale>/<id>.mdx    the prose of one language
 *   content/families/<slug>.yaml         a family: PaddleNLP's page for it (written by the import)
 *   content/series/<slug>.yaml           a model line within a family, with its paper
 *   content/pages/<locale>/<slug>.mdx    a page of the site's own, such as About
 * Cross-entry rules (every weight translated, no duplicate ids, lineage pointing at real weights)
 * are checked in src/lib/catalog.ts, which sees all collections at once.
 */
const root = contentRoot();

const facts = defineCollection({
  loader: glob({
    base: `${root}/weights/facts`,
    pattern: '**/*.yaml',
    generateId: idFromEntryPath,
  }),
  schema: weightFactsSchema,
});

const weights = defineCollection({
  // Every .mdx below content/weights/, rendered at sync; src/lib/catalog.ts rejects folders that
  // are not a locale.
  loader: weightProseLoader({ base: `${root}/weights` }),
  schema: weightProseSchema,
});

const families = defineCollection({
  loader: glob({ base: `${root}/families`, pattern: '*.yaml', generateId: idFromEntryPath }),
  schema: familySchema,
});

const series = defineCollection({
  loader: glob({ base: `${root}/series`, pattern: '*.yaml', generateId: idFromEntryPath }),
  schema: seriesSchema,
});

// The site's name and introduction, one file per language.
const site = defineCollection({
  loader: glob({ base: `${root}/site`, pattern: '*.yaml', generateId: idFromEntryPath }),
  schema: siteTextSchema,
});

// The site's own pages, few and free-form: full MDX, compiled by @astrojs/mdx.
const pages = defineCollection({
  loader: glob({ base: `${root}/pages`, pattern: '**/*.mdx', generateId: idFromEntryPath }),
  schema: pageSchema,
});

export const collections = { facts, weights, families, series, site, pages };
