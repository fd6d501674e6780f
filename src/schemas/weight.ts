import { z } from 'astro/zod';

/**
 * The contract for a weight's entries under `content/weights/`.
 *
 * Facts (`content/weights/facts/<id>.yaml`) are language-neutral and written once; prose
 * (`content/weights/<locale>/<id>.mdx`) carries the text of one language. Every object is strict,
 * so a misspelt field fails the build instead of silently disappearing from the page.
 */

/**
 * `z.strictObject` whose unknown-key error lists the fields that are allowed, so a typo such as
 * `hiddensize:` tells its author what was meant.
 */
function strict<T extends z.core.$ZodLooseShape>(shape: T) {
  const allowed = Object.keys(shape).join(', ');
  return z.strictObject(shape, {
    error: (issue) =>
      issue.code === 'unrecognized_keys'
        ? `unknown field ${issue.keys.map((k) => `"${k}"`).join(', ')}; allowed fields: ${allowed}`
        : undefined,
  });
}

/** A weight id as PaddleNLP spells it: `gpt2-en`, `junnyu/microsoft-DialoGPT-small`. */
export const weightIdSchema = z
  .string()
  .regex(
    /^[A-Za-z0-9][A-Za-z0-9._-]*(\/[A-Za-z0-9][A-Za-z0-9._-]*)?$/,
    'a weight id is one or two path segments of letters, digits, ".", "_" and "-"',
  )
  .describe('A PaddleNLP weight id, case as PaddleNLP spells it');

/** Any valid BCP-47 tag: the list of training languages grows with the catalog. */
export const languageTagSchema = z
  .string()
  .refine(isLanguageTag, 'must be a BCP-47 language tag such as "zh" or "en"')
  .describe('Language the weights were trained on, as a BCP-47 tag');

function isLanguageTag(value: string): boolean {
  try {
    return Intl.getCanonicalLocales(value).length === 1;
  } catch {
    return false;
  }
}

const count = z.number().int().positive();
/** `null` states that the fact is unknown; leaving the field out is an error. */
const countOrUnknown = count.nullable();

export const providers = ['paddlenlp', 'community'] as const;
export const tokenizerKinds = ['byte-level-bpe', 'sentencepiece', 'wordpiece'] as const;
export const modelClasses = [
  'GPTModel',
  'GPTLMHeadModel',
  'GPTForCausalLM',
  'GPTForGreedyGeneration',
  'GPTForSequenceClassification',
  'GPTForTokenClassification',
] as const;
export const tokenizerClasses = ['GPTTokenizer', 'GPTChineseTokenizer', 'BertTokenizer'] as const;

/** SPDX ids in use; a licence SPDX does not list is written as `LicenseRef-<name>`. */
export const spdxIds = [
  'MIT',
  'Apache-2.0',
  'BSD-3-Clause',
  'CC-BY-4.0',
  'CC-BY-SA-4.0',
  'CC-BY-NC-4.0',
  'GPL-3.0-only',
] as const;

const licenseSchema = z
  .union([
    z.literal('unknown'),
    strict({
      spdx: z.union([z.enum(spdxIds), z.string().regex(/^LicenseRef-[A-Za-z0-9.-]+$/)]),
      name: z.string().min(1).describe('Display name, e.g. "Modified MIT"'),
      url: z.url().describe('Where the licence text is published'),
    }),
  ])
  .describe('The licence of the weights, or "unknown" where no source states one');

const linkSchema = strict({
  label: z.string().min(1),
  url: z.url(),
});

export const weightFactsSchema = strict({
  language: languageTagSchema,
  family: z
    .string()
    .regex(/^[a-z0-9-]+$/)
    .describe('Slug of an entry in content/families/'),
  provider: z.enum(providers).describe('Who publishes the weight file PaddleNLP downloads'),
  architecture: strict({
    layers: count.describe('Transformer decoder layers'),
    hiddenSize: count.describe('Hidden (model) dimension'),
    heads: count.describe('Attention heads per layer'),
    ffnSize: countOrUnknown.describe('Feed-forward inner dimension'),
    vocabSize: countOrUnknown.describe('Tokens in the vocabulary'),
    contextLength: countOrUnknown.describe('Positions in the position-embedding table'),
  }),
  parameters: strict({
    printed: z
      .string()
      .regex(/^\d+(\.\d+)?[MB]$/, 'as PaddleNLP prints it, e.g. "117M" or "2.6B"')
      .describe('The figure on PaddleNLP’s page'),
    exact: countOrUnknown.describe('Exact number of parameters'),
  }),
  tokenizer: z.enum(tokenizerKinds),
  paddlenlp: strict({
    modelClass: z.enum(modelClasses),
    tokenizerClass: z.enum(tokenizerClasses),
  }),
  lineage: strict({
    distilledFrom: weightIdSchema.optional().describe('Id of the teacher weight in this catalog'),
    convertedFrom: linkSchema
      .optional()
      .describe('The original checkpoint this was converted from'),
  }).default({}),
  license: licenseSchema,
  sources: z.array(linkSchema).min(1).describe('Public pages the facts were taken from'),
  aliases: z
    .array(weightIdSchema)
    .default([])
    .describe('Other ids PaddleNLP has used for this weight; their URLs redirect to its page'),
});

export type WeightFacts = z.output<typeof weightFactsSchema>;
export type Provider = (typeof providers)[number];
export type TokenizerKind = (typeof tokenizerKinds)[number];
export type License = WeightFacts['license'];

/** Frontmatter of `content/weights/<locale>/<id>.mdx`: the text of one language. */
export const weightProseSchema = strict({
  title: z.string().min(1).describe('Human name of the weight in this language'),
  description: z
    .string()
    .min(1)
    .max(300)
    .describe('One or two sentences: the page’s summary and meta description'),
  details: z.string().min(1).describe('Short text for the summary table’s details column'),
  trainingData: z.string().min(1).describe('What the weight was trained on, in this language'),
  parametersNote: z
    .string()
    .min(1)
    .optional()
    .describe('Why PaddleNLP’s printed figure differs from the exact count, when it does'),
});

export type WeightProse = z.output<typeof weightProseSchema>;

export const paperSchema = strict({
  title: z.string().min(1),
  authors: z.string().min(1).describe('Short form for display, e.g. "Radford et al."'),
  year: z.number().int().min(1900),
  url: z.url(),
  bibtex: z
    .string()
    .regex(/^@\w+\{[^,\s]+,[\s\S]*\}\s*$/, 'must be one BibTeX entry, e.g. "@article{key, …}"')
    .describe('The citation the authors ask for'),
});

export const familySchema = strict({
  name: z.string().min(1).describe('Display name, the same in every language'),
  order: z.number().int().describe('Position of the family in the default table order'),
  paper: paperSchema.nullable().describe('The paper behind the family, or null if there is none'),
});

export type Paper = z.output<typeof paperSchema>;

export type Family = z.output<typeof familySchema>;

/** A page of the site's own (content/pages/<locale>/<slug>.mdx): the About page, for one. */
export const pageSchema = strict({
  title: z.string().min(1).describe('The page’s heading and <title>'),
  description: z.string().min(1).max(300).describe('One or two sentences: the meta description'),
});
