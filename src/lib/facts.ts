import { locales, type Locale } from '../i18n/locales.ts';
import type { Translate, UiKey } from '../i18n/index.ts';
import type { Entry, Weight } from './catalog.ts';
import type { WeightProse } from '../schemas/weight.ts';
import { formatInteger } from './format.ts';
import { comparePrinted } from './parameters.ts';
import { factContext, sourcedFact, type FactKey, type FactValue } from './fact-values.ts';

/**
 * The sections of every weight page, in the order they appear, in every language. Their ids are
 * the public anchors README.md lists (`/en/weights/gpt2-en/#usage`); the page's "On this page"
 * list and its headings are both made from this one list.
 */
export const weightPageSections = [
  'overview',
  'architecture',
  'parameters',
  'usage',
  'provenance',
  'citation',
  'lineage',
] as const;
export type WeightPageSection = (typeof weightPageSections)[number];

export type { FactValue };

export interface FactRow {
  key: UiKey;
  label: string;
  value: FactValue;
}

/** The facts of a weight page, grouped in the sections every language shows in the same order. */
export interface WeightSections {
  architecture: FactRow[];
  parameters: FactRow[];
  /** One line where PaddleNLP's printed figure is not the exact count rounded; else null. */
  parametersNote: string | null;
  provenance: FactRow[];
}

/**
 * Everything the facts tables of a weight page show, computed from the entry: pure, so the order,
 * the derived sizes and the "unknown" wording are tested without a browser.
 */
export function weightSections(
  weight: Weight<Entry<WeightProse>>,
  locale: Locale,
  t: Translate,
): WeightSections {
  const { facts } = weight;
  const prose = weight.prose[locale].data;
  const context = factContext(weight.zoo, locale, t);
  // A fact the weight does not have (an embedding size apart from the hidden size) has no row.
  const rows = (keys: [UiKey, FactKey][]): FactRow[] =>
    keys.flatMap(([key, fact]) => {
      const value = sourcedFact(fact, facts, context);
      return value === null ? [] : [{ key, label: t(key), value }];
    });
  const row = (key: UiKey, value: FactValue): FactRow => ({ key, label: t(key), value });

  const architecture = rows([
    ['fact.architecture', 'architecture'],
    ['fact.role', 'role'],
    ['fact.layers', 'layers'],
    ['fact.hiddenSize', 'hiddenSize'],
    ['fact.embeddingSize', 'embeddingSize'],
    ['fact.heads', 'heads'],
    ['fact.ffnSize', 'ffnSize'],
    ['fact.vocabSize', 'vocabSize'],
    ['fact.contextLength', 'contextLength'],
    ['fact.tokenizer', 'tokenizer'],
  ]);

  const parameters = rows([
    ['fact.parametersPrinted', 'parametersPrinted'],
    ['fact.parametersExact', 'parametersExact'],
    ['fact.sizeFp32', 'sizeFp32'],
    ['fact.sizeFp16', 'sizeFp16'],
  ]);

  const exact = facts.parameters.exact;
  let computed: string | null = null;
  const printed = facts.parameters.printed;
  if (exact !== null && printed !== null) {
    const values = { printed, exact: formatInteger(exact, locale) };
    const relation = comparePrinted(printed, exact);
    if (relation === 'truncated') computed = t('params.noteTruncated', values);
    if (relation === 'differs') computed = t('params.noteDiffers', values);
  }
  // The entry's own note follows whatever the figures say, and shows where they say nothing: a
  // printed figure with no exact count to check it against can still be worth a word (LayoutLM's).
  const parametersNote =
    [computed, prose.parametersNote]
      .filter(Boolean)
      // Chinese sentences end in 。, with no space after it.
      .join(locales[locale].sentenceSeparator) || null;

  const { convertedFrom } = facts.lineage;
  const paper = weight.family.paper;
  const indexPaper = weight.zoo.zoo?.paper ?? null;
  const provenance = [
    row('fact.id', { text: weight.id, code: true }),
    // The ids whose URLs redirect here: a reader who knows the weight by an older (or newer) name
    // of PaddleNLP's sees that this is the page for it.
    ...(facts.aliases.length === 0 ? [] : [row('fact.aliases', aliasesValue(facts.aliases, t))]),
    ...rows([['fact.language', 'language']]),
    row('fact.family', { text: weight.family.name }),
    ...rows([['fact.provider', 'provider']]),
    row(
      'fact.originalCheckpoint',
      convertedFrom === undefined
        ? { text: t('fact.unknown'), unknown: true }
        : { text: convertedFrom.label, href: convertedFrom.url, code: true },
    ),
    row(
      'fact.paper',
      paper !== null
        ? { text: `${paper.title} (${paper.authors}, ${paper.year})`, href: paper.url, lang: 'en' }
        : indexPaper !== null
          ? // The family page shows the same link: PaddleNLP's index is its source.
            {
              text: indexPaper.reference ?? indexPaper.url,
              href: indexPaper.url,
              lang: 'en',
              note: t('fact.paperFromIndex', { family: weight.zoo.name }),
            }
          : { text: t('fact.unknown'), unknown: true },
    ),
    row(
      'fact.trainingData',
      prose.trainingData === undefined
        ? { text: t('fact.unknown'), unknown: true }
        : // A generated Chinese page quotes PaddleNLP's English words as they are.
          {
            text: prose.trainingData,
            ...(prose.generated === true && locale === 'zh-cn' && { lang: 'en' }),
          },
    ),
    ...rows([['fact.license', 'license']]),
  ];

  return { architecture, parameters, parametersNote, provenance };
}

/** A weight's other ids, as the Provenance table's "Also known as" row shows them. */
export function aliasesValue(aliases: readonly string[], t: Translate): FactValue {
  const separator = t('ids.separator');
  return {
    text: aliases.join(separator),
    codeList: { items: aliases, separator },
    note: t(aliases.length === 1 ? 'fact.aliasesNoteOne' : 'fact.aliasesNote'),
  };
}
