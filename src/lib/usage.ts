import type { WeightFacts } from '../schemas/weight.ts';

/** What the snippet needs to know of a weight's family when the entry names no classes. */
export interface UsageFamily {
  architecture: 'decoder' | 'encoder' | 'encoder-decoder' | null;
  /** The downstream tasks PaddleNLP's task table marks for the family, or null. */
  tasks: readonly string[] | null;
}

/**
 * The Auto class that loads a weight with the head its pre-training gave it, where the family's
 * architecture and tasks tell (PaddleNLP's `paddlenlp/transformers/auto/modeling.py`): a causal
 * LM for a decoder that generates text, a conditional generator for an encoder–decoder that does,
 * else the bare model. A task head (`AutoModelForSequenceClassification`) would start untrained
 * and need a label count no source gives, so the snippet does not invent one.
 */
export function autoModelClass(family: UsageFamily): { name: string; args: string } {
  const tasks = family.tasks ?? [];
  if (tasks.includes('text-generation') && family.architecture === 'decoder') {
    return { name: 'AutoModelForCausalLM', args: '' };
  }
  if (tasks.includes('text-generation') && family.architecture === 'encoder-decoder') {
    return { name: 'AutoModelForConditionalGeneration', args: '' };
  }
  return { name: 'AutoModel', args: '' };
}

/**
 * The Python that loads a weight in PaddleNLP. The classes come from the entry where it names
 * them, because they differ by weight: CPM reads SentencePiece with `GPTChineseTokenizer`, the UER
 * poem model uses `BertTokenizer` and `GPTForGreedyGeneration`. Elsewhere PaddleNLP's Auto
 * classes pick the concrete class from the weight's own configuration.
 */
export function usageSnippet(
  id: string,
  classes: WeightFacts['paddlenlp'],
  family: UsageFamily = { architecture: null, tasks: null },
): string {
  const name = JSON.stringify(id);
  if (classes === undefined) {
    const model = autoModelClass(family);
    return [
      `from paddlenlp.transformers import ${[model.name, 'AutoTokenizer'].sort().join(', ')}`,
      '',
      `tokenizer = AutoTokenizer.from_pretrained(${name})`,
      `model = ${model.name}.from_pretrained(${name}${model.args})`,
      'model.eval()',
      '',
    ].join('\n');
  }
  const { modelClass, tokenizerClass } = classes;
  return [
    `from paddlenlp.transformers import ${[modelClass, tokenizerClass].sort().join(', ')}`,
    '',
    `tokenizer = ${tokenizerClass}.from_pretrained(${name})`,
    `model = ${modelClass}.from_pretrained(${name})`,
    'model.eval()',
    '',
  ].join('\n');
}
