/**
 * Whether a weight is of a size a reader typed (`1.5B`, `1.24 亿`), worked out here on its own
 * rather than with src/lib/size-search.ts, so the search tests check that module against an
 * independent reading: the count, cut or rounded at the precision typed, is the number typed;
 * or PaddleNLP's printed figure is exactly what was typed.
 */
import type { ContentWeight } from './content.ts';

const units: Record<string, number> = { M: 1e6, B: 1e9, 亿: 1e8 };

export function isOfSize(weight: ContentWeight, typed: string): boolean {
  const match = /^(\d+)(?:\.(\d+))?\s*(M|B|亿)$/.exec(typed);
  if (!match) throw new Error(`the test cannot read the size "${typed}"`);
  const [, whole = '', decimals = '', unit = ''] = match;
  const step = (units[unit] ?? NaN) / 10 ** decimals.length;
  const steps = Number(whole + decimals);
  const { exact, printed } = weight.facts.parameters;
  if (printed === typed) return true;
  // The count: the exact one, else PaddleNLP's printed figure read as a number ("124M").
  const printedMatch = printed === null ? null : /^([\d.]+)([KMB])$/.exec(printed);
  const count =
    exact ??
    (printedMatch === null
      ? null
      : Number(printedMatch[1]) * { K: 1e3, M: 1e6, B: 1e9 }[printedMatch[2] as 'K' | 'M' | 'B']);
  return (
    count !== null && (Math.floor(count / step) === steps || Math.round(count / step) === steps)
  );
}
