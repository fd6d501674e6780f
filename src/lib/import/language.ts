/**
 * The Language column of PaddleNLP's model-zoo tables is free English text: names in any case,
 * typos (`Germanh`), compounds (`English and Russian`) and descriptions (`Indian`, `(DA) and MSA`).
 * This turns it into BCP-47 tags. Anything read other than as a plain language name carries a
 * warning that says how it was read, so the import report lists every judgement made; a value
 * with no reading is an error for the caller to report, never a guess.
 */

/** English language names as the pages write them, lower-cased, and their BCP-47 tags. */
const names: Record<string, string> = {
  arabic: 'ar',
  catalan: 'ca',
  chinese: 'zh',
  czech: 'cs',
  danish: 'da',
  dutch: 'nl',
  english: 'en',
  finnish: 'fi',
  french: 'fr',
  german: 'de',
  greek: 'el',
  hebrew: 'he',
  hungarian: 'hu',
  indonesian: 'id',
  italian: 'it',
  japanese: 'ja',
  javanese: 'jv',
  korean: 'ko',
  macedonian: 'mk',
  persian: 'fa',
  polish: 'pl',
  portuguese: 'pt',
  romanian: 'ro',
  russian: 'ru',
  spanish: 'es',
  swedish: 'sv',
  tagalog: 'tl',
  turkish: 'tr',
  ukrainian: 'uk',
  // ISO 639-2 "mul": several languages in one model.
  multilingual: 'mul',
};

/**
 * Values that are not a language name, and how each is read. Every reading is reported.
 * - `Germanh`: a typo of German (the weight is dbmdz/bert-base-german-cased).
 * - `Indian`: not a language; the weight (google/muril-base-cased) covers Indian languages, which
 *   ISO 639-5 groups as "inc" (Indic languages), a valid BCP-47 collection tag.
 * - `(DA) and MSA`: dialectal Arabic and Modern Standard Arabic, both Arabic ("ar").
 */
const readings: Record<string, { tags: string[]; why: string }> = {
  germanh: { tags: ['de'], why: 'read as German (a misspelling)' },
  indian: {
    tags: ['inc'],
    why: 'not a language; read as the Indic languages (ISO 639-5 "inc")',
  },
  '(da) and msa': {
    tags: ['ar'],
    why: 'read as Arabic: DA is dialectal Arabic and MSA Modern Standard Arabic',
  },
};

export interface LanguageReading {
  /** One or more BCP-47 tags, in the order the text names them. */
  tags: string[];
  /** How the text was read when it is not a plain language name; undefined otherwise. */
  warning?: string;
}

/** Reads one Language cell; returns null when the text names no language this import knows. */
export function readLanguage(text: string): LanguageReading | null {
  const key = text.trim().replace(/\s+/g, ' ').toLowerCase();
  const special = readings[key];
  if (special !== undefined) return { tags: special.tags, warning: `"${text}": ${special.why}` };
  const parts = key.split(/\s*(?:,|\band\b|&|\/)\s*/).filter(Boolean);
  const tags = parts.map((part) => names[part]);
  if (parts.length === 0 || tags.some((tag) => tag === undefined)) return null;
  const unique = [...new Set(tags as string[])];
  const plain = text.trim();
  const capitalised = plain.charAt(0).toUpperCase() + plain.slice(1);
  if (unique.length > 1) {
    return {
      tags: unique,
      warning: `"${text}": read as ${unique.length} languages (${unique.join(', ')})`,
    };
  }
  if (plain !== capitalised) {
    return { tags: unique, warning: `"${text}": read as ${capitalised} (lower-case on the page)` };
  }
  return { tags: unique };
}
