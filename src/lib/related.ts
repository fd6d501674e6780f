import type { Catalog, Entry, Weight } from './catalog';
import type { WeightProse } from '../schemas/weight';

export type RelationKind = 'distilledFrom' | 'distilledInto' | 'sameFamily' | 'sameSize';

export interface RelatedGroup<P extends Entry<WeightProse>> {
  kind: RelationKind;
  weights: Weight<P>[];
}

/** How many weights a group lists at most, so a page's size does not grow with the catalog. */
export const RELATED_LIMIT = 6;

/**
 * The other weights a reader of `weight` may want next, in groups; each weight appears in the
 * first group that fits it only. Same size means the same layers and hidden size (DialoGPT small
 * and GPT-2 small share a shape). A group keeps the `limit` weights closest in parameter count.
 */
export function relatedWeights<P extends Entry<WeightProse>>(
  weight: Weight<P>,
  catalog: Catalog<P>,
  limit = RELATED_LIMIT,
): RelatedGroup<P>[] {
  const others = catalog.weights.filter((w) => w.id !== weight.id);
  const teacher = weight.facts.lineage.distilledFrom;
  const { layers, hiddenSize } = weight.facts.architecture;
  const tests: [RelationKind, (w: Weight<P>) => boolean][] = [
    ['distilledFrom', (w) => w.id === teacher],
    ['distilledInto', (w) => w.facts.lineage.distilledFrom === weight.id],
    ['sameFamily', (w) => w.family.id === weight.family.id],
    [
      'sameSize',
      (w) =>
        w.facts.architecture.layers === layers && w.facts.architecture.hiddenSize === hiddenSize,
    ],
  ];
  const placed = new Set<string>();
  const groups: RelatedGroup<P>[] = [];
  const size = (w: Weight<P>) => w.facts.parameters.exact ?? 0;
  const distance = (w: Weight<P>) => Math.abs(Math.log((size(w) + 1) / (size(weight) + 1)));
  for (const [kind, test] of tests) {
    const weights = others
      .filter((w) => !placed.has(w.id) && test(w))
      .map((w, index) => ({ w, index, d: distance(w) }))
      // Nearest in size first; the catalog order breaks ties and is kept for the ones shown.
      .sort((a, b) => a.d - b.d || a.index - b.index)
      .slice(0, limit)
      .sort((a, b) => a.index - b.index)
      .map(({ w }) => w);
    weights.forEach((w) => placed.add(w.id));
    if (weights.length > 0) groups.push({ kind, weights });
  }
  return groups;
}
