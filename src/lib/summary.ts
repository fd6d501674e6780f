import type { Locale } from '../i18n/locales';
import type { Catalog, Entry } from './catalog';
import type { WeightProse } from '../schemas/weight';
import { formatInteger, formatParameterCount, languageName } from './format';
import { weightPath } from './urls';

/** One row of the summary table, already formatted for one locale. */
export interface SummaryRow {
  id: string;
  /** Other names of the weight: each is also an anchor on its row (`/en/#distilgpt2`). */
  aliases: string[];
  /** Site-relative; add the base path with `withBase`. */
  path: string;
  language: string;
  layers: string;
  hidden: string;
  heads: string;
  /** "124M" / "1.24 亿", or PaddleNLP's printed figure when the exact count is unknown. */
  parameters: string;
  /** "124,439,808", or null when unknown. */
  parametersExact: string | null;
  details: string;
}

export function summaryRows(catalog: Catalog<Entry<WeightProse>>, locale: Locale): SummaryRow[] {
  return catalog.weights.map(({ id, facts, prose }) => {
    const { layers, hiddenSize, heads } = facts.architecture;
    const exact = facts.parameters.exact;
    return {
      id,
      aliases: facts.aliases,
      path: weightPath(locale, id),
      language: languageName(facts.language, locale),
      layers: formatInteger(layers, locale),
      hidden: formatInteger(hiddenSize, locale),
      heads: formatInteger(heads, locale),
      parameters: exact === null ? facts.parameters.printed : formatParameterCount(exact, locale),
      parametersExact: exact === null ? null : formatInteger(exact, locale),
      details: prose[locale].data.details,
    };
  });
}
