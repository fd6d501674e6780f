/**
 * Small in-memory catalogs for unit tests: the same shapes Astro's glob loader hands to
 * src/lib/catalog.ts, validated by the real schemas so a fixture cannot drift from the contract.
 */
import { renderProse } from '../../src/lib/prose.ts';
import type { Entry } from '../../src/lib/catalog.ts';
import {
  familySchema,
  weightFactsSchema,
  weightProseSchema,
  type Family,
  type WeightFacts,
  type WeightProse,
} from '../../src/schemas/weight.ts';

export const teacherFacts = {
  language: 'zh',
  family: 'cpm',
  provider: 'paddlenlp',
  architecture: {
    layers: 32,
    hiddenSize: 2560,
    heads: 32,
    ffnSize: 10240,
    vocabSize: 30000,
    contextLength: 1024,
  },
  parameters: { printed: '2.6B', exact: 2597073920 },
  tokenizer: 'sentencepiece',
  paddlenlp: { modelClass: 'GPTLMHeadModel', tokenizerClass: 'GPTChineseTokenizer' },
  license: 'unknown',
  sources: [{ label: 'CPM paper', url: 'https://arxiv.org/abs/2012.00413' }],
};

export function factsEntry(
  id: string,
  overrides: Record<string, unknown> = {},
): Entry<WeightFacts> {
  return {
    id,
    filePath: `content/weights/facts/${id}.yaml`,
    data: weightFactsSchema.parse({ ...teacherFacts, ...overrides }),
  };
}

export function proseEntry(
  locale: string,
  id: string,
  body = '',
  overrides: Partial<WeightProse> = {},
): Entry<WeightProse> {
  const { weightLinks, markdown } = renderProse(body, { weightHref: (to) => `#${to}` });
  return {
    id: `${locale}/${id}`,
    filePath: `content/weights/${locale}/${id}.mdx`,
    // What the prose loader stores besides the HTML: the weights it links to, and its Markdown.
    rendered: { metadata: { weightLinks, markdown } },
    data: weightProseSchema.parse({
      title: `${id} (${locale})`,
      description: `About ${id}.`,
      details: 'Trained on Chinese text.',
      trainingData: 'Chinese text.',
      ...overrides,
    }),
  };
}

export function familyEntry(id: string, name: string, order: number): Entry<Family> {
  return {
    id,
    filePath: `content/families/${id}.yaml`,
    data: familySchema.parse({ name, order, paper: null }),
  };
}

/** A valid two-weight catalog: a teacher and a student distilled from it, in both locales. */
export function validInput() {
  return {
    facts: [
      factsEntry('gpt-cpm-large-cn'),
      factsEntry('gpt-cpm-small-cn-distill', {
        architecture: {
          ...teacherFacts.architecture,
          layers: 12,
          hiddenSize: 768,
          heads: 12,
          ffnSize: 3072,
        },
        parameters: { printed: '109M', exact: 108882432 },
        lineage: { distilledFrom: 'gpt-cpm-large-cn' },
      }),
    ],
    prose: ['en', 'zh-cn'].flatMap((locale) => [
      proseEntry(locale, 'gpt-cpm-large-cn'),
      proseEntry(
        locale,
        'gpt-cpm-small-cn-distill',
        'Teacher: <WeightLink id="gpt-cpm-large-cn" />.',
      ),
    ]),
    families: [familyEntry('cpm', 'CPM', 1)],
  };
}
