/**
 * Chinese technical writing sets a space between a number and the word after it ("12 层",
 * "1.24 亿", "2022-04-25 版"); the site writes it as a no-break space (U+00A0), so that no line
 * ends on the number and starts the next with its unit. The content, the import and the
 * dictionary write it themselves (README, "Adding or editing a weight"); this is for text that
 * reaches the page from elsewhere (a search excerpt), and for the tests that hold the rule.
 */

/**
 * A number standing alone: `12`, `1,024`, `2022-04-25`, `1e-5`, ending in a digit ("2019." is
 * the number and a full stop). A name that ends in a digit (`GPT-2`, `T5`, `fp32`) is not one.
 * A regular expression's source, for the browser tests that build their own.
 */
export const standaloneNumber = String.raw`(?<![\p{Script=Latin}\p{N}_\-./])\d(?:[\d,.-]*\d)?(?:e-?\d+)?`;

/**
 * A standalone number, ordinary white space, then a Han character: a place where a line may
 * break between the two. In a search excerpt, the number's highlight may end before the space
 * and the word's begin after it.
 */
const breakable = new RegExp(
  String.raw`(${standaloneNumber}(?:</mark>)?)[ \t\r\n]+(?=(?:<mark>)?\p{Script=Han})`,
  'gu',
);

/** Where a line may part a number from the Chinese word after it: each number's end. */
export function breakableNumberSpaces(text: string): number[] {
  return [...text.matchAll(breakable)].map((match) => match.index + match[1]!.length);
}

/** The text with a no-break space wherever a number and the Chinese word after it may part. */
export function keepNumbersWithWords(text: string): string {
  return text.replace(breakable, '$1\u00a0');
}
