import { z } from 'astro/zod';
import { localeCodes, type Locale } from '../i18n/locales.ts';
import {
  linkSchema,
  paperSchema,
  sourceKindSchemas,
  weightFactsSchema,
  weightIdSchema,
} from './weight.ts';

/**
 * The contract of `/weights.json`, the machine-readable catalog. Other tools read it, so it is
 * versioned and checked against this schema by the tests.
 */
const byLocale = <T extends z.ZodType>(value: T) =>
  z.record(z.enum(localeCodes as [Locale, ...Locale[]]), value);

/**
 * A source as `/weights.json` gives it: always `label` (English) and `url`, which readers of
 * version 2 rely on; a source recorded in parts also keeps them (`kind` and its fields, as in
 * `sourceKindSchemas`), so a tool can word it in another language.
 */
const jsonSourceSchema = z.union([
  linkSchema,
  ...sourceKindSchemas.map((kind) => kind.extend({ label: z.string().min(1) })),
]);

export const catalogJsonSchema = z.strictObject({
  version: z.literal(2),
  locales: z.array(z.enum(localeCodes as [Locale, ...Locale[]])),
  weights: z.array(
    z.strictObject({
      id: weightIdSchema,
      aliases: z.array(weightIdSchema),
      family: z.strictObject({ id: z.string(), name: z.string(), paper: paperSchema.nullable() }),
      facts: weightFactsSchema
        .omit({ aliases: true, sources: true })
        .extend({ sources: z.array(jsonSourceSchema).min(1) }),
      titles: byLocale(z.string().min(1)),
      descriptions: byLocale(z.string().min(1)),
      /** The weight's page in each language; absolute when the site's origin is configured. */
      urls: byLocale(z.string().min(1)),
      aliasUrls: byLocale(z.array(z.string().min(1))),
    }),
  ),
});

export type CatalogJson = z.output<typeof catalogJsonSchema>;

/**
 * Only the part of `/weights.json` that says which pages the site publishes in each language:
 * what the search step checks its indexes against. Parsing this rather than the whole contract
 * keeps that step small (5,000 weights: 10 MB of JSON, parsed in 70 MB of memory instead of 120).
 */
export const catalogPagesSchema = z.object({
  weights: z.array(z.object({ urls: byLocale(z.string().min(1)) })),
});

export type CatalogPages = z.output<typeof catalogPagesSchema>;
