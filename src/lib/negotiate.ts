import { defaultLocale, localeCodes, type Locale } from '../i18n/locales.ts';

/**
 * The site language for a browser's `navigator.languages`: the first preference whose primary
 * language we publish (`en-GB` → `en`, `zh-TW` → `zh-cn`), else the default (`zh-cn`).
 */
export function pickLocale(preferences: readonly string[]): Locale {
  for (const preference of preferences) {
    const primary = preference.toLowerCase().split('-')[0];
    const match = localeCodes.find((locale) => locale.split('-')[0] === primary);
    if (match !== undefined) return match;
  }
  return defaultLocale;
}

/** The locale a site path belongs to (`/en/weights/x/` → `en`), or null. */
export function localeOfPath(path: string): Locale | null {
  const first = path.split('/').find((segment) => segment !== '') ?? '';
  return localeCodes.find((locale) => locale === first.toLowerCase()) ?? null;
}
