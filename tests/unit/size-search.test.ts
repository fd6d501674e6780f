import { describe, expect, it } from 'vitest';
import { parseSize, sizeSearchKeys, sizeSearchQuery } from '../../src/lib/size-search.ts';
import { breakableId } from '../../src/lib/ids.ts';

describe('size search', () => {
  it('writes every spelling of one size as one word', () => {
    expect(parseSize('1.5B')).toBe('params_15e8');
    expect(parseSize('1500M')).toBe('params_15e8');
    expect(parseSize('15 亿')).toBe('params_15e8');
    expect(parseSize('1.24 亿')).toBe('params_124e6');
    expect(parseSize('124m')).toBe('params_124e6');
    expect(parseSize('1,558M')).toBeNull();
    expect(parseSize('gpt2')).toBeNull();
  });

  it('indexes a count cut and rounded at one to four significant digits, and the printed figure', () => {
    const keys = sizeSearchKeys(1_557_611_200, '1558M').split(' ');
    for (const typed of ['1.5B', '1.6B', '1.56B', '1.55B', '1558M', '1557M', '2B', '15 亿'])
      expect(keys).toContain(parseSize(typed));
    expect(keys).not.toContain(parseSize('1.4B'));
    // gpt2-en: exact 124,439,808, printed 117M by PaddleNLP; both find it.
    const gpt2 = sizeSearchKeys(124_439_808, '117M').split(' ');
    expect(gpt2).toContain(parseSize('1.24 亿'));
    expect(gpt2).toContain(parseSize('117M'));
    expect(sizeSearchKeys(null, null)).toBe('');
  });

  it('rewrites the sizes inside a longer query and leaves other words alone', () => {
    expect(sizeSearchQuery('gpt2 1.5B')).toBe('gpt2 params_15e8');
    expect(sizeSearchQuery('1.24 亿 参数')).toBe('params_124e6 参数');
    expect(sizeSearchQuery('gpt2-medium-en')).toBeNull();
    expect(sizeSearchQuery('t5m')).toBeNull();
  });
});

describe('breakableId', () => {
  it('cuts an id after / - _ and nowhere inside a short piece', () => {
    expect(breakableId('junnyu/microsoft-DialoGPT-small')).toEqual([
      'junnyu/',
      'microsoft-',
      'DialoGPT-',
      'small',
    ]);
    expect(breakableId('distilgpt2')).toEqual(['distilgpt2']);
    expect(breakableId('sberbank-ai/rugpt3large_based_on_gpt2')).toEqual([
      'sberbank-',
      'ai/',
      'rugpt3large_',
      'based_',
      'on_',
      'gpt2',
    ]);
  });

  it('keeps versions, hosts and file names whole, and a URL readable where it breaks', () => {
    expect(breakableId('ernie-3.0-medium-zh')).toEqual(['ernie-', '3.0-', 'medium-', 'zh']);
    expect(breakableId('tscholak/t5.1.1.lm100k.base')).toEqual(['tscholak/', 't5.1.1.lm100k.base']);
    // After `//`, not between its slashes; the host and a file name whole.
    expect(breakableId('http://127.0.0.1:4329/en/weights/gpt2-en/index.html.md')).toEqual([
      'http://',
      '127.0.0.1:4329/',
      'en/',
      'weights/',
      'gpt2-',
      'en/',
      'index.html.md',
    ]);
    // Before each of the query's parameters, and not after the minus of a descending sort.
    expect(breakableId('/en/?family=dialogpt&sort=-params')).toEqual([
      '/en/',
      '?family=dialogpt',
      '&sort=-params',
    ]);
    // A path's leading slash stays with it; a list of ids breaks after its commas.
    expect(breakableId('/llms.txt')).toEqual(['/llms.txt']);
    expect(breakableId('?ids=gpt2-en,junnyu/distilgpt2')).toEqual([
      '?ids=gpt2-',
      'en,',
      'junnyu/',
      'distilgpt2',
    ]);
    // No line starts with the `-` of an id that has `_-` in it.
    expect(breakableId('a_-b')).toEqual(['a_-', 'b']);
  });

  it('cuts a long piece where a lower-case letter meets an upper-case one', () => {
    expect(breakableId('BigSalmon/InformalToFormalLincoln21')).toEqual([
      'BigSalmon/',
      'Informal',
      'To',
      'Formal',
      'Lincoln21',
    ]);
    expect(breakableId('tbs17/MathBERT')).toEqual(['tbs17/', 'MathBERT']);
  });
});
