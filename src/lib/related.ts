import type { Catalog, Entry, Weight } from './catalog.ts';
import type { WeightProse } from '../schemas/weight.ts';

export type RelationKind = 'distilledFrom' | 'distilledInto' | 'sameFamily' | 'sameSize';

export interface RelatedGroup<P extends Entry<WeightProse>> {
  kind: RelationKind;
  weights: Weight<P>[];
}

/** How many weights a group lists at most, so a page's size does not grow with the catalog. */
export const RELATED_LIMIT = 6;

interface Index<P extends Entry<WeightProse>> {
  position: Map<Weight<P>, number>;
  byFamily: Map<string, Weight<P>[]>;
  byShape: Map<string, Weight<P>[]>;
  students: Map<string, Weight<P>[]>;
}

/*
 * Every weight page asks for its relations, so the catalog is grouped once (per catalog object)
 * instead of scanned once per page: at 5,000 weights the scan alone was 10,000 × 5,000 tests.
 */
const indexes = new WeakMap<Catalog<Entry<WeightProse>>, Index<Entry<WeightProse>>>();

function indexOf<P extends Entry<WeightProse>>(catalog: Catalog<P>): Index<P> {
  let index = indexes.get(catalog) as Index<P> | undefined;
  if (index) return index;
  index = { position: new Map(), byFamily: new Map(), byShape: new Map(), students: new Map() };
  const push = (map: Map<string, Weight<P>[]>, key: string, w: Weight<P>) => {
    const list = map.get(key);
    if (list) list.push(w);
    else map.set(key, [w]);
  };
  catalog.weights.forEach((w, i) => {
    index.position.set(w, i);
    push(index.byFamily, w.family.id, w);
    push(index.byShape, shapeKey(w), w);
    const teacher = w.facts.lineage.distilledFrom;
    if (teacher) push(index.students, teacher, w);
  });
  indexes.set(catalog, index as unknown as Index<Entry<WeightProse>>);
  return index;
}

/** Same size means the same layers and hidden size (DialoGPT small and GPT-2 small share one). */
function shapeKey(w: Weight<Entry<WeightProse>>): string {
  const { layers, hiddenSize } = w.facts.architecture;
  return `${layers}×${hiddenSize}`;
}

/**
 * The other weights a reader of `weight` may want next, in groups; each weight appears in the
 * first group that fits it only. A group keeps the `limit` weights closest in parameter count,
 * ties going to the earlier weight in catalog order, and lists them in catalog order.
 */
export function relatedWeights<P extends Entry<WeightProse>>(
  weight: Weight<P>,
  catalog: Catalog<P>,
  limit = RELATED_LIMIT,
): RelatedGroup<P>[] {
  const index = indexOf(catalog);
  const teacher = weight.facts.lineage.distilledFrom;
  const teacherWeight = teacher ? catalog.byId.get(teacher) : undefined;
  const candidates: [RelationKind, Weight<P>[]][] = [
    ['distilledFrom', teacherWeight ? [teacherWeight] : []],
    ['distilledInto', index.students.get(weight.id) ?? []],
    ['sameFamily', index.byFamily.get(weight.family.id) ?? []],
    ['sameSize', index.byShape.get(shapeKey(weight)) ?? []],
  ];
  const size = (w: Weight<P>) => w.facts.parameters.exact ?? 0;
  const distance = (w: Weight<P>) => Math.abs(Math.log((size(w) + 1) / (size(weight) + 1)));
  const placed = new Set<Weight<P>>([weight]);
  const groups: RelatedGroup<P>[] = [];
  for (const [kind, list] of candidates) {
    const nearest = nearestInSize(
      list.filter((w) => !placed.has(w)),
      (w) => [distance(w), index.position.get(w) ?? 0],
      limit,
    );
    nearest.forEach((w) => placed.add(w));
    if (nearest.length > 0) groups.push({ kind, weights: nearest });
  }
  return groups;
}

/**
 * The `limit` smallest items by `[distance, position]`, returned in position order. A bounded
 * insertion keeps this linear in the list, which can be a whole family of thousands.
 */
function nearestInSize<T>(list: T[], key: (item: T) => [number, number], limit: number): T[] {
  const best: { item: T; d: number; p: number }[] = [];
  for (const item of list) {
    const [d, p] = key(item);
    const last = best[best.length - 1];
    if (best.length === limit && last && (d > last.d || (d === last.d && p > last.p))) continue;
    let at = best.length;
    while (at > 0) {
      const before = best[at - 1]!;
      if (before.d < d || (before.d === d && before.p < p)) break;
      at--;
    }
    best.splice(at, 0, { item, d, p });
    if (best.length > limit) best.pop();
  }
  return best.sort((a, b) => a.p - b.p).map(({ item }) => item);
}
