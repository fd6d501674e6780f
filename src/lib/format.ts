import { htmlLang, locales, type Locale } from '../i18n/locales.ts';
import { memo, remembered } from './remember.ts';

/*
 * Intl formatters are costly to construct and every page formats dozens of numbers (a 5,000-weight
 * build formats millions), so each locale and option set gets one, made on first use and named by
 * its caller (`compact`, `integer`, a unit: one name, one set of options). The same
 * few hundred values recur on every page (a layer count, a language), and formatting one through
 * ICU costs more than looking it up, so each result is kept too: at 1,000 weights these calls
 * were about 1 s of a 28 s build's CPU.
 */
const numberFormats = memo<Intl.NumberFormat>();
function numberFormat(
  locale: Locale,
  key: string,
  options: Intl.NumberFormatOptions,
): Intl.NumberFormat {
  return numberFormats(`${locale} ${key}`, () => new Intl.NumberFormat(htmlLang(locale), options));
}

const displayNames = memo<Intl.DisplayNames>();
const listFormats = memo<Intl.ListFormat>();

/**
 * A parameter count in the reader's numbering: "124M" in English, "1.24 亿" in Chinese.
 * Three significant digits keep 124,439,808 and 103,166,208 apart while staying short.
 */
export function formatParameterCount(count: number, locale: Locale): string {
  return parameterCounts(`${locale} ${count}`);
}
const parameterCounts = remembered((key) => {
  const [locale, count] = key.split(' ') as [Locale, string];
  const parts = numberFormat(locale, 'compact', {
    notation: 'compact',
    maximumSignificantDigits: 3,
  }).formatToParts(Number(count));
  const separator = locales[locale].compactUnitSeparator;
  return parts
    .map((part) => (part.type === 'compact' ? separator + part.value : part.value))
    .join('')
    .trim();
});

/** A whole number with the locale's grouping: 124,439,808. */
export function formatInteger(value: number, locale: Locale): string {
  return integers(`${locale} ${value}`);
}
const integers = remembered((key) => {
  const [locale, value] = key.split(' ') as [Locale, string];
  return numberFormat(locale, 'integer', { maximumFractionDigits: 0 }).format(Number(value));
});

/**
 * The name of a BCP-47 language in the page's language: `zh` → "Chinese" / "中文"; a list of
 * them joined as the language joins a list: "English and Russian" / "英语和俄语".
 */
export function languageName(tag: string | readonly string[], locale: Locale): string {
  if (typeof tag !== 'string' && tag.length === 0) return '';
  return languageNames(`${locale} ${typeof tag === 'string' ? tag : tag.join(' ')}`);
}
const languageNames = remembered((key) => {
  const [locale, ...tags] = key.split(' ') as [Locale, ...string[]];
  const names = displayNames(
    locale,
    () => new Intl.DisplayNames([htmlLang(locale)], { type: 'language', fallback: 'code' }),
  );
  const name = (tag: string) => cldrGaps[locale][tag] ?? names.of(tag) ?? tag;
  if (tags.length === 1) return name(tags[0]!);
  const list = listFormats(
    locale,
    () => new Intl.ListFormat(htmlLang(locale), { type: 'conjunction' }),
  );
  return list.format(tags.map(name));
});
/**
 * Names for tags that an ICU may lack. `mul`: CLDR names it, as Node's full ICU gives it, but
 * the build (Node) and the table, compare and search scripts (the browser) use this one
 * formatter, and Chromium 156 names `mul` "mul", so a page re-sorted in the browser read "mul"
 * where the server had written "Multiple languages". `inc` (ISO 639-5's Indic languages, what
 * the import reads PaddleNLP's "Indian" as): CLDR has no name for it, so both showed "inc".
 */
const cldrGaps: Record<Locale, Record<string, string>> = {
  en: { mul: 'Multiple languages', inc: 'Indic languages' },
  'zh-cn': { mul: '多语种', inc: '印度语支' },
};

/** A weight's training languages as a list of tags. */
export function languageTags(language: string | readonly string[]): string[] {
  return typeof language === 'string' ? [language] : [...language];
}

/**
 * A file size in decimal units, as download pages and model hubs give them: "498 MB", "10.4 GB".
 */
export function formatBytes(bytes: number, locale: Locale): string {
  const [value, unit] = bytes >= 1e9 ? [bytes / 1e9, 'gigabyte'] : [bytes / 1e6, 'megabyte'];
  return numberFormat(locale, unit, { style: 'unit', unit, maximumSignificantDigits: 3 }).format(
    value,
  );
}
