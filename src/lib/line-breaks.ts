/**
 * A text cut after each slash inside a path (`paddlenlp/transformers/electra/configuration.py`),
 * for a view to put a `<wbr>` between the parts. Browsers do not break a line after a slash, so
 * a path wider than its cell broke wherever it overflowed ("configuratio" / "n.py") instead.
 * (A weight id, set as code, has its own rule: `breakableId`, src/lib/ids.ts.)
 */
export function slashBreaks(text: string): string[] {
  return text.split(/(?<=[^\s/]\/)(?=[^\s/])/u);
}

/**
 * An ISO date or month (`2022-04-24`, `2025-03`). Browsers break a line after its hyphen
 * ("…, 2025-" / "03 revision"): 161 of the English pages and 33 of the Chinese did so on a phone.
 */
const isoDate =
  /(?<![\p{Script=Latin}\p{N}_-])(?:19|20)\d\d-(?:0[1-9]|1[0-2])(?:-(?:0[1-9]|[12]\d|3[01]))?(?![\p{Script=Latin}\p{N}_-])/gu;

/** A text cut around its dates, for a view to set each date as a `<time>` kept on one line. */
export function dateParts(text: string): { text: string; date: boolean }[] {
  const parts: { text: string; date: boolean }[] = [];
  let end = 0;
  for (const match of text.matchAll(isoDate)) {
    if (match.index > end) parts.push({ text: text.slice(end, match.index), date: false });
    parts.push({ text: match[0], date: true });
    end = match.index + match[0].length;
  }
  if (end < text.length || parts.length === 0) parts.push({ text: text.slice(end), date: false });
  return parts;
}
