/**
 * The one place that knows which languages the site is published in.
 *
 * The URL code (`zh-cn`) and the `<html lang>` code (`zh-CN`) differ on purpose: URLs stay
 * lower-case and stable, while `lang` must be a correct BCP-47 tag for screen readers, Pagefind
 * (one index per `lang`) and `Intl`.
 */
export const locales = {
  'zh-cn': {
    lang: 'zh-CN',
    label: '简体中文',
    /**
     * Put between a number and its CJK compact unit: "1.24 亿". A no-break space, so that a
     * narrow cell never ends a line on "1.24" and starts the next with "亿".
     */
    compactUnitSeparator: '\u00a0',
    /** Between two sentences: Chinese full stops (。) take no space after them. */
    sentenceSeparator: '',
  },
  en: {
    lang: 'en',
    label: 'English',
    compactUnitSeparator: '',
    sentenceSeparator: ' ',
  },
} as const;

export type Locale = keyof typeof locales;

/** Site language order: also the order of the language switch and of `hreflang` alternates. */
export const localeCodes = Object.keys(locales) as Locale[];

/** Where `/` sends a visitor whose browser prefers none of our languages. */
export const defaultLocale: Locale = 'zh-cn';

export function isLocale(value: string): value is Locale {
  return Object.hasOwn(locales, value);
}

export function htmlLang(locale: Locale): string {
  return locales[locale].lang;
}
