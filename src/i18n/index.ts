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

/** The strings of one locale whose keys start with one of `prefixes`: what a browser script needs. */
export function dictionaryPart(locale: Locale, prefixes: readonly string[]): Partial<Dictionary> {
  return Object.fromEntries(
    Object.entries(dictionaries[locale]).filter(([key]) => prefixes.some((p) => key.startsWith(p))),
  ) as Partial<Dictionary>;
}
