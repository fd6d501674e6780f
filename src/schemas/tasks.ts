import type { Translate } from '../i18n/index.ts';

/**
 * The downstream tasks of PaddleNLP's task table (the zoo's index), as the catalog names them.
 * A module without zod, so that the search bundle, which offers a task's weights when a query
 * names the task, does not load the schemas.
 */
export const zooTaskNames = [
  'sequence-classification',
  'token-classification',
  'question-answering',
  'text-generation',
  'multiple-choice',
] as const;

export type ZooTask = (typeof zooTaskNames)[number];

/**
 * A task's name in the reader's language, from its dictionary: the label the tables, the family
 * cards and the weight pages show, and the value of the search's task facet, which search looks
 * a query up by, so all of them must be the same words.
 */
export function taskName(t: Translate, task: ZooTask): string {
  return t(`task.${task}`);
}
