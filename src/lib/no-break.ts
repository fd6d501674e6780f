/**
 * Chinese technical writing sets a space between a number and the word after it ("12 层",
 * "1.24 亿", "2022-04-25 版"); the site writes it as a no-break space (U+00A0), so that no line
 * ends on the number and starts the next with its unit. The content, the import and the
 * dictionary write it themselves (README, "Adding or editing a weight"); this is for text that
 * reaches the page from elsewhere, and for the tests that hold the rule.
 */

/**
 * A number standing alone (`12`, `1,024`, `2022-04-25`, `1e-5`), then ordinary white space, then a
 * Han character: a place where a line may break between the two. A name that ends in a digit
 * (`GPT-2 是`, `T5 权重`, `fp32 权重大小`) is not a number standing alone, and may break there.
 * The Han character may follow a `<mark>` tag, as in a search excerpt.
 */
export const breakableNumberSpace =
  /(?<![\p{Script=Latin}\p{N}_\-./])(\d[\d,.-]*(?:e-?\d+)?)[ \t\r\n]+(?=(?:<mark>)?\p{Script=Han})/gu;

/** The text with a no-break space wherever a number and the Chinese word after it may part. */
export function keepNumbersWithWords(text: string): string {
  return text.replace(breakableNumberSpace, '$1\u00a0');
}
