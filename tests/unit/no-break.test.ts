import { describe, expect, it } from 'vitest';
import { breakableNumberSpaces, keepNumbersWithWords } from '../../src/lib/no-break.ts';
import zhCN from '../../src/i18n/zh-cn.ts';

describe('keepNumbersWithWords', () => {
  it('joins a number to the Chinese word after it', () => {
    expect(keepNumbersWithWords('在约 80 万首古诗上，2022-04-25 版，1e-5 至 1e-6。')).toBe(
      '在约 80\u00a0万首古诗上，2022-04-25\u00a0版，1e-5\u00a0至 1e-6。',
    );
    expect(keepNumbersWithWords('约80\n万')).toBe('约80\u00a0万');
    expect(keepNumbersWithWords('在约 80 <mark>万</mark>')).toBe('在约 80\u00a0<mark>万</mark>');
    expect(keepNumbersWithWords('在约 <mark>80</mark> 万')).toBe('在约 <mark>80</mark>\u00a0万');
  });

  it('leaves a name that ends in a digit, and a number before Latin text', () => {
    const text = 'GPT-2 是 T5 权重、fp32 权重大小、gpt2 的，共 12 layers，v1.0 版';
    expect(keepNumbersWithWords(text)).toBe(text);
  });
});

describe('breakableNumberSpaces', () => {
  it('finds where each number ends that a line may part from its word', () => {
    expect(breakableNumberSpaces('共 12 层，1,024 个')).toEqual([4, 12]);
    // A number, then a full stop: the number ends before it, and no word follows the space.
    expect(breakableNumberSpaces('於 2019. 训练')).toEqual([]);
    expect(breakableNumberSpaces('共 12\u00a0层')).toEqual([]);
  });
});

describe('the Chinese dictionary', () => {
  it('keeps each number and each count it fills in with the word after it', () => {
    // Every placeholder is taken for a number but those that name something, so that a new
    // count is held to the rule without being listed here.
    const names =
      /\{(?:query|language|label|name|title|id|alias|ids|file|url|arxiv|family|size|section|table|printed|short|rest|paper|note|description|config|about)\}/g;
    const breaking = Object.entries(zhCN).filter(
      ([, text]) =>
        breakableNumberSpaces(text.replace(names, 'x').replace(/\{\w+\}/g, '1')).length > 0,
    );
    expect(breaking).toEqual([]);
  });
});
