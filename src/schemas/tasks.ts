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
