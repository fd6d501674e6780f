import type { Locale } from './locales.ts';
import en, { type Dictionary, type UiKey } from './en.ts';
import zhCN from './zh-cn.ts';
import { around, interpolate, translator, type Translate } from './interpolate.ts';

export type { UiKey, Dictionary, Translate };
export { around, interpolate };

const dictionaries: Record<Locale, Dictionary> = { en, 'zh-cn': zhCN };

/** Returns the `t()` of one locale: looks a key up and fills in its `{name}` placeholders. */
export function useTranslations(locale: Locale): Translate {
  return translator(dictionaries[locale]);
}

/** Some strings of one locale: what a browser script needs of the dictionary, and no more. */
export function dictionaryPart(locale: Locale, keys: readonly UiKey[]): Partial<Dictionary> {
  return Object.fromEntries(keys.map((key) => [key, dictionaries[locale][key]]));
}
