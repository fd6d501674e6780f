/**
 * The Markdown writer (src/lib/markdown.ts) remembers how it escaped a text in a context; what it
 * writes must be exactly what mdast-util-to-markdown writes without that memo, in every context.
 */
import { describe, expect, it } from 'vitest';
import type { RootContent } from 'mdast';
import {
  anchor,
  code,
  heading,
  list,
  paragraph,
  strong,
  text,
  writeMarkdown,
} from '../../src/lib/markdown.ts';
import { buildCatalog } from '../../src/lib/catalog.ts';
import { weightMarkdown } from '../../src/lib/markdown-twin.ts';
import { useTranslations } from '../../src/i18n/index.ts';
import { localeCodes } from '../../src/i18n/locales.ts';
import { validInput } from '../helpers/entries.ts';

/** Texts that are syntax somewhere: at a line's start, beside emphasis, in a link's label. */
const tricky = ['1. first', '# not a heading', '- item', '*a*', 'a_b_c', '[x](y)', '<b>', '&amp;'];

/** Each tricky text in several places, twice over, so the second meeting of each is remembered. */
function trees(): RootContent[][] {
  const once = tricky.flatMap((value): RootContent[] => [
    paragraph(text(value)),
    paragraph(text('before '), text(value), text(' after')),
    paragraph(strong(value), text(value)),
    heading(2, value),
    list([[paragraph(text(value))], [paragraph(anchor('https://x.org/a b', [text(value)]))]]),
    paragraph(code(value), text(value)),
    // Only the character before differs: a new line, where `# ` opens a heading, or a space.
    paragraph(text('one\n'), text(value)),
    paragraph(text('one '), text(value)),
    // Only the constructs around differ.
    { type: 'blockquote', children: [paragraph(text(']'), text(value), text('x'))] },
    paragraph(anchor('https://x.org/', [text(']'), text(value), text('x')])),
  ]);
  return [once, once, tricky.map((value) => paragraph(text(value)))];
}

describe('writeMarkdown', () => {
  it('writes what mdast-util-to-markdown writes, wherever a remembered text is met again', () => {
    for (const children of trees()) {
      expect(writeMarkdown(children)).toBe(writeMarkdown(children, { remember: false }));
    }
  });

  it('escapes one text differently by context, as the library does', () => {
    const atStart = writeMarkdown([paragraph(text('1. first'))]);
    const inside = writeMarkdown([paragraph(text('see '), text('1. first'))]);
    expect(atStart).toBe('1\\. first\n');
    expect(inside).toBe('see 1. first\n');
  });

  it('writes every weight’s Markdown page as without the memo', () => {
    const catalog = buildCatalog(validInput());
    for (const locale of localeCodes) {
      const t = useTranslations(locale);
      for (const weight of catalog.weights) {
        const options = { locale, t, catalog, prose: 'Prose.', link: (path: string) => path };
        const remembered = weightMarkdown(weight, options);
        const plain = weightMarkdown(weight, { ...options, remember: false });
        expect(remembered).toBe(plain);
      }
    }
  });
});
