import type { Locale } from './locales.ts';
import en, { type Dictionary, type UiKey } from './en.ts';
import zhCN from './zh-cn.ts';

export type { UiKey, Dictionary };

const dictionaries: Record<Locale, Dictionary> = { en, 'zh-cn': zhCN };

export type Translate = (key: UiKey, values?: Record<string, string | number>) => string;

/** Returns the `t()` of one locale: looks a key up and fills in its `{name}` placeholders. */
export function useTranslations(locale: Locale): Translate {
  const dictionary = dictionaries[locale];
  return (key, values) => interpolate(dictionary[key], values);
}

export function interpolate(
  template: string,
  values: Record<string, string | number> = {},
): string {
  return template.replace(/\{(\w+)\}/g, (_match, name: string) => {
    if (!Object.hasOwn(values, name)) {
      // A placeholder with no value is a programming error; showing "{count}" to a reader is worse.
      throw new Error(`No value for placeholder {${name}} in "${template}"`);
    }
    return String(values[name]);
  });
}
