/**
 * Issue #13: what other documentation and assistants read instead of the HTML: the link forms a
 * weight page offers, its Markdown twin, and llms.txt.
 */
import { describe, expect, it } from 'vitest';
import { buildCatalog } from '../../src/lib/catalog.ts';
import { linkForms } from '../../src/lib/link-forms.ts';
import { llmsTxt, llmsWeightSections } from '../../src/lib/llms-txt.ts';
import { markdownTwinPath, proseMarkdownOf, weightMarkdown } from '../../src/lib/markdown-twin.ts';
import { weightPageSections } from '../../src/lib/facts.ts';
import { useTranslations } from '../../src/i18n/index.ts';
import { localeCodes } from '../../src/i18n/locales.ts';
import { factsEntry, validInput } from '../helpers/entries.ts';

const catalog = buildCatalog(validInput());
const link = (path: string) => `https://x.org${path}`;

describe('linkForms', () => {
  it('gives the URL, a Sphinx reference through the language’s inventory and a Markdown link', () => {
    const url = 'https://x.org/en/weights/junnyu/microsoft-DialoGPT-small/';
    expect(linkForms('junnyu/microsoft-DialoGPT-small', 'en', url)).toEqual({
      url,
      sphinx: ':ref:`paddlenlp:junnyu/microsoft-DialoGPT-small`',
      markdown: `[\`junnyu/microsoft-DialoGPT-small\`](${url})`,
    });
    expect(linkForms('gpt2-en', 'zh-cn', 'https://x.org/zh-cn/weights/gpt2-en/').sphinx).toBe(
      ':ref:`paddlenlp-zh:gpt2-en`',
    );
  });

  it('writes a Markdown link that survives a URL with spaces or brackets', () => {
    expect(linkForms('a_b', 'en', '/en/weights/a b)/').markdown).toBe(
      '[`a_b`](</en/weights/a b)/>)',
    );
  });
});

describe('weightMarkdown', () => {
  const student = catalog.byId.get('gpt-cpm-small-cn-distill')!;
  for (const locale of localeCodes) {
    it(`has the page’s sections in the page’s order (${locale})`, () => {
      const t = useTranslations(locale);
      const markdown = weightMarkdown(student, {
        locale,
        t,
        catalog,
        prose: proseMarkdownOf(student.prose[locale]),
        link,
      });
      expect(markdown.startsWith('# gpt-cpm-small-cn-distill\n')).toBe(true);
      const headings = [...markdown.matchAll(/^## (.+)$/gm)].map((m) => m[1]);
      expect(headings).toEqual(weightPageSections.map((s) => t(`weight.${s}`)));
      // The facts as the page formats them, the prose with its link, the code and the lineage.
      expect(markdown).toContain(`**${t('fact.layers')}**${t('markdown.afterLabel')}12`);
      expect(markdown).toContain('108,882,432');
      expect(markdown).toContain('Teacher: [`gpt-cpm-large-cn`](#gpt-cpm-large-cn).');
      expect(markdown).toContain('from_pretrained("gpt-cpm-small-cn-distill")');
      expect(markdown).toContain(
        `[\`gpt-cpm-large-cn\`](https://x.org/${locale}/weights/gpt-cpm-large-cn/)`,
      );
      expect(markdown).toContain(`https://x.org/${locale}/weights/gpt-cpm-small-cn-distill/`);
      expect(markdown).toContain(
        linkForms(
          'gpt-cpm-small-cn-distill',
          locale,
          `https://x.org/${locale}/weights/gpt-cpm-small-cn-distill/`,
        ).sphinx,
      );
    });
  }

  it('lists the sources in the page’s language', () => {
    const input = validInput();
    const url = 'https://example.org/source';
    input.facts[0] = factsEntry('gpt-cpm-large-cn', {
      sources: [
        { kind: 'paper', name: 'CPM', arxiv: '2012.00413', url },
        { kind: 'source-code', file: 'a/configuration.py', revision: '2025-03', url },
        { label: 'A written source', url },
      ],
    });
    const withSources = buildCatalog(input);
    const weight = withSources.byId.get('gpt-cpm-large-cn')!;
    const twin = (locale: (typeof localeCodes)[number]) =>
      weightMarkdown(weight, {
        locale,
        t: useTranslations(locale),
        catalog: withSources,
        prose: proseMarkdownOf(weight.prose[locale]),
        link,
      });
    expect(twin('zh-cn')).toContain(`[CPM 论文（arXiv:2012.00413）](${url})`);
    expect(twin('zh-cn')).toContain(
      `[PaddleNLP 源代码，2025-03\u00a0版：a/configuration.py](${url})`,
    );
    expect(twin('zh-cn')).toContain(`[A written source](${url})`);
    expect(twin('en')).toContain(`[CPM paper (arXiv:2012.00413)](${url})`);
  });

  it('names the other ids as code, each its own, in the page’s language', () => {
    const input = validInput();
    input.facts[0] = factsEntry('gpt-cpm-large-cn', { aliases: ['old-cpm', 'lab/cpm'] });
    const renamed = buildCatalog(input);
    const weight = renamed.byId.get('gpt-cpm-large-cn')!;
    for (const locale of localeCodes) {
      const t = useTranslations(locale);
      const markdown = weightMarkdown(weight, {
        locale,
        t,
        catalog: renamed,
        prose: proseMarkdownOf(weight.prose[locale]),
        link,
      });
      const ids = ['`old-cpm`', '`lab/cpm`'].join(t('ids.separator'));
      expect(markdown).toContain(
        `**${t('fact.aliases')}**${t('markdown.afterLabel')}${ids}${t('markdown.note', { note: t('fact.aliasesNote') })}`,
      );
    }
  });

  it('is served beside the page, as llmstxt.org says', () => {
    expect(markdownTwinPath('en', 'junnyu/distilgpt2')).toBe(
      '/en/weights/junnyu/distilgpt2/index.html.md',
    );
  });
});

describe('llms.txt', () => {
  it('follows llmstxt.org: H1, a blockquote, text, then H2 sections of links with notes', () => {
    const text = llmsTxt({
      title: 'Weights',
      summary: 'All of them.',
      details: ['Read the twins.'],
      sections: [
        { title: 'GPT', links: [{ name: 'a_b*c', url: 'https://x.org/a/', note: 'small' }] },
        { title: 'Optional', links: [{ name: 'weights.json', url: 'https://x.org/w.json' }] },
      ],
    });
    expect(text).toBe(
      [
        '# Weights',
        '> All of them.',
        'Read the twins.',
        '## GPT',
        '- [a_b\\*c](https://x.org/a/): small',
        '## Optional',
        '- [weights.json](https://x.org/w.json)',
        '',
      ]
        .join('\n\n')
        .replace(/\n\n$/, '\n'),
    );
  });

  for (const locale of localeCodes) {
    it(`has a line per weight with its family, size and language (${locale})`, () => {
      const t = useTranslations(locale);
      const sections = llmsWeightSections(catalog, locale, t, link);
      expect(sections.map((s) => s.title)).toEqual(['CPM']);
      const lines = sections.flatMap((s) => s.links);
      expect(lines.map((l) => l.name).sort()).toEqual(catalog.weights.map((w) => w.id).sort());
      const student = lines.find((l) => l.name === 'gpt-cpm-small-cn-distill')!;
      expect(student.url).toBe(
        `https://x.org/${locale}/weights/gpt-cpm-small-cn-distill/index.html.md`,
      );
      expect(student.note).toContain('CPM');
      expect(student.note).toContain(
        t('llms.parameters', { count: locale === 'en' ? '109M' : '1.09\u00a0亿' }),
      );
    });
  }
});
