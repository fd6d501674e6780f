import type { WeightFacts } from '../schemas/weight';

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
  if (F === null || V === null || P === null) return null;
  const perLayer = 4 * H * H + 4 * H + (2 * H * F + F + H) + 4 * H;
  return V * H + P * H + L * perLayer + 2 * H;
}
