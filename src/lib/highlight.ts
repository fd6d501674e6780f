import { createHighlighter, type HighlighterGeneric } from 'shiki';

export type CodeLanguage = 'python' | 'bibtex';

const themes = { light: 'github-light', dark: 'github-dark' } as const;

let highlighter:
  Promise<HighlighterGeneric<CodeLanguage, 'github-light' | 'github-dark'>> | undefined;
const highlighted = new Map<string, Promise<string>>();

/** Stands in for a varying string literal; word characters only, so it stays one token. */
const SLOT = '__catalog_literal__';
/** Text that Shiki tokenizes like SLOT inside a string literal: no quote, escape or `%`/`{`. */
const PLAIN = /^[\w./-]+$/;

export interface HighlightOptions {
  /**
   * The text of a string literal that varies from page to page (a weight's id in the usage
   * snippet). The code is highlighted once with a stand-in there and the text put back after,
   * so 2,000 pages that differ only by id cost one highlighting, not 2,000 (about 2 ms each).
   */
  literal?: string | undefined;
}

/**
 * Code as dual-theme HTML, highlighted at build time by Shiki: light colours inline, dark ones
 * as `--shiki-dark` custom properties that the page's dark colour scheme switches to.
 */
export async function highlight(
  code: string,
  lang: CodeLanguage,
  { literal }: HighlightOptions = {},
): Promise<string> {
  const quoted = literal === undefined ? undefined : JSON.stringify(literal);
  if (
    literal === undefined ||
    quoted === undefined ||
    !PLAIN.test(literal) ||
    !code.includes(quoted)
  ) {
    return cached(code, lang);
  }
  const html = await cached(code.replaceAll(quoted, `"${SLOT}"`), lang);
  return html.replaceAll(SLOT, literal);
}

function cached(code: string, lang: CodeLanguage): Promise<string> {
  const key = `${lang}\n${code}`;
  let html = highlighted.get(key);
  if (!html) {
    highlighter ??= createHighlighter({
      themes: Object.values(themes),
      langs: ['python', 'bibtex'],
    });
    html = highlighter.then((h) =>
      h
        .codeToHtml(code, { lang, themes, defaultColor: 'light' })
        // github-light's orange (keyword arguments such as `num_classes`) is 3.2:1 on our code
        // background, under WCAG's 4.5:1; GitHub's own newer light theme uses this darker one.
        .replaceAll('color:#E36209', 'color:#953800'),
    );
    highlighted.set(key, html);
  }
  return html;
}
