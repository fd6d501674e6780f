/**
 * Where a weight id (or a URL) may wrap: after `/`, `-`, `_` or `,`, before a query's `?` or
 * `&`, and inside a piece longer than `LONG_PIECE` characters where a lower-case letter meets
 * an upper-case one (`InformalToFormalLincoln21`). So `junnyu/microsoft-DialoGPT-small` never
 * breaks as `DialoG`/`PT`, and the zoo's longest names still fit a table column. Never after a
 * dot, so a version (`ernie-3.0-medium-zh`), a host (`127.0.0.1`) or a file name
 * (`index.html.md`) stays whole; never after a path's leading `/` (`/llms.txt`), nor between the
 * slashes of `//`; never after the minus of a descending sort (`sort=-params`), nor between `_`
 * and `-`. Browsers do not reliably break after `/`, so every view puts a `<wbr>` after each
 * piece this returns and lets nothing else break the id (`overflow-wrap: normal`).
 */
export function breakableId(id: string): string[] {
  return id
    .split(/(?<=[^/]\/(?!\/)|\/\/|_(?!-)|(?<!=)-|,)|(?=[?&])/)
    .flatMap((piece) => (piece.length > LONG_PIECE ? piece.split(/(?<=[a-z])(?=[A-Z])/) : [piece]));
}

/** Pieces up to this long stay whole: `DialoGPT`, `MathBERT`, `rugpt3large_`. */
const LONG_PIECE = 16;
