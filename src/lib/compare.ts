import type { Locale } from '../i18n/locales.ts';
import type { CatalogJson } from '../schemas/catalog-json.ts';
import { formatInteger, formatParameterCount, languageName } from './format.ts';
import type { WeightLookup } from './lookup.ts';

export const MIN_COMPARE = 2;
export const MAX_COMPARE = 4;

/** What `?ids=` asks for: the weights it names, and what it names that is no weight. */
export type CompareRequest =
  | { ok: true; ids: string[]; unknown: string[] }
  | { ok: false; reason: 'count'; count: number; unknown: string[] };

/**
 * Reads `?ids=a,b` of the compare page. Ids resolve like URLs do: exact, another case or an alias.
 * Duplicates collapse. An id that names no weight is left out and reported, so one stale id in a
 * link does not cost the reader the comparison of the others; 2 to 4 weights must remain.
 */
export function parseCompareIds(param: string | null, lookup: WeightLookup): CompareRequest {
  const asked = (param ?? '')
    .split(',')
    .map((id) => id.trim())
    .filter(Boolean);
  const unknown = asked.filter((id) => lookup[id.toLowerCase()] === undefined);
  const ids = [...new Set(asked.flatMap((id) => lookup[id.toLowerCase()] ?? []))];
  if (ids.length < MIN_COMPARE || ids.length > MAX_COMPARE) {
    return { ok: false, reason: 'count', count: ids.length, unknown };
  }
  return { ok: true, ids, unknown };
}

export type CompareWeight = CatalogJson['weights'][number];

export interface CompareLabels {
  rows: Record<CompareRowKey, string>;
  unknown: string;
  provider: Record<string, string>;
  tokenizer: Record<string, string>;
  licenseUnknown: string;
}

export const compareRowKeys = [
  'title',
  'language',
  'family',
  'provider',
  'layers',
  'hiddenSize',
  'heads',
  'ffnSize',
  'vocabSize',
  'contextLength',
  'tokenizer',
  'parameters',
  'parametersPrinted',
  'license',
] as const;
export type CompareRowKey = (typeof compareRowKeys)[number];

export interface CompareRow {
  key: CompareRowKey;
  label: string;
  values: string[];
  /** The weights do not all agree on this fact. */
  differs: boolean;
}

/** The side-by-side table: one row per fact, one value per weight, differences flagged. */
export function compareRows(
  weights: CompareWeight[],
  locale: Locale,
  labels: CompareLabels,
): CompareRow[] {
  const count = (n: number | null) => (n === null ? labels.unknown : formatInteger(n, locale));
  const value = (w: CompareWeight, key: CompareRowKey): string => {
    const { facts } = w;
    const a = facts.architecture;
    switch (key) {
      case 'title':
        return w.titles[locale] ?? w.id;
      case 'language':
        return languageName(facts.language, locale);
      case 'family':
        return w.family.name;
      case 'provider':
        return labels.provider[facts.provider] ?? facts.provider;
      case 'layers':
        return count(a.layers);
      case 'hiddenSize':
        return count(a.hiddenSize);
      case 'heads':
        return count(a.heads);
      case 'ffnSize':
        return count(a.ffnSize);
      case 'vocabSize':
        return count(a.vocabSize);
      case 'contextLength':
        return count(a.contextLength);
      case 'tokenizer':
        return facts.tokenizer === null
          ? labels.unknown
          : (labels.tokenizer[facts.tokenizer] ?? facts.tokenizer);
      case 'parameters':
        return facts.parameters.exact === null
          ? labels.unknown
          : `${formatParameterCount(facts.parameters.exact, locale)} (${formatInteger(facts.parameters.exact, locale)})`;
      case 'parametersPrinted':
        return facts.parameters.printed ?? labels.unknown;
      case 'license':
        return facts.license === 'unknown' ? labels.licenseUnknown : facts.license.name;
    }
  };
  return compareRowKeys.map((key) => {
    const values = weights.map((w) => value(w, key));
    return { key, label: labels.rows[key], values, differs: new Set(values).size > 1 };
  });
}
