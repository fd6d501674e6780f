/*
 * Finding a weight by its size as readers write it: `1.5B`, `1.56B`, `1558M`, `774M`, `2.6B`,
 * `1.24 亿`. A page shows one spelling ("1.56B", "15.6 亿"), and Pagefind matches words, so a
 * reader's "1.5B" (what GPT-2 XL is commonly called) found nothing in English.
 *
 * Both sides meet in one canonical word per (value, precision): the count in whole steps of the
 * precision typed, with trailing zeros moved into the exponent, so `1.5B`, `1500M` and `15 亿` are
 * all `params_15e8`. Each weight page indexes the words of its count truncated and rounded at one
 * to four significant digits, plus PaddleNLP's printed figure; a query's size is rewritten to its
 * word. Truncation is there because sizes are commonly quoted cut, not rounded (1,558M → "1.5B").
 */

/** Units readers put after a count, lower-cased, to their value. */
const UNITS: Record<string, number> = {
  k: 1e3,
  m: 1e6,
  mn: 1e6,
  million: 1e6,
  b: 1e9,
  bn: 1e9,
  billion: 1e9,
  t: 1e12,
  千: 1e3,
  万: 1e4,
  百万: 1e6,
  千万: 1e7,
  亿: 1e8,
};

/** A size written in a query: a number and a unit, with or without a space between them. */
const SIZE =
  /(?<![\w.])(\d+(?:\.\d+)?)\s*(million|billion|mn|bn|百万|千万|[kmbt千万亿])(?![a-z])/giu;

/** The canonical word of `units` whole steps of 10^`exponent` parameters. */
function sizeWord(units: number, exponent: number): string {
  let mantissa = units;
  let e = exponent;
  while (mantissa !== 0 && mantissa % 10 === 0) {
    mantissa /= 10;
    e += 1;
  }
  return `params_${mantissa}e${e}`;
}

/**
 * The words a weight of `count` parameters is found by, space-separated: its count cut and
 * rounded to 1–4 significant digits, and `printed` (PaddleNLP's figure, such as "117M"), which
 * can differ from the exact count.
 */
export function sizeSearchKeys(count: number | null, printed: string | null = null): string {
  const words = new Set<string>();
  if (count !== null && count >= 1) {
    const digits = Math.floor(Math.log10(count)) + 1;
    for (let significant = 1; significant <= 4; significant++) {
      const exponent = Math.max(0, digits - significant);
      const step = 10 ** exponent;
      words.add(sizeWord(Math.floor(count / step), exponent));
      words.add(sizeWord(Math.round(count / step), exponent));
    }
  }
  const typed = printed === null ? null : parseSize(printed);
  if (typed) words.add(typed);
  return [...words].join(' ');
}

/** The canonical word of one written size (`1.24 亿` → `params_124e6`), or null. */
export function parseSize(text: string): string | null {
  const match = new RegExp(`^\\s*${SIZE.source}\\s*$`, 'iu').exec(text);
  return match ? wordOf(match[1] ?? '', match[2] ?? '') : null;
}

function wordOf(number: string, unit: string): string | null {
  const value = UNITS[unit.toLowerCase()];
  if (value === undefined) return null;
  const decimals = number.split('.')[1]?.length ?? 0;
  const exponent = Math.round(Math.log10(value)) - decimals;
  if (exponent < 0) return null;
  return sizeWord(Number(number.replace('.', '')), exponent);
}

/**
 * The query with every size in it rewritten to its canonical word (`gpt2 1.5B` →
 * `gpt2 params_15e8`), or null when it names no size.
 */
export function sizeSearchQuery(query: string): string | null {
  let found = false;
  const rewritten = query.replace(SIZE, (whole, number: string, unit: string) => {
    const word = wordOf(number, unit);
    if (word === null) return whole;
    found = true;
    return ` ${word} `;
  });
  return found ? rewritten.replace(/\s+/g, ' ').trim() : null;
}
