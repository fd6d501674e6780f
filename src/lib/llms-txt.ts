import type { Translate } from '../i18n/index.ts';
import type { Locale } from '../i18n/locales.ts';
import type { WeightProse } from '../schemas/weight.ts';
import type { Catalog, Entry } from './catalog.ts';
import { factContext, factValue } from './fact-values.ts';
import { anchor, heading, list, paragraph, text, writeMarkdown } from './markdown.ts';
import { markdownTwinPath } from './markdown-twin.ts';
import { familySummaries, familyWeights } from './zoo.ts';

/*
 * `llms.txt` (https://llmstxt.org): a Markdown file at a site's root that tells a language model
 * or a script what the site holds: an H1 with the site's name, a blockquote summary, free text,
 * then H2 sections of links `[name](url): note`; a section named "Optional" may be skipped. Here:
 * one section per family, one line per weight (id, title, family, size, language) pointing at the
 * weight page's Markdown twin; then the site's other machine-readable files.
 *
 * Why not a package: the Astro ones (astro-llms-md 3.0, whose dependencies are turndown and
 * node-html-parser; astro-llms-txt 0.0.1-beta; starlight-llms-txt, for Starlight sites only)
 * convert the built HTML, so each twin would carry the search dialog, the language switch and
 * the copy buttons, and none can write a weight's family, size and language on its line. Here
 * both are written from the facts.
 */

export interface LlmsLink {
  name: string;
  url: string;
  note?: string;
}

export interface LlmsDocument {
  title: string;
  summary: string;
  details: string[];
  sections: { title: string; links: LlmsLink[] }[];
}

/** The file's text, written as the site's other Markdown is (src/lib/markdown.ts). */
export function llmsTxt(document: LlmsDocument): string {
  const links = (items: LlmsLink[]) =>
    list(
      items.map((link) => [
        paragraph(
          anchor(link.url, [text(link.name)]),
          ...(link.note === undefined ? [] : [text(`: ${link.note}`)]),
        ),
      ]),
    );
  return writeMarkdown([
    heading(1, document.title),
    { type: 'blockquote', children: [paragraph(text(document.summary))] },
    ...document.details.map((line) => paragraph(text(line))),
    ...document.sections.flatMap((section) => [heading(2, section.title), links(section.links)]),
  ]);
}

/**
 * One language's families and weights as llms.txt sections: each weight's line says its title
 * (where it is not the id), family, size as the tables show it, and language.
 */
export function llmsWeightSections(
  catalog: Catalog<Entry<WeightProse>>,
  locale: Locale,
  t: Translate,
  link: (path: string) => string,
): LlmsDocument['sections'] {
  return familySummaries(catalog, locale).map((family) => ({
    title: family.name,
    links: familyWeights(catalog, family.id).map((weight) => {
      const context = factContext(weight.zoo, locale, t);
      const size = factValue('parametersShort', weight.facts, context);
      const title = weight.prose[locale].data.title;
      const note = t('llms.weight', {
        family: family.name,
        size:
          size === null || size.unknown
            ? t('llms.sizeUnknown')
            : t('llms.parameters', { count: size.text }),
        language: factValue('language', weight.facts, context)?.text ?? '',
      });
      return {
        name: weight.id,
        url: link(markdownTwinPath(locale, weight.id)),
        note: title === weight.id ? note : t('llms.titled', { title, rest: note }),
      };
    }),
  }));
}
