import type { Locale } from '../i18n/locales.ts';
import type { CatalogJson } from '../schemas/catalog-json.ts';
import type { Translate, UiKey } from '../i18n/index.ts';
import type { Dictionary } from '../i18n/en.ts';
import { sourcedFact, type FactContext, type FactKey, type FactValue } from './fact-values.ts';
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

/**
 * The rows of the side-by-side table, each a fact `factValue` formats as the weight pages do;
 * `title` and `family` come from the weight's names.
 */
export const compareRowKeys = [
  ['title', 'compare.name'],
  ['family', 'fact.family'],
  ['architecture', 'fact.architecture'],
  ['language', 'fact.language'],
  ['provider', 'fact.provider'],
  ['layers', 'fact.layers'],
  ['hiddenSize', 'fact.hiddenSize'],
  ['heads', 'fact.heads'],
  ['ffnSize', 'fact.ffnSize'],
  ['vocabSize', 'fact.vocabSize'],
  ['contextLength', 'fact.contextLength'],
  ['tokenizer', 'fact.tokenizer'],
  // In the weight page's order (weightPageSections).
  ['parametersPrinted', 'fact.parametersPrinted'],
  ['parametersExact', 'fact.parametersExact'],
  ['license', 'fact.license'],
] as const satisfies readonly (readonly [FactKey | 'title' | 'family', UiKey])[];
export type CompareRowKey = (typeof compareRowKeys)[number][0];

export interface CompareRow {
  key: CompareRowKey;
  label: string;
  values: FactValue[];
  /** The weights do not all agree on this fact. */
  differs: boolean;
}

/** What the compare page knows of each family besides the JSON: how its facts read. */
export type CompareFamilies = Readonly<Record<string, Pick<FactContext, 'architecture' | 'notes'>>>;

/** The page's sentences for the script, `{count}` and `{ids}` left to fill in. */
export interface CompareStrings {
  count: string;
  /** The problem where the link names no weight at all. */
  none: string;
  /** "Tick them in the summary table.": where weights are chosen. */
  pick: string;
  /** Between two sentences: " ", or nothing after a Chinese full stop. */
  sentence: string;
  unknown: string;
  failed: string;
  caption: string;
  /** Between two ids in a sentence: ", " or "、". */
  idSeparator: string;
  fact: string;
  differs: string;
}

/** What the compare page gives its script, beside the weights it fetches. */
export interface ComparePageData {
  /** The strings of this language that formatting a fact needs (src/lib/fact-strings.ts). */
  dictionary: Partial<Dictionary>;
  families: CompareFamilies;
  strings: CompareStrings;
}

/**
 * The side-by-side table: one row per fact, one value per weight, differences flagged. The
 * weights come from `/weights/<id>.json`, which does not carry the family's architecture or its
 * notes on its facts, so the page gives them (`families`, by family id).
 */
export function compareRows(
  weights: CompareWeight[],
  locale: Locale,
  t: Translate,
  families: CompareFamilies,
): CompareRow[] {
  const value = (w: CompareWeight, key: CompareRowKey): FactValue => {
    if (key === 'title') return { text: w.titles[locale] ?? w.id };
    if (key === 'family') return { text: w.family.name };
    const family = families[w.facts.family];
    const context: FactContext = {
      locale,
      t,
      architecture: family?.architecture ?? null,
      notes: family?.notes,
    };
    return sourcedFact(key, w.facts, context) ?? { text: t('fact.unknown'), unknown: true };
  };
  return compareRowKeys.map(([key, label]) => {
    const values = weights.map((w) => value(w, key));
    return {
      key,
      label: t(label),
      values,
      // Among the values known: a fact one source states and another does not is not a difference.
      differs: new Set(values.filter((v) => !v.unknown).map((v) => v.text)).size > 1,
    };
  });
}
