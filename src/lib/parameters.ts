import type { WeightFacts } from '../schemas/weight.ts';

type Architecture = WeightFacts['architecture'];

/**
 * Parameters of a GPT-2-style decoder with a tied output head, biases and LayerNorms:
 * token and position embeddings, then per layer attention (4·H² + 4·H), the feed-forward block
 * (2·H·F + F + H) and two LayerNorms (4·H), then the final LayerNorm (2·H). With F = 4·H this is
 * the `V·H + P·H + L·(12·H² + 13·H) + 2·H` of ../shared/FACTS.md.
 *
 * Returns null when a figure it needs is unknown: a guess would be worse than nothing.
 */
export function decoderParameterCount(architecture: Architecture): number | null {
  const { layers: L, hiddenSize: H, ffnSize: F, vocabSize: V, contextLength: P } = architecture;
  if (L === null || H === null || F === null || V === null || P === null) return null;
  const perLayer = 4 * H * H + 4 * H + (2 * H * F + F + H) + 4 * H;
  return V * H + P * H + L * perLayer + 2 * H;
}

const units: Record<string, number> = { K: 1e3, M: 1e6, B: 1e9 };

/** PaddleNLP's printed figure as a number: "117M" → 117,000,000; "2.6B" → 2,600,000,000. */
export function parsePrinted(printed: string): number {
  const match = /^(\d+(?:\.\d+)?)([KMB])$/.exec(printed);
  if (!match) throw new Error(`"${printed}" is not a printed parameter figure such as "117M"`);
  return Number(match[1]) * (units[match[2] ?? ''] ?? NaN);
}

/**
 * How PaddleNLP's printed figure relates to the exact count, at the printed figure's precision:
 * `rounded` (124,439,808 printed "124M"), `truncated` (81,912,576 printed "81M": the decimals
 * dropped) or `differs` (124,439,808 printed "117M": another number, explained in the entry).
 */
export function comparePrinted(
  printed: string,
  exact: number,
): 'rounded' | 'truncated' | 'differs' {
  const decimals = printed.split('.')[1]?.replace(/[KMB]$/, '').length ?? 0;
  const unit = units[printed.at(-1) ?? ''] ?? NaN;
  const step = unit / 10 ** decimals;
  const value = parsePrinted(printed);
  // Compare in whole steps of the printed precision to stay clear of floating-point noise.
  const shown = Math.round(value / step);
  if (Math.round(exact / step) === shown) return 'rounded';
  if (Math.floor(exact / step) === shown) return 'truncated';
  return 'differs';
}

/** Bytes of the weights alone at a given precision: 4 per parameter in fp32, 2 in fp16. */
export function weightBytes(parameters: number, bytesPerParameter: 4 | 2): number {
  return parameters * bytesPerParameter;
}

/**
 * The count to sort and draw by: the exact one, or PaddleNLP's printed figure if that is all, or
 * null where neither is known.
 */
export function parameterValue(parameters: WeightFacts['parameters']): number | null {
  if (parameters.exact !== null) return parameters.exact;
  return parameters.printed === null ? null : parsePrinted(parameters.printed);
}
