import type { WeightFacts } from '../schemas/weight.ts';

/**
 * The Python that loads a weight in PaddleNLP. The classes come from the entry, because they
 * differ by weight: CPM reads SentencePiece with `GPTChineseTokenizer`, the UER poem model uses
 * `BertTokenizer` and `GPTForGreedyGeneration`.
 */
export function usageSnippet(id: string, classes: WeightFacts['paddlenlp']): string {
  // Without classes verified for the weight, PaddleNLP's Auto classes pick them from its config.
  const { modelClass, tokenizerClass } = classes ?? {
    modelClass: 'AutoModel',
    tokenizerClass: 'AutoTokenizer',
  };
  const name = JSON.stringify(id);
  return [
    `from paddlenlp.transformers import ${[modelClass, tokenizerClass].sort().join(', ')}`,
    '',
    `tokenizer = ${tokenizerClass}.from_pretrained(${name})`,
    `model = ${modelClass}.from_pretrained(${name})`,
    'model.eval()',
    '',
  ].join('\n');
}
