import { describe, expect, it } from 'vitest';
import { breakableNumberSpace, keepNumbersWithWords } from '../../src/lib/no-break.ts';
import zhCN from '../../src/i18n/zh-cn.ts';

describe('keepNumbersWithWords', () => {
  it('joins a number to the Chinese word after it', () => {
    expect(keepNumbersWithWords('在约 80 万首古诗上，2022-04-25 版，1e-5 至 1e-6。')).toBe(
      '在约 80\u00a0万首古诗上，2022-04-25\u00a0版，1e-5\u00a0至 1e-6。',
    );
    expect(keepNumbersWithWords('约80\n万')).toBe('约80\u00a0万');
    expect(keepNumbersWithWords('在约 80 <mark>万</mark>')).toBe('在约 80\u00a0<mark>万</mark>');
  });

  it('leaves a name that ends in a digit, and a number before Latin text', () => {
    const text = 'GPT-2 是 T5 权重、fp32 权重大小、gpt2 的，共 12 layers，v1.0 版';
    expect(keepNumbersWithWords(text)).toBe(text);
  });
});

describe('the Chinese dictionary', () => {
  it('keeps each number and each count it fills in with the word after it', () => {
    // Placeholders that stand for a number or a revision ("2025-03"); the others are names.
    const numbers =
      /\{(?:count|shown|total|page|pages|min|max|families|weights|layers|revision|exact)\}/g;
    const breaking = Object.entries(zhCN).filter(([, text]) =>
      new RegExp(breakableNumberSpace).test(text.replace(numbers, '1')),
    );
    expect(breaking).toEqual([]);
  });
});
