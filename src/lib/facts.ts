import type { Locale } from '../i18n/locales.ts';
import type { Translate, UiKey } from '../i18n/index.ts';
import type { Entry, Weight } from './catalog.ts';
import type { WeightProse } from '../schemas/weight.ts';
import { formatBytes, formatInteger, formatParameterCount, languageName } from './format.ts';
import { comparePrinted, weightBytes } from './parameters.ts';

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

/** A value in a facts table: plain text, or a link (internal paths are site-relative). */
export interface FactValue {
  text: string;
  href?: string;
  /** Rendered as code: ids and class names. */
  code?: boolean;
  /** The fact is not known; shown as such, styled apart. */
  unknown?: boolean;
  /** Language of `text` when it is not the page's (a licence name, a paper title). */
  lang?: string;
}

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
  const arch = facts.architecture;
  const exact = facts.parameters.exact;
  const unknown: FactValue = { text: t('fact.unknown'), unknown: true };
  const count = (value: number | null): FactValue =>
    value === null ? unknown : { text: formatInteger(value, locale) };
  const row = (key: UiKey, value: FactValue): FactRow => ({ key, label: t(key), value });
  const size = (bytesPerParameter: 4 | 2): FactValue =>
    exact === null
      ? unknown
      : { text: `≈ ${formatBytes(weightBytes(exact, bytesPerParameter), locale)}` };

  const architecture = [
    row('fact.layers', count(arch.layers)),
    row('fact.hiddenSize', count(arch.hiddenSize)),
    row('fact.heads', count(arch.heads)),
    row('fact.ffnSize', count(arch.ffnSize)),
    row('fact.vocabSize', count(arch.vocabSize)),
    row(
      'fact.contextLength',
      arch.contextLength === null
        ? unknown
        : { text: t('fact.contextTokens', { count: formatInteger(arch.contextLength, locale) }) },
    ),
    row(
      'fact.tokenizer',
      facts.tokenizer === null ? unknown : { text: t(`tokenizer.${facts.tokenizer}`) },
    ),
  ];

  const parameters = [
    row(
      'fact.parametersPrinted',
      facts.parameters.printed === null ? unknown : { text: facts.parameters.printed },
    ),
    row(
      'fact.parametersExact',
      exact === null
        ? unknown
        : { text: `${formatInteger(exact, locale)} (${formatParameterCount(exact, locale)})` },
    ),
    row('fact.sizeFp32', size(4)),
    row('fact.sizeFp16', size(2)),
  ];

  let parametersNote: string | null = null;
  const printed = facts.parameters.printed;
  if (exact !== null && printed !== null) {
    const values = { printed, exact: formatInteger(exact, locale) };
    const relation = comparePrinted(printed, exact);
    if (relation === 'truncated') parametersNote = t('params.noteTruncated', values);
    if (relation === 'differs') {
      parametersNote = [t('params.noteDiffers', values), prose.parametersNote]
        .filter(Boolean)
        .join(' ');
    }
  }

  const { convertedFrom } = facts.lineage;
  const paper = weight.family.paper;
  const provenance = [
    row('fact.id', { text: weight.id, code: true }),
    row('fact.language', { text: languageName(facts.language, locale) }),
    row('fact.family', { text: weight.family.name }),
    row('fact.provider', { text: t(`provider.${facts.provider}`) }),
    row(
      'fact.originalCheckpoint',
      convertedFrom === undefined
        ? { text: t('fact.notStated'), unknown: true }
        : { text: convertedFrom.label, href: convertedFrom.url, code: true },
    ),
    row(
      'fact.paper',
      paper === null
        ? { text: t('fact.notStated'), unknown: true }
        : { text: `${paper.title} (${paper.authors}, ${paper.year})`, href: paper.url, lang: 'en' },
    ),
    row(
      'fact.trainingData',
      prose.trainingData === undefined ? unknown : { text: prose.trainingData },
    ),
    row(
      'fact.license',
      facts.license === 'unknown'
        ? { text: t('license.unknown'), unknown: true }
        : {
            text: `${facts.license.name} (${facts.license.spdx})`,
            href: facts.license.url,
            lang: 'en',
          },
    ),
  ];

  return { architecture, parameters, parametersNote, provenance };
}
