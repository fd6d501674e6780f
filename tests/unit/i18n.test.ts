import { describe, expect, it } from 'vitest';
import en from '../../src/i18n/en.ts';
import zhCN from '../../src/i18n/zh-cn.ts';
import { interpolate, useTranslations } from '../../src/i18n/index.ts';

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe('UI dictionaries', () => {
  it('translate every key, with no empty string', () => {
    expect(Object.keys(zhCN).sort()).toEqual(Object.keys(en).sort());
    for (const [key, value] of Object.entries(zhCN)) expect(value, key).not.toBe('');
  });

  it('use the same placeholders in every language', () => {
    for (const key of Object.keys(en) as (keyof typeof en)[]) {
      expect(placeholders(zhCN[key]), key).toEqual(placeholders(en[key]));
    }
  });

  it('names a family’s page as PaddleNLP names it (“GPT模型汇总”)', () => {
    expect(useTranslations('zh-cn')('family.heading', { name: 'GPT' })).toBe('GPT模型汇总');
  });
});

describe('translate', () => {
  it('fills placeholders', () => {
    expect(useTranslations('en')('search.resultsCount', { count: 3, query: 'gpt' })).toBe(
      '3 results for “gpt”',
    );
  });

  it('refuses to show a placeholder it has no value for', () => {
    expect(() => interpolate('{count} results', {})).toThrow(/No value for placeholder \{count\}/);
  });
});
