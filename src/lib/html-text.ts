/**
 * The words of a short piece of HTML that Astro rendered itself (a Markdown heading: text,
 * `<code>`, `<span lang>`), for an accessible name. Not an HTML parser: it knows the tags and
 * the character references a Markdown renderer writes, which is all a heading holds.
 */
const named: Record<string, string> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: '\u00a0',
};

export function plainText(html: string): string {
  return html
    .replace(/<[^>]*>/g, '')
    .replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, ref: string) => {
      if (ref[0] !== '#') return named[ref.toLowerCase()] ?? whole;
      const code =
        ref[1] === 'x' || ref[1] === 'X' ? parseInt(ref.slice(2), 16) : Number(ref.slice(1));
      return String.fromCodePoint(code);
    })
    .replace(/[ \t\r\n]+/g, ' ')
    .trim();
}
