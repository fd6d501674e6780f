import type { Locale } from '../i18n/locales';
import type { Translate, UiKey } from '../i18n';
import type { Entry, Weight } from './catalog';
import type { WeightProse } from '../schemas/weight';
import { formatInteger, formatParameterCount, languageName } from './format';
import { weightPath } from './urls';

/** A value in the facts table: plain text, or a link (internal paths are site-relative). */
export interface FactValue {
  text: string;
  href?: string;
  /** Rendered as code: ids and class names. */
  code?: boolean;
  /** The fact is not known; shown as such, styled apart. */
  unknown?: boolean;
  /** Language of `text` when it is not the page's (a licence name, an id). */
  lang?: string;
}

export interface FactRow {
  key: string;
  label: string;
  value: FactValue;
}

/**
 * The facts table of a weight page, in a fixed order shared by every language. Pure: the page
 * renders what this returns, so the order and the "unknown" wording are tested without a browser.
 */
export function factRows(
  weight: Weight<Entry<WeightProse>>,
  locale: Locale,
  t: Translate,
): FactRow[] {
  const { facts } = weight;
  const arch = facts.architecture;
  const unknown: FactValue = { text: t('fact.unknown'), unknown: true };
  const count = (value: number | null): FactValue =>
    value === null ? unknown : { text: formatInteger(value, locale) };
  const row = (key: UiKey, value: FactValue): FactRow => ({ key, label: t(key), value });

  const rows: FactRow[] = [
    row('fact.id', { text: weight.id, code: true }),
    row('fact.language', { text: languageName(facts.language, locale) }),
    row('fact.family', { text: weight.family.name }),
    row('fact.provider', { text: t(`provider.${facts.provider}`) }),
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
    row('fact.tokenizer', { text: t(`tokenizer.${facts.tokenizer}`) }),
    row('fact.parametersPrinted', { text: facts.parameters.printed }),
    row(
      'fact.parametersExact',
      facts.parameters.exact === null
        ? unknown
        : {
            text: `${formatInteger(facts.parameters.exact, locale)} (${formatParameterCount(facts.parameters.exact, locale)})`,
          },
    ),
    row('fact.trainingData', { text: weight.prose[locale].data.trainingData }),
  ];
  const { distilledFrom, convertedFrom } = facts.lineage;
  if (distilledFrom !== undefined) {
    rows.push(
      row('fact.distilledFrom', {
        text: distilledFrom,
        href: weightPath(locale, distilledFrom),
        code: true,
      }),
    );
  }
  if (convertedFrom !== undefined) {
    rows.push(
      row('fact.convertedFrom', { text: convertedFrom.label, href: convertedFrom.url, code: true }),
    );
  }
  rows.push(
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
  );
  return rows;
}
