/**
 * How Pagefind weighs a match, used by the search box and by the benchmark's relevance figures.
 *
 * Every weight page is the same template, so a page is long only because its prose is; the
 * default length penalty (0.75) let short fine-tunes named after a weight outrank the weight
 * itself, worst in Chinese, where prose is segmented into many short words. And a query that
 * spells an id should prefer the page whose words are as long as the query's: `gpt2-medium-en`
 * over `lab03/gpt2-medium-en-news-00123`. With the defaults, on the 1,000-weight benchmark
 * catalog, the zh-cn ranks of `microsoft-DialoGPT-small`, `uer-gpt2-chinese-poem` and
 * `gpt2-medium-en` were 8, 13 and 16; with these they are all 1 (npm run bench).
 */
export const searchRanking = { pageLength: 0.2, termSimilarity: 8 } as const;

/*
 * Exact ids. Pagefind splits `gpt2-medium-en` into `gpt2`, `medium` and `en`, which every
 * fine-tune named `…/gpt2-medium-en-news-00123` contains as well; at 5,000 weights the real
 * weight was not among the first 30 results in Chinese. `_` is a word character to Pagefind, so
 * each weight page also carries its ids joined by `_` (`gpt2_medium_en`) as one indexed word, and
 * a query that looks like an id is also searched for in that form: a match there comes first.
 */

/** `junnyu/microsoft-DialoGPT-small` → `junnyu_microsoft_dialogpt_small`; null for plain words. */
export function idSearchKey(text: string): string | null {
  const trimmed = text.trim();
  if (!/^[\w./-]+$/.test(trimmed) || !/[-./]/.test(trimmed)) return null;
  return trimmed.replace(/[-./]/g, '_').toLowerCase();
}

/**
 * The keys a weight page is found by exactly: its id, each alias, and the last segment of each
 * (`microsoft-DialoGPT-small`), space-separated.
 */
export function weightSearchKeys(id: string, aliases: readonly string[]): string {
  const keys = new Set<string>();
  for (const name of [id, ...aliases]) {
    for (const form of [name, name.slice(name.lastIndexOf('/') + 1)]) {
      const key = idSearchKey(form);
      if (key !== null) keys.add(key);
    }
  }
  return [...keys].join(' ');
}
