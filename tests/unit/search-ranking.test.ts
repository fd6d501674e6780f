import { describe, expect, it } from 'vitest';
import { idSearchKey, weightSearchKeys } from '../../src/lib/search-ranking.ts';

describe('idSearchKey', () => {
  it('joins the parts of an id into one lower-case word', () => {
    expect(idSearchKey('junnyu/microsoft-DialoGPT-small')).toBe('junnyu_microsoft_dialogpt_small');
    expect(idSearchKey(' gpt2-medium-en ')).toBe('gpt2_medium_en');
    expect(idSearchKey('gpt2.v2')).toBe('gpt2_v2');
  });

  it('leaves plain words and phrases to the ordinary search', () => {
    expect(idSearchKey('dialogpt')).toBeNull();
    expect(idSearchKey('chinese poem')).toBeNull();
    expect(idSearchKey('古诗')).toBeNull();
  });
});

describe('weightSearchKeys', () => {
  it('covers the id, each alias and the last segment of each, once', () => {
    expect(
      weightSearchKeys('junnyu/microsoft-DialoGPT-small', [
        'microsoft/DialoGPT-small',
        'junnyu/microsoft-DialoGPT-small-v1',
      ]).split(' '),
    ).toEqual([
      'junnyu_microsoft_dialogpt_small',
      'microsoft_dialogpt_small',
      'dialogpt_small',
      'junnyu_microsoft_dialogpt_small_v1',
      'microsoft_dialogpt_small_v1',
    ]);
    expect(weightSearchKeys('junnyu/distilgpt2', ['distilgpt2'])).toBe('junnyu_distilgpt2');
  });
});
