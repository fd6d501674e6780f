import type { Locale } from '../i18n/locales.ts';
import type { Translate, UiKey } from '../i18n/index.ts';
import type { Entry, Weight } from './catalog.ts';
import type { WeightProse, factNames } from '../schemas/weight.ts';

type FactName = (typeof factNames)[number];
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
  /** Where an imported fact comes from, or how its sources disagree; shown under the value. */
  note?: string;
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

  // An imported fact says where it comes from; a fact the page and the code state differently
  // says both, the code's value first (it is what `from_pretrained` loads).
  const sourced = (name: FactName, value: FactValue): FactValue => {
    if (value.unknown || facts.factSources === undefined) return value;
    const conflict = facts.disagreements?.find((d) => d.field === name);
    if (conflict !== undefined) {
      return {
        ...value,
        note: t('fact.disagreement', {
          page: formatInteger(conflict.page, locale),
          config: formatInteger(conflict.config, locale),
          file: conflict.configFile,
        }),
      };
    }
    const from = facts.factSources[name] ?? [];
    const key =
      from.length === 2
        ? 'fact.from.both'
        : from[0] === 'config'
          ? 'fact.from.config'
          : 'fact.from.page';
    return from.length === 0 ? value : { ...value, note: t(key) };
  };
  const layers = ((): FactValue => {
    if (arch.layers === null) return unknown;
    const n = formatInteger(arch.layers, locale);
    if (arch.layersShared) return { text: t('fact.layersShared', { layers: n }) };
    // Only PaddleNLP's page states an encoder–decoder's layers, which it does not define.
    const from = facts.factSources?.layers ?? [];
    if (weight.zoo.architecture === 'encoder-decoder' && from.length === 1 && from[0] === 'page') {
      return { text: t('fact.layersEncoderDecoder', { layers: n }) };
    }
    return { text: n };
  })();

  const architecture = [
    row('fact.architecture', {
      text: t(
        weight.zoo.architecture === null ? 'arch.unknown' : `arch.${weight.zoo.architecture}`,
      ),
      ...(weight.zoo.architecture === null && { unknown: true }),
    }),
    ...(arch.role === undefined ? [] : [row('fact.role', { text: t(`role.${arch.role}`) })]),
    row('fact.layers', sourced('layers', layers)),
    row('fact.hiddenSize', sourced('hiddenSize', count(arch.hiddenSize))),
    ...(arch.embeddingSize === undefined
      ? []
      : [row('fact.embeddingSize', sourced('embeddingSize', count(arch.embeddingSize)))]),
    row('fact.heads', sourced('heads', count(arch.heads))),
    row('fact.ffnSize', sourced('ffnSize', count(arch.ffnSize))),
    row('fact.vocabSize', sourced('vocabSize', count(arch.vocabSize))),
    row(
      'fact.contextLength',
      sourced(
        'contextLength',
        arch.contextLength === null
          ? unknown
          : { text: t('fact.contextTokens', { count: formatInteger(arch.contextLength, locale) }) },
      ),
    ),
    row(
      'fact.tokenizer',
      facts.tokenizer === null ? unknown : { text: t(`tokenizer.${facts.tokenizer}`) },
    ),
  ];

  const parameters = [
    row(
      'fact.parametersPrinted',
      sourced(
        'parameters',
        facts.parameters.printed === null ? unknown : { text: facts.parameters.printed },
      ),
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
      prose.trainingData === undefined
        ? unknown
        : // A generated Chinese page quotes PaddleNLP's English words as they are.
          {
            text: prose.trainingData,
            ...(prose.generated === true && locale === 'zh-cn' && { lang: 'en' }),
          },
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
