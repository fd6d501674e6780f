import { describe, expect, it } from 'vitest';
import { autoModelClass, usageSnippet } from '../../src/lib/usage.ts';

describe('usageSnippet', () => {
  it('uses the classes a hand-verified entry names', () => {
    const code = usageSnippet('gpt-cpm-large-cn', {
      modelClass: 'GPTLMHeadModel',
      tokenizerClass: 'GPTChineseTokenizer',
    });
    expect(code).toContain('GPTChineseTokenizer.from_pretrained("gpt-cpm-large-cn")');
    expect(code).toContain('GPTLMHeadModel.from_pretrained("gpt-cpm-large-cn")');
  });

  it('picks the Auto class that fits the family and its tasks', () => {
    expect(autoModelClass({ architecture: 'decoder', tasks: ['text-generation'] }).name).toBe(
      'AutoModelForCausalLM',
    );
    expect(
      autoModelClass({ architecture: 'encoder-decoder', tasks: ['text-generation'] }).name,
    ).toBe('AutoModelForConditionalGeneration');
    // A task head would start untrained, with a label count no source gives: the bare encoder.
    expect(autoModelClass({ architecture: 'encoder', tasks: ['sequence-classification'] })).toEqual(
      { name: 'AutoModel', args: '' },
    );
    // A family whose architecture or tasks are not recorded gets the bare model.
    expect(autoModelClass({ architecture: null, tasks: ['text-generation'] }).name).toBe(
      'AutoModel',
    );
    expect(autoModelClass({ architecture: 'encoder', tasks: null }).name).toBe('AutoModel');
  });

  it('writes a runnable snippet with the Auto classes', () => {
    const code = usageSnippet('bert-base-uncased', undefined, {
      architecture: 'encoder',
      tasks: ['sequence-classification', 'question-answering'],
    });
    expect(code).toBe(
      [
        'from paddlenlp.transformers import AutoModel, AutoTokenizer',
        '',
        'tokenizer = AutoTokenizer.from_pretrained("bert-base-uncased")',
        'model = AutoModel.from_pretrained("bert-base-uncased")',
        'model.eval()',
        '',
      ].join('\n'),
    );
  });
});
