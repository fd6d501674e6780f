/*
 * A search result's excerpt, as the search box shows it under the result's id (`resultExcerpt`,
 * at the end: the steps below in order).
 *
 * Pagefind's excerpt is the window of a page where the matched words weigh most, and a weight
 * page's h1 is its id, which Pagefind weighs 7 times a paragraph's words: a query that the id
 * contains (`dialogpt`) got an excerpt that began with the id, or with its tail
 * (`microsoft-DialoGPT-small.`), just below the same id as the result's title. The id stays
 * indexed and weighted as it is (ranking is not touched); the excerpt drops what repeats it.
 */

import type { Locale } from '../i18n/locales.ts';
import { keepNumbersWithWords } from './no-break.ts';

/** The characters between the parts of an id, where a tail of it may begin. */
const SEPARATORS = new Set(['/', '-', '_', '.']);

/**
 * The excerpt without the id, or the id's tail, it begins with, nor the full stop Pagefind puts
 * after the heading. `html` is Pagefind's excerpt: text with `<mark>` around matched words.
 */
export function excerptWithoutId(html: string, id: string): string {
  // The visible text, and where each of its characters is in the HTML.
  let visible = '';
  const at: number[] = [];
  for (let i = 0; i < html.length;) {
    if (html[i] === '<') {
      const end = html.indexOf('>', i);
      if (end < 0) break;
      i = end + 1;
      continue;
    }
    visible += html[i];
    at.push(i);
    i++;
  }
  at.push(html.length);
  const lead = visible.length - visible.trimStart().length;
  const text = visible.slice(lead).toLowerCase();
  const lower = id.toLowerCase();
  // The longest tail of the id that the text starts with, cut where the id's words are cut, and
  // followed by the heading's end.
  let cut = 0;
  for (let k = Math.min(lower.length, text.length); k > 0; k--) {
    const startsWord = k === lower.length || SEPARATORS.has(lower[lower.length - k - 1]!);
    // A full stop ends the heading only before a space or the end: `gpt-3.5` is not `gpt-3`.
    const ends = k === text.length || text[k] === '。' || /^\.(\s|$)/.test(text.slice(k, k + 2));
    if (startsWord && ends && lower.endsWith(text.slice(0, k))) {
      cut = k;
      break;
    }
  }
  if (cut === 0) return html;
  let end = lead + cut;
  while (end < visible.length && /[.。\s]/.test(visible[end]!)) end++;
  const removed = html.slice(0, at[end]);
  // A mark opened in what is cut and closed after it stays open around what is left.
  const open = (removed.match(/<mark>/g) ?? []).length - (removed.match(/<\/mark>/g) ?? []).length;
  let rest = html.slice(at[end]);
  // Closing tags at the cut belong to the removed part.
  let closing = open;
  while (closing > 0 && rest.startsWith('</mark>')) {
    rest = rest.slice('</mark>'.length);
    closing--;
  }
  return (closing > 0 ? '<mark>' : '') + rest;
}

/** A character of a Latin word or id (`GPT-2`, `uer-py`, `1.5B`); not of Chinese or Japanese text. */
const wordCharacter =
  /^(?![\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}])[\p{L}\p{N}_\-./]$/u;

/**
 * Punctuation a window may begin on: Pagefind's Chinese segmenter makes each a word. A closing
 * quote or bracket too, whose opening and words the window has cut off ("”页面").
 */
const leadingPunctuation = /^[\s.,;:!?。，、；：！？”’」』）》)\]]+/u;

/** An opening quote or bracket a window may end on ("引自“"), with the space around it. */
const trailingOpening = /\s*[“‘「『（《([][\s“‘「『（《([]*$/u;

/**
 * Whether text ends where a sentence ends (or is empty): a full stop, also inside a closing
 * quote or bracket (`(version2).”`), but not the one of "et al." in a citation. Pagefind puts a
 * full stop after a heading or a cell that ends without one.
 */
const endsSentence = (text: string) => /(?:^|(?<!\bet al)[.!?。！？][”’」』）)]*)\s*$/u.test(text);

/** The text of an excerpt's HTML, its entities left as they are. */
const visibleText = (html: string) => html.replace(/<[^>]*>/g, '');

/** An excerpt placed in its page's text: its HTML, and whether it cuts a sentence at either end. */
export interface PlacedExcerpt {
  html: string;
  cutBefore: boolean;
  cutAfter: boolean;
}

/**
 * The excerpt widened to whole words at both ends, without punctuation at its start, and where
 * it cuts a sentence.
 *
 * Pagefind cuts its window where its word segmenter does, and on a Chinese page that splits a
 * Latin name inside the Chinese: "UER GPT-2 中文古诗" gave an excerpt that began "-2 中文古诗". A
 * Chinese or Japanese excerpt may still begin at any character, as the language is written.
 * `content` is the page's text as Pagefind returns it, which the excerpt is a window of; where
 * the excerpt is not found in it (Pagefind escapes `<` and `>` in the excerpt only), it is kept
 * as it is, and said to cut nothing.
 */
export function placeExcerpt(html: string, content: string): PlacedExcerpt {
  // The punctuation is text, not a tag, so it begins the visible text as it begins the HTML.
  const lead = leadingPunctuation.exec(html)?.[0] ?? '';
  const whole = visibleText(html);
  const visible = whole.slice(lead.length);
  const found = content.indexOf(whole);
  if (visible === '' || found < 0) return { html, cutBefore: false, cutAfter: false };
  const start = found + lead.length;
  const isWord = (i: number) => i >= 0 && i < content.length && wordCharacter.test(content[i]!);
  // A joiner at either end of the widened run is punctuation, not part of a word: "MIT." ends at
  // the T, "ernie-3.0" at the 0.
  const joiner = (i: number) => /[./_-]/.test(content[i]!);
  let head = start;
  if (isWord(start)) while (isWord(head - 1)) head--;
  while (head < start && joiner(head)) head++;
  const end = start + visible.length;
  let tail = end;
  if (isWord(end - 1)) while (isWord(tail)) tail++;
  while (tail > end && joiner(tail - 1)) tail--;
  // Only word characters are added, so nothing in them needs escaping as HTML.
  const placed = content.slice(head, start) + html.slice(lead.length) + content.slice(end, tail);
  // Nor may it end on an opening quote, whose words it cuts off: it ends before it, cut.
  // (Unless that is all it is.)
  const opening = trailingOpening.exec(placed)?.[0] ?? '';
  if (opening === placed) return { html, cutBefore: false, cutAfter: false };
  return {
    html: placed.slice(0, placed.length - opening.length),
    cutBefore: !endsSentence(content.slice(0, head)),
    cutAfter:
      opening !== '' ||
      (!endsSentence(content.slice(0, tail)) &&
        !/^\s*(?:[.!?。！？]|$)/u.test(content.slice(tail))),
  };
}

/**
 * Each language's ellipsis, where quoted text is cut: two em-wide dots in Chinese (GB/T 15834).
 * Here rather than beside `locales`' other typography: only the search bundle needs it, and
 * `locales` is in the compare and 404 pages' scripts. (Pagefind's own `excerptEllipsis` marks
 * every cut between words, not only those inside a sentence.)
 */
const ellipses: Record<Locale, string> = { 'zh-cn': '……', en: '…' };

/** The excerpt with the language's ellipsis where it cuts a sentence. */
export function withEllipses(
  html: string,
  { cutBefore, cutAfter }: Pick<PlacedExcerpt, 'cutBefore' | 'cutAfter'>,
  locale: Locale,
): string {
  const ellipsis = ellipses[locale];
  return (cutBefore ? ellipsis : '') + html + (cutAfter ? ellipsis : '');
}

/**
 * A Latin name or figure standing alone between Chinese words, or at the excerpt's start, as a
 * table cell does ("模型系列 GPT. 提供方"), and the full stop Pagefind put after it: not an English
 * sentence's, which has more than one word ("英文说明：Trained on English text. 它"), nor an
 * abbreviation's ("U.S. 数据"): a full stop inside the name is only a decimal point ("3.0").
 */
const latinCell = new RegExp(
  String.raw`((?:^|\p{Script=Han})(?:</mark>)?[ \u00a0]?(?:<mark>)?)((?:[^\s<>.]|\.(?=\d)|</?mark>)*[\p{L}\p{N}](?:</mark>)?)\.(?:\s+|$)(?=(?:<mark>)?\p{Script=Han}|$)`,
  'gu',
);

/**
 * A Chinese excerpt punctuated as Chinese: Pagefind ends each block that ends without punctuation
 * (a heading, a table cell) with a Latin full stop and a space, which after Chinese words reads
 * "UER GPT-2 中文古诗. UER-py 的…" and "训练语言 俄语. 模型系列 GPT. 提供方"; there it is "。", and
 * no space follows a full-width mark. A full stop after Latin words stays: it may end an English
 * sentence the page quotes.
 */
export function chinesePunctuation(html: string): string {
  return html
    .replace(/(\p{Script=Han})((?:<\/mark>)?)\.(?:\s+|$)/gu, '$1$2。')
    .replace(latinCell, '$1$2。')
    .replace(/([。！？；：，、])((?:<\/mark>)?)\s+/gu, '$1$2');
}

/**
 * A weight page's search keys (WeightPage.astro), which are indexed words at the end of its text,
 * and the full stop Pagefind puts after them: no reader sees them.
 */
const searchKeys = /\s*\b(?:id|fam[abc])_\S*?_(?:id|fam)\b\.?|\s*\bparams_\w+\.?/g;

/**
 * The excerpt of a section the query matched in, rather than Pagefind's window of the whole page,
 * which runs on past the section's end into the next heading and table: "…with PaddleNLP’s GPT
 * heads. Provenance. Weight id gpt2-large-en." Pagefind gives each heading's section an excerpt of
 * its own (`sub_results`). The section taken is the one whose highlights, as a reader sees them
 * (`shownWords`: no search key, not the id the result's title already shows), show the most of
 * the query's words: "generation reddit" takes DialoGPT's Overview, which says both, not its
 * summary, which says one; "generation" does not take its paper's title for saying "Generative"
 * too. Between equals, the first in the page: a weight page's prose (its summary, Overview) comes
 * before its facts tables, and says what the weight is. The section's heading, which Pagefind puts
 * first with a full stop ("Provenance. Weight id nptag."), is left out unless the query matched
 * it: the result's title already says which page it is. A section that would show nothing but its
 * heading ("Sources." over an ignored list) is not taken. The page's excerpt when no section shows
 * a highlight.
 */
export function sectionExcerpt(
  excerpt: string,
  sections: readonly { title?: string; excerpt: string; anchor?: { location: number } }[],
  id: string,
  query: string,
): string {
  // In page order, the part before the first heading (no anchor) first. Pagefind 1.6 lists them
  // so already (calculate_sub_results); sorted here so the tie-break does not depend on it.
  const inPage = [...sections].sort(
    (a, b) => (a.anchor?.location ?? -1) - (b.anchor?.location ?? -1),
  );
  const terms = query.toLowerCase().split(/\s+/u).filter(Boolean);
  let best = { html: excerpt, score: 0 };
  for (const section of inPage) {
    const heading = section.title === undefined ? '' : `${section.title}. `;
    const html =
      heading !== '' && section.excerpt.startsWith(heading)
        ? section.excerpt.slice(heading.length)
        : section.excerpt;
    const text = visibleText(withoutKeys(html)).trim();
    if (text === '' || text.replace(/[.。]$/u, '') === section.title) continue;
    const words = [...shownWords(html, id)];
    if (words.length === 0) continue;
    // One point for a highlight a reader sees, one more for each of the query's words shown.
    const score = 1 + terms.filter((term) => words.some((word) => shows(word, term))).length;
    if (score > best.score) best = { html, score };
  }
  return best.html;
}

/**
 * Whether a highlighted word shows a word of the query, as Pagefind matches them: the same word,
 * a form of it (their first five letters: "generative", "generation"), or a part of it where
 * Chinese is cut into words ("参考" of 参考资料) or a name into its parts.
 */
export function shows(word: string, term: string): boolean {
  const same = (a: string, b: string) => {
    const n = Math.min(5, a.length, b.length);
    return n > 0 && (a.includes(b) || b.includes(a) || a.slice(0, n) === b.slice(0, n));
  };
  // A name's parts too: "classifier" of "roberta_toxicity_classifier".
  return same(word, term) || word.split(/[/_\-.]/u).some((part) => same(part, term));
}

/**
 * The words an excerpt shows highlighted, lower-cased, once each: those of `resultExcerpt`'s
 * highlights, less the search keys' and the id's it leaves out.
 */
export function shownWords(html: string, id: string): Set<string> {
  const shown = excerptWithoutId(tidyMarks(withoutKeys(html)), id);
  return new Set(
    [...shown.matchAll(/<mark>([^<]*)<\/mark>/g)]
      .map(([, word]) => word!.trim().toLowerCase())
      .filter((word) => word !== ''),
  );
}

/** The excerpt, or a page's text, without its search keys. */
const withoutKeys = (html: string) => html.replace(searchKeys, '');

/** What may open a highlight before its word: a space, an opening bracket or quote. */
const opening = /^(?:[\s\p{Ps}\p{Pi}"'¿¡]|&quot;|&#0?39;)$/u;
/** What may close one after it: a space, a closing bracket or quote, punctuation but the full stop. */
const closing = /^(?:[\s\p{Pe}\p{Pf}"',;:!?…，；：！？、。]|&quot;|&#0?39;)$/u;
/** A word whose full stop is its own: "U.S.", "e.g.". */
const abbreviation = /^(?:\p{L}\.){2,}$/u;

/**
 * Each highlight around the word alone. Pagefind marks a word with what its segmenter left on it:
 * brackets, quotes and punctuation ("(response <mark>generation).</mark>", "<mark>“Reddit</mark>",
 * "<mark>“GPT模型汇总”.</mark>", "<mark>License:</mark>"), or on a Chinese page the space after a
 * number ("<mark>1.47 </mark>亿"); those move outside it. An entity is one character:
 * "<mark>&lt;pad&gt;</mark>" keeps its ";". Highlights side by side, as Chinese words are
 * segmented ("<mark>参考</mark><mark>资料</mark>"), become one, which a line does not break.
 */
export function tidyMarks(html: string): string {
  return html
    .replaceAll('</mark><mark>', '')
    .replace(/<mark>([^<]*)<\/mark>/g, (whole, inner: string) => {
      const units = inner.match(/&#?\w+;|[\s\S]/gu) ?? [];
      let start = 0;
      let end = units.length;
      while (start < end && opening.test(units[start]!)) start++;
      while (end > start) {
        const last = units[end - 1]!;
        const word = units.slice(start, end).join('');
        if (closing.test(last) || (last === '.' && !abbreviation.test(word))) end--;
        else break;
      }
      // Nothing but punctuation: left as Pagefind marked it.
      if (start === end) return whole;
      return `${units.slice(0, start).join('')}<mark>${units.slice(start, end).join('')}</mark>${units.slice(end).join('')}`;
    });
}

/**
 * A search result's excerpt as the list shows it, from Pagefind's `excerpt` and `content`: without
 * the page's search keys or the id the result's title shows, each highlight around its word alone,
 * in whole words, with an ellipsis where it cuts a sentence in the result's language, and each
 * number kept with the Chinese word after it (Pagefind stores "80 万" with an ordinary space), and
 * a Chinese one punctuated as Chinese.
 */
export function resultExcerpt(
  excerpt: string,
  content: string,
  id: string,
  locale: Locale,
): string {
  const placed = placeExcerpt(tidyMarks(withoutKeys(excerpt)), withoutKeys(content));
  const shown = excerptWithoutId(placed.html, id);
  return breaksAroundMarks(
    keepNumbersWithWords(
      withEllipses(locale === 'zh-cn' ? chinesePunctuation(shown) : shown, placed, locale),
    ),
  );
}

/**
 * A line may still break before and after a highlighted Chinese word. The stylesheet keeps the
 * word whole (`word-break: keep-all` on <mark>), which also took the break opportunities at its
 * edges: "用于<mark>文本</mark>分类或序列标注" moved to the next line as one piece, leaving the line
 * before it short. A Latin word's edges are spaces, or inside a name, where no break belongs.
 */
export function breaksAroundMarks(html: string): string {
  return html
    .replace(/<mark>(?=\p{Script=Han})/gu, '<wbr><mark>')
    .replace(/(?<=\p{Script=Han})<\/mark>/gu, '</mark><wbr>');
}
