import { describe, expect, it } from 'vitest';
import en from '../../src/i18n/en.ts';
import zhCN from '../../src/i18n/zh-cn.ts';
import { around, interpolate, useTranslations } from '../../src/i18n/index.ts';
import { translator } from '../../src/i18n/interpolate.ts';

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

  it('fills every placeholder, a repeated one each time, and leaves other braces as they are', () => {
    const template = '{a} and {b}, {a} again; {not a placeholder} {}';
    expect(interpolate(template, { a: 'x', b: 2 })).toBe(
      'x and 2, x again; {not a placeholder} {}',
    );
    // A template is cut once and reused: the second fill uses its own values.
    expect(interpolate(template, { a: 'y', b: 3 })).toBe(
      'y and 3, y again; {not a placeholder} {}',
    );
    expect(interpolate('no placeholder')).toBe('no placeholder');
    expect(interpolate('{a}', { a: '' })).toBe('');
  });

  it('refuses to show a placeholder it has no value for', () => {
    expect(() => interpolate('{count} results', {})).toThrow(/No value for placeholder \{count\}/);
  });
});

describe('around', () => {
  it('cuts a sentence where its markup goes, in each language’s own word order', () => {
    const en = useTranslations('en');
    const zh = useTranslations('zh-cn');
    const [before, after] = around(en, 'family.sourceText', 'title', { revision: '2025-03' });
    expect(`${before}GPT模型汇总${after}`).toBe(
      en('family.sourceText', { title: 'GPT模型汇总', revision: '2025-03' }),
    );
    expect(around(zh, 'weight.generated', 'page')[0]).toBe('本页由 PaddleNLP 的“');
  });

  it('refuses a string that does not use the placeholder exactly once', () => {
    expect(() => around(useTranslations('en'), 'fact.unknown', 'title')).toThrow(
      /"fact.unknown" must use \{title\} exactly once/,
    );
  });
});

describe('translator', () => {
  it('names a key the dictionary it was given lacks', () => {
    const t = translator({ 'fact.unknown': 'Unknown' });
    expect(t('fact.unknown')).toBe('Unknown');
    expect(() => t('fact.layers')).toThrow(/No UI string "fact.layers"/);
  });
});
