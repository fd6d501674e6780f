import { describe, expect, it } from 'vitest';
import {
  absoluteUrl,
  localeHomePath,
  switchLocalePath,
  weightAnchorPath,
  weightPath,
  withBase,
} from '../../src/lib/urls.ts';
import { localeOfPath, pickLocale } from '../../src/lib/negotiate.ts';

describe('URL scheme', () => {
  it('builds weight URLs from the id exactly as spelt, slash and case kept', () => {
    expect(weightPath('en', 'gpt2-en')).toBe('/en/weights/gpt2-en/');
    expect(weightPath('zh-cn', 'junnyu/microsoft-DialoGPT-small')).toBe(
      '/zh-cn/weights/junnyu/microsoft-DialoGPT-small/',
    );
  });

  it('anchors a table row with the id', () => {
    expect(localeHomePath('zh-cn')).toBe('/zh-cn/');
    expect(weightAnchorPath('en', 'gpt2-en')).toBe('/en/#gpt2-en');
  });

  it('adds a base path with or without its trailing slash', () => {
    expect(withBase('/', '/en/')).toBe('/en/');
    expect(withBase('/paddlenlp/gpt/', '/en/')).toBe('/paddlenlp/gpt/en/');
    expect(withBase('/paddlenlp/gpt', 'en/')).toBe('/paddlenlp/gpt/en/');
  });

  it('switches the language of a path and nothing else', () => {
    expect(switchLocalePath('/zh-cn/weights/junnyu/distilgpt2/', 'zh-cn', 'en')).toBe(
      '/en/weights/junnyu/distilgpt2/',
    );
    expect(switchLocalePath('/en/', 'en', 'en')).toBe('/en/');
    expect(() => switchLocalePath('/en/', 'zh-cn', 'en')).toThrow(/not a zh-cn page/);
  });

  it('makes URLs absolute only when the site origin is known', () => {
    expect(absoluteUrl('/en/', undefined)).toBe('/en/');
    expect(absoluteUrl('/en/', new URL('https://docs.example.org'))).toBe(
      'https://docs.example.org/en/',
    );
  });
});

describe('pickLocale', () => {
  it('sends English browsers to English', () => {
    expect(pickLocale(['en-US', 'en'])).toBe('en');
    expect(pickLocale(['fr-FR', 'en-GB'])).toBe('en');
  });

  it('sends Chinese browsers, and everyone else, to Chinese', () => {
    expect(pickLocale(['zh-CN'])).toBe('zh-cn');
    expect(pickLocale(['zh-TW', 'en'])).toBe('zh-cn');
    expect(pickLocale(['fr-FR', 'de'])).toBe('zh-cn');
    expect(pickLocale([])).toBe('zh-cn');
  });
});

describe('localeOfPath', () => {
  it('finds the locale segment of a site path', () => {
    expect(localeOfPath('/en/weights/x/')).toBe('en');
    expect(localeOfPath('/zh-cn/')).toBe('zh-cn');
    expect(localeOfPath('/ZH-CN/whatever')).toBe('zh-cn');
    expect(localeOfPath('/fr/')).toBeNull();
    expect(localeOfPath('/')).toBeNull();
  });
});
