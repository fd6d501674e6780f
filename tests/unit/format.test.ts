import { describe, expect, it } from 'vitest';
import { formatInteger, formatParameterCount, languageName } from '../../src/lib/format.ts';

describe('formatParameterCount', () => {
  it('writes English compact figures with three significant digits', () => {
    expect(formatParameterCount(124_439_808, 'en')).toBe('124M');
    expect(formatParameterCount(81_912_576, 'en')).toBe('81.9M');
    expect(formatParameterCount(1_557_611_200, 'en')).toBe('1.56B');
    expect(formatParameterCount(2_597_073_920, 'en')).toBe('2.6B');
  });

  it('writes Chinese figures in 万 and 亿 with a no-break space before the unit', () => {
    expect(formatParameterCount(124_439_808, 'zh-cn')).toBe('1.24\u00a0亿');
    expect(formatParameterCount(2_597_073_920, 'zh-cn')).toBe('26\u00a0亿');
    expect(formatParameterCount(81_912_576, 'zh-cn')).toBe('8190\u00a0万');
  });

  it('leaves small numbers without a unit', () => {
    expect(formatParameterCount(768, 'en')).toBe('768');
    expect(formatParameterCount(768, 'zh-cn')).toBe('768');
  });
});

describe('formatInteger', () => {
  it('groups digits the way each locale does', () => {
    expect(formatInteger(124_439_808, 'en')).toBe('124,439,808');
    expect(formatInteger(124_439_808, 'zh-cn')).toBe('124,439,808');
    expect(formatInteger(1024, 'en')).toBe('1,024');
  });
});

describe('languageName', () => {
  it('names a training language in the reader’s language', () => {
    expect(languageName('zh', 'en')).toBe('Chinese');
    expect(languageName('en', 'en')).toBe('English');
    expect(languageName('zh', 'zh-cn')).toBe('中文');
    expect(languageName('en', 'zh-cn')).toBe('英语');
  });

  it('joins several languages as the reader’s language joins a list', () => {
    expect(languageName(['en', 'ru'], 'en')).toBe('English and Russian');
    expect(languageName(['en', 'ru'], 'zh-cn')).toBe('英语和俄语');
    // One tag in a list is that language; the same answer however it is asked.
    expect(languageName(['en'], 'en')).toBe(languageName('en', 'en'));
    expect(languageName([], 'en')).toBe('');
    // Each answer is for its own locale, not the first one asked.
    expect(languageName('zh', 'en')).toBe('Chinese');
    expect(languageName('zh', 'zh-cn')).toBe('中文');
  });

  it('handles languages the catalog does not have yet', () => {
    expect(languageName('jv', 'en')).toBe('Javanese');
    expect(languageName('ru', 'zh-cn')).toBe('俄语');
  });
});
