import type { Locale } from '../i18n/locales.ts';
import { around, type Translate } from '../i18n/index.ts';
import type { Catalog, Entry, Weight } from './catalog.ts';
import type { WeightProse } from '../schemas/weight.ts';
import { familyPath } from './urls.ts';
import { taskName, type ZooTask } from '../schemas/tasks.ts';

/**
 * The zoo: PaddleNLP's families, each with its weights, in the index's order. Pure, so the
 * counts the home page and the family pages print are tested against the content.
 */

export interface FamilySummary {
  id: string;
  name: string;
  /** Site-relative. */
  path: string;
  weights: number;
  tasks: readonly ZooTask[] | null;
}

/** Every family with at least one weight, in the zoo's order. */
export function familySummaries(
  catalog: Catalog<Entry<WeightProse>>,
  locale: Locale,
): FamilySummary[] {
  const byFamily = new Map<string, Weight<Entry<WeightProse>>[]>();
  for (const weight of catalog.weights) {
    const list = byFamily.get(weight.zoo.id) ?? [];
    list.push(weight);
    byFamily.set(weight.zoo.id, list);
  }
  return [...byFamily.values()]
    .map((weights) => {
      const zoo = (weights[0] as Weight<Entry<WeightProse>>).zoo;
      return {
        id: zoo.id,
        name: zoo.name,
        order: zoo.order,
        path: familyPath(locale, zoo.id),
        weights: weights.length,
        tasks: zoo.zoo?.tasks ?? null,
      };
    })
    .sort((a, b) => a.order - b.order || a.name.localeCompare(b.name))
    .map(({ order: _order, ...summary }) => summary);
}

/** The weights of one family, in the catalog's order. */
export function familyWeights<P extends Entry<WeightProse>>(
  catalog: Catalog<P>,
  family: string,
): Weight<P>[] {
  return catalog.weights.filter((w) => w.zoo.id === family);
}

export type FamilyTasks =
  { kind: 'tasks'; names: string[] } | { kind: 'unknown' | 'none'; note: string };

/**
 * What a family's tasks are, in the reader's language, or which of two silences it is: no row in
 * PaddleNLP's task table (`unknown`) and a row that marks no task (`none`) are different things,
 * and each is said, since a card that showed nothing read as a family with no tasks. `card` is
 * the home page's short form; `page` a family page's.
 */
export function familyTasks(
  tasks: readonly ZooTask[] | null,
  t: Translate,
  form: 'card' | 'page',
): FamilyTasks {
  if (tasks === null || tasks.length === 0) {
    const kind = tasks === null ? 'unknown' : 'none';
    const key = {
      card: { unknown: 'family.cardTasksUnknown', none: 'family.cardTasksNone' },
      page: { unknown: 'family.tasksUnknown', none: 'family.tasksNone' },
    } as const;
    return { kind, note: t(key[form][kind]) };
  }
  return {
    kind: 'tasks',
    names: tasks.map((task) => taskName(t, task)),
  };
}

/**
 * The family list's first sentence, cut where its link to the table goes: "45 families and 552
 * weights. …", or, for a catalog of one family, "One family and 11 weights. …" (not "1 families").
 */
export function familiesIntro(
  t: Translate,
  families: number,
  weights: number,
): [before: string, after: string] {
  return families === 1
    ? around(t, 'home.familiesIntroOne', 'table', { weights })
    : around(t, 'home.familiesIntro', 'table', { families, weights });
}
