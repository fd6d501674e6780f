import type { Locale } from '../i18n/locales.ts';
import { intersphinxNames } from './inventory.ts';
import { anchor, code, paragraph, writeMarkdown } from './markdown.ts';

/*
 * The ways other documentation links to a weight's page, as its "Link to this weight" list shows
 * them (and its Markdown twin): the URL; a Sphinx `:ref:` through the site's inventory
 * (src/lib/inventory.ts), which Sphinx checks at every build; and a Markdown link.
 */

export interface LinkForms {
  url: string;
  sphinx: string;
  markdown: string;
}

export function linkForms(id: string, locale: Locale, url: string): LinkForms {
  return {
    url,
    // `:ref:` lower-cases its target, as the inventory's labels are: the id reads as spelt.
    sphinx: `:ref:\`${intersphinxNames[locale]}:${id}\``,
    markdown: writeMarkdown([paragraph(anchor(url, [code(id)]))]).trim(),
  };
}
