/**
 * A text cut after each slash inside a path (`paddlenlp/transformers/electra/configuration.py`),
 * for a view to put a `<wbr>` between the parts. Browsers do not break a line after a slash, so
 * a path wider than its cell broke wherever it overflowed ("configuratio" / "n.py") instead.
 * (A weight id, set as code, has its own rule: `breakableId`, src/lib/ids.ts.)
 */
export function slashBreaks(text: string): string[] {
  return text.split(/(?<=[^\s/]\/)(?=[^\s/])/u);
}
