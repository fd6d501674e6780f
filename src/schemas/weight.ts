import { z } from 'astro/zod';
import { zooTaskNames } from './tasks.ts';

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

/** SPDX ids in use; a license SPDX does not list is written as `LicenseRef-<name>`. */
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
      url: z.url().describe('Where the license text is published'),
    }),
  ])
  .describe('The license of the weights, or "unknown" where no source states one');

/** A link with its text: a hand-written source, a converted-from checkpoint. */
export const linkSchema = strict({
  label: z.string().min(1),
  url: z.url(),
});

/**
 * The kinds of source, by `kind`. Each holds parts, not a sentence, so that each page names it in
 * its own language (`sourceLabel`, src/lib/fact-values.ts). Without `kind`, a source is a `label`
 * written by hand in English, shown as written on both languages' pages.
 */
export const sourceKindSchemas = [
  strict({
    kind: z.literal('zoo-page'),
    title: z.string().min(1).describe('The page\'s title as PaddleNLP writes it: "BERT模型汇总"'),
    revision: z.string().min(1).describe('The revision of the page the facts were read from'),
    url: z.url(),
  }),
  strict({
    kind: z.literal('source-code'),
    file: z.string().min(1).describe("Path in PaddleNLP's repository"),
    revision: z.string().min(1).describe('The snapshot of the code the figures were read from'),
    url: z.url(),
  }),
  strict({
    kind: z.literal('hugging-face'),
    name: z.string().min(1).describe('The repository: "uer/gpt2-chinese-poem"'),
    url: z.url(),
  }),
  strict({
    kind: z.literal('paper'),
    name: z.string().min(1).describe('What the paper is called for short: "CPM"'),
    arxiv: z
      .string()
      .regex(/^\d{4}\.\d{4,5}$/)
      .describe('Its arXiv number: "2012.00413"'),
    url: z.url(),
  }),
  strict({
    kind: z.literal('link'),
    name: z.string().min(1).describe('A name that reads the same in every language: "UER-py"'),
    url: z.url(),
  }),
] as const;

/**
 * One source of a weight's facts. A discriminated union, so that a wrong entry is reported by its
 * field ("sources.1.revision: required"), not as "did not match union".
 */
export const sourceSchema = z.discriminatedUnion('kind', [
  linkSchema.extend({ kind: z.undefined().optional() }),
  ...sourceKindSchemas,
]);
export type Source = z.infer<typeof sourceSchema>;

// In a module of its own, without zod, for the search bundle (src/schemas/tasks.ts).
export { zooTaskNames };

const slugSchema = z.string().regex(/^[a-z0-9-]+$/);

/** Where a fact of an imported weight comes from: PaddleNLP's page, or PaddleNLP's code. */
export const factSourceKinds = ['page', 'config'] as const;
/** The figures of the architecture a family may explain (`factNotes`): what each means for it. */
export const explainableFacts = [
  'layers',
  'hiddenSize',
  'heads',
  'ffnSize',
  'vocabSize',
  'contextLength',
] as const;
/** The facts whose source an imported weight records: those figures, and two more. */
export const factNames = [...explainableFacts, 'embeddingSize', 'parameters'] as const;

export const weightFactsSchema = strict({
  origin: z
    .literal('imported')
    .optional()
    .describe(
      'Written by `npm run import` from PaddleNLP’s pages; absent for entries verified by hand',
    ),
  language: z
    .union([languageTagSchema, z.array(languageTagSchema).min(2)])
    .describe('The training language, or the list of them for a model of a few languages'),
  family: slugSchema.describe('Slug of an entry in content/families/: PaddleNLP’s family page'),
  series: slugSchema
    .optional()
    .describe(
      'Slug of an entry in content/series/: the model line within the family, with its paper',
    ),
  provider: z.enum(providers).describe('Who publishes the weight file PaddleNLP downloads'),
  architecture: strict({
    layers: countOrUnknown.describe('Transformer layers'),
    hiddenSize: countOrUnknown.describe('Hidden (model) dimension'),
    heads: countOrUnknown.describe('Attention heads per layer'),
    ffnSize: countOrUnknown.describe('Feed-forward inner dimension'),
    vocabSize: countOrUnknown.describe('Tokens in the vocabulary'),
    contextLength: countOrUnknown.describe('Positions in the position-embedding table'),
    embeddingSize: count
      .optional()
      .describe(
        'Width of the token embeddings where it differs from the hidden size (ALBERT, ELECTRA)',
      ),
    layersShared: z
      .literal(true)
      .optional()
      .describe('One set of layer weights applied `layers` times (ALBERT’s “repeating layers”)'),
    role: z
      .enum(['discriminator', 'generator'])
      .optional()
      .describe('ELECTRA-style pre-training role of this checkpoint'),
  }),
  parameters: strict({
    printed: z
      .string()
      .regex(/^\d+(\.\d+)?[KMB]$/, 'as PaddleNLP prints it, e.g. "117M" or "2.6B"')
      .nullable()
      .describe('The figure on PaddleNLP’s page, or null where it prints none (“_M”)'),
    exact: countOrUnknown.describe('Exact number of parameters'),
  }),
  tokenizer: z.enum(tokenizerKinds).nullable(),
  paddlenlp: strict({
    modelClass: z.enum(modelClasses),
    tokenizerClass: z.enum(tokenizerClasses),
  })
    .optional()
    .describe('The classes verified to load this weight; without it, pages show the Auto classes'),
  lineage: strict({
    distilledFrom: weightIdSchema.optional().describe('Id of the teacher weight in this catalog'),
    convertedFrom: linkSchema
      .optional()
      .describe('The original checkpoint this was converted from'),
  }).default({}),
  license: licenseSchema,
  sources: z.array(sourceSchema).min(1).describe('Public pages the facts were taken from'),
  aliases: z
    .array(weightIdSchema)
    .default([])
    .describe('Other ids PaddleNLP has used for this weight; their URLs redirect to its page'),
  factSources: z
    .partialRecord(z.enum(factNames), z.array(z.enum(factSourceKinds)).min(1))
    .optional()
    .describe('For an imported weight: which source states each fact'),
  disagreements: z
    .array(
      strict({
        field: z.enum(factNames),
        page: count,
        config: count,
        configFile: z.string().min(1),
      }),
    )
    .optional()
    .describe(
      'Facts PaddleNLP’s page and its code state differently; the code’s value is shown first',
    ),
  listing: strict({
    page: z.string().min(1).describe('The family page’s folder in PaddleNLP’s docs'),
    url: z.url(),
    firstListed: z.string().min(1),
    lastListed: z.string().min(1),
    listed: z.boolean().describe('false once PaddleNLP’s newest pages no longer list the weight'),
    alsoOn: z.array(z.string().min(1)).optional().describe('Other family pages that list it too'),
    language: z.string().min(1).describe('The Language cell as the page writes it'),
    details: z.string().describe('The Details cell as the page writes it'),
  })
    .optional()
    .describe('For an imported weight: where PaddleNLP lists it'),
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
  detailsLang: languageTagSchema
    .optional()
    .describe(
      'BCP 47 tag of `details` where it is not in this language: PaddleNLP’s own English words, quoted on a Chinese page',
    ),
  detailsUrl: z
    .url()
    .optional()
    .describe(
      'Where the details cell links: the page PaddleNLP refers to for a weight it describes no further (its Hugging Face page, or else PaddleNLP’s own page)',
    ),
  trainingData: z
    .string()
    .min(1)
    .optional()
    .describe('What the weight was trained on, in this language; left out where no source says'),
  parametersNote: z
    .string()
    .min(1)
    .optional()
    .describe(
      'A note on PaddleNLP’s printed figure, shown below the parameters: why it differs from the exact count (required when it does), or what a reader should know of it where no exact count checks it',
    ),
  generated: z
    .literal(true)
    .optional()
    .describe('Written by `npm run import` from PaddleNLP’s page; the page says so'),
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

/** A model line within a family (GPT-2, DialoGPT, CPM): its name and the paper behind it. */
export const seriesSchema = strict({
  name: z.string().min(1).describe('Display name, the same in every language'),
  order: z.number().int().describe('Position of the series in its family’s table order'),
  paper: paperSchema.nullable().describe('The paper behind the series, or null if there is none'),
});

export const architectureKinds = ['decoder', 'encoder', 'encoder-decoder'] as const;

/**
 * A family: one of PaddleNLP's model-zoo pages (`GPT`, `BERT`). The import writes `zoo`; `name`,
 * `order`, `paper` and `architecture` are kept as written.
 */
export const familySchema = strict({
  name: z.string().min(1).describe('Display name, the same in every language'),
  order: z.number().int().describe('Position of the family in the zoo and in the table order'),
  paper: paperSchema
    .nullable()
    .describe('The paper behind the family, or null where the catalog records none'),
  architecture: z
    .enum(architectureKinds)
    .nullable()
    .default(null)
    .describe('Decoder-only, encoder-only or encoder–decoder; null where not recorded'),
  factNotes: z
    .partialRecord(
      z.enum(explainableFacts),
      strict({
        notApplicable: z
          .literal(true)
          .optional()
          .describe('The architecture has no such figure: shown as “not applicable”, not unknown'),
        en: z.string().min(1),
        'zh-cn': z.string().min(1),
      }),
    )
    .optional()
    .describe(
      'What a fact means for this architecture, or why it has none (XLNet’s context length), ' +
        'shown under the fact on every weight of the family; written by hand, from the paper',
    ),
  zoo: strict({
    folder: z.string().min(1),
    title: z.string().min(1).describe('The page’s title as PaddleNLP writes it: “GPT模型汇总”'),
    intro: z.array(z.string()).describe('The paragraphs under the title'),
    tasks: z
      .array(z.enum(zooTaskNames))
      .nullable()
      .describe('Downstream tasks the index’s task table marks ✅; null where it has no row'),
    paper: strict({
      url: z.url(),
      reference: z.string().min(1).nullable().describe('The index’s reference line for it'),
    })
      .nullable()
      .describe('The paper PaddleNLP’s index links the family to'),
    url: z.url(),
    revision: z.string().min(1),
    weights: z.array(weightIdSchema).describe('The ids the page lists, in its order'),
  })
    .optional()
    .describe('PaddleNLP’s page for the family, written by `npm run import`'),
});

export type Series = z.output<typeof seriesSchema>;
export type Paper = z.output<typeof paperSchema>;

export type Family = z.output<typeof familySchema>;
export type ArchitectureKind = (typeof architectureKinds)[number];
export type FamilyFactNotes = NonNullable<Family['factNotes']>;
export type FamilyFactNote = NonNullable<FamilyFactNotes[(typeof explainableFacts)[number]]>;

/** `content/site/<locale>.yaml`: the site's name and introduction in one language. */
export const siteTextSchema = strict({
  title: z.string().min(1).describe('The site’s name, in the header and every <title>'),
  intro: z.string().min(1).max(400).describe('The home page’s introduction and meta description'),
  footer: z.string().min(1).describe('One sentence in every page’s footer'),
});

export type SiteText = z.output<typeof siteTextSchema>;

/** A page of the site's own (content/pages/<locale>/<slug>.mdx): the About page, for one. */
export const pageSchema = strict({
  title: z.string().min(1).describe('The page’s heading and <title>'),
  description: z.string().min(1).max(300).describe('One or two sentences: the meta description'),
});
