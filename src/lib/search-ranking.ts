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
