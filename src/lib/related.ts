import type { Catalog, Entry, Weight } from './catalog.ts';
import type { WeightProse } from '../schemas/weight.ts';
import { parameterValue } from './parameters.ts';

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
    const shape = shapeKey(w);
    if (shape !== null) push(index.byShape, shape, w);
    const teacher = w.facts.lineage.distilledFrom;
    if (teacher) push(index.students, teacher, w);
  });
  indexes.set(catalog, index as unknown as Index<Entry<WeightProse>>);
  return index;
}

/**
 * Same shape means the same layers and hidden size (DialoGPT small and GPT-2 small share one), and
 * layers of their own or one shared set alike: ALBERT base's 12 shared layers hold a tenth of
 * BERT base's parameters. A weight whose layers or hidden size no source states has no shape;
 * before, all such weights shared one, and a Dutch GPT-2 listed BERT weights as its size.
 */
function shapeKey(w: Weight<Entry<WeightProse>>): string | null {
  const { layers, hiddenSize, layersShared } = w.facts.architecture;
  if (layers === null || hiddenSize === null) return null;
  return `${layers}×${hiddenSize}${layersShared ? ' shared' : ''}`;
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
    ['sameSize', index.byShape.get(shapeKey(weight) ?? '') ?? []],
  ];
  const placed = new Set<Weight<P>>([weight]);
  const groups: RelatedGroup<P>[] = [];
  for (const [kind, list] of candidates) {
    const nearest = nearestInSize(
      bucketsOf(list, index.position),
      sizeOf(weight),
      placed,
      index.position,
      limit,
    );
    nearest.forEach((w) => placed.add(w));
    if (nearest.length > 0) groups.push({ kind, weights: nearest });
  }
  return groups;
}

/*
 * A weight's size, for nearness: its parameter count, exact or as PaddleNLP prints it ("110M").
 * Imported weights have only the printed figure, and all counted as 0, so an imported page's
 * family group was its family in table order, weights of unknown size first. One whose size no
 * source states is UNKNOWN_SIZE: the farthest from every stated size. A weight of unknown size is
 * no nearer to one size than another: its group is the first weights in catalog order, known
 * sizes and unknown alike (a fine-tune of unknown size lists its family's base weights, not only
 * the others no source describes).
 */
const UNKNOWN_SIZE = -1;
const sizeOf = (w: Weight<Entry<WeightProse>>) =>
  parameterValue(w.facts.parameters) ?? UNKNOWN_SIZE;

/** A group's weights by parameter count: the counts ascending, each count's weights in order. */
interface Buckets<T> {
  sizes: number[];
  weights: T[][];
}

/*
 * Grouped once per list (a family's, a shape's): every page of the family asks. Scanning the
 * whole family for each of its pages was 2.5 s of a 5,000-weight build (20 million distances);
 * a family has a few dozen distinct sizes.
 */
const bucketCache = new WeakMap<readonly object[], Buckets<object>>();
const catalogOrders = new WeakMap<object, unknown[]>();

function bucketsOf<T extends Weight<Entry<WeightProse>>>(
  list: readonly T[],
  position: ReadonlyMap<T, number>,
): Buckets<T> {
  const cached = bucketCache.get(list) as Buckets<T> | undefined;
  if (cached) return cached;
  const bySize = new Map<number, T[]>();
  for (const w of list) {
    const bucket = bySize.get(sizeOf(w));
    if (bucket) bucket.push(w);
    else bySize.set(sizeOf(w), [w]);
  }
  const sizes = [...bySize.keys()].sort((a, b) => a - b);
  const byPosition = (a: T, b: T) => (position.get(a) ?? 0) - (position.get(b) ?? 0);
  const buckets = { sizes, weights: sizes.map((size) => bySize.get(size)!.sort(byPosition)) };
  bucketCache.set(list, buckets as Buckets<object>);
  return buckets;
}

/**
 * The `limit` weights nearest to `size` in parameter count (on a log scale, so 124M is as far
 * from 355M as 355M is from 1B), ties going to the earlier weight in catalog order; none of
 * `placed`. Returned in catalog order. Walks outwards from `size`, one count at a time.
 */
function nearestInSize<T>(
  { sizes, weights }: Buckets<T>,
  size: number,
  placed: ReadonlySet<T>,
  position: ReadonlyMap<T, number>,
  limit: number,
): T[] {
  if (size === UNKNOWN_SIZE) {
    // The list in catalog order, sorted once per list as its buckets are (bucketCache).
    let ordered = catalogOrders.get(weights) as T[] | undefined;
    if (ordered === undefined) {
      ordered = weights.flat().sort((a, b) => (position.get(a) ?? 0) - (position.get(b) ?? 0));
      catalogOrders.set(weights, ordered);
    }
    const chosen: T[] = [];
    for (const w of ordered) {
      if (chosen.length === limit) break;
      if (!placed.has(w)) chosen.push(w);
    }
    return chosen;
  }
  const distance = (other: number) =>
    other === UNKNOWN_SIZE ? Number.MAX_VALUE : Math.abs(Math.log((other + 1) / (size + 1)));
  const at = (w: T) => position.get(w) ?? 0;
  const chosen: T[] = [];
  let right = sizes.findIndex((other) => other >= size);
  if (right === -1) right = sizes.length;
  let left = right - 1;
  while (chosen.length < limit && (left >= 0 || right < sizes.length)) {
    const dl = left >= 0 ? distance(sizes[left]!) : Infinity;
    const dr = right < sizes.length ? distance(sizes[right]!) : Infinity;
    // As far on both sides: both counts' weights compete, in catalog order.
    const next = [...(dl <= dr ? weights[left--]! : []), ...(dr <= dl ? weights[right++]! : [])];
    if (dl === dr) next.sort((a, b) => at(a) - at(b));
    for (const w of next) {
      if (chosen.length === limit) break;
      if (!placed.has(w)) chosen.push(w);
    }
  }
  return chosen.sort((a, b) => at(a) - at(b));
}
