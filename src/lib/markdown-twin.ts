import type { BlockContent, PhrasingContent, RootContent } from 'mdast';
import { around, type Translate } from '../i18n/index.ts';
import type { Locale } from '../i18n/locales.ts';
import type { WeightProse } from '../schemas/weight.ts';
import type { Catalog, Entry, Weight } from './catalog.ts';
import { weightSections, type FactRow, type WeightPageSection } from './facts.ts';
import { sourceLabel } from './fact-values.ts';
import { linkForms } from './link-forms.ts';
import { anchor, code, heading, list, paragraph, strong, text, writeMarkdown } from './markdown.ts';
import { relatedWeights } from './related.ts';
import { usageSnippet } from './usage.ts';
import { weightPath } from './urls.ts';

/*
 * A weight page's Markdown twin (llmstxt.org: "the same URL as the original page, but with .md
 * appended", `index.html.md` for a URL that ends in a folder): the same sections in the same order,
 * with the same facts formatted by the same code (src/lib/facts.ts), for an assistant or a script
 * that reads text rather than HTML. It leaves out only what is for a browser: navigation, search,
 * copy buttons and the chart. Written as the site's other Markdown is (src/lib/markdown.ts).
 */

/** Where a weight's Markdown twin is served: `/en/weights/gpt2-en/index.html.md`. */
export function markdownTwinPath(locale: Locale, id: string): string {
  return `${weightPath(locale, id)}index.html.md`;
}

/** The prose's Markdown, as the prose loader rendered it (src/lib/prose.ts). */
export function proseMarkdownOf(entry: {
  id: string;
  rendered?: { metadata?: Record<string, unknown> | undefined } | undefined;
}): string {
  const markdown = entry.rendered?.metadata?.['markdown'];
  // Never a page without its prose: an entry the loader did not render is a bug to see.
  if (typeof markdown !== 'string') throw new Error(`${entry.id}: no rendered Markdown`);
  return markdown;
}

export interface TwinOptions<P extends Entry<WeightProse>> {
  locale: Locale;
  t: Translate;
  catalog: Catalog<P>;
  /** The prose body as Markdown (`proseMarkdownOf`). */
  prose: string;
  /** A site path as a link: with the base path, or absolute. */
  link: (path: string) => string;
  /** false: written without the writer's memo, to test that it changes nothing. */
  remember?: boolean;
}

/**
 * "**Layers**: " / "**层数**：". The colon stays outside the bold: CommonMark cannot close `**`
 * between punctuation and a letter or digit, as in `**层数：**12`.
 */
function labelled(label: string, t: Translate): PhrasingContent[] {
  return [strong(label), text(t('markdown.afterLabel'))];
}

/** Nodes of a list with `separator` between them ("`a`, `b`" / "`a`、`b`"). */
function separated(nodes: PhrasingContent[], separator: string): PhrasingContent[] {
  return nodes.flatMap((node, i) => (i === 0 ? [node] : [text(separator), node]));
}

/** A fact as the page's table shows it: label, value, and the explanation and note under it. */
function factItem(row: FactRow, t: Translate, link: (path: string) => string): BlockContent[] {
  const { value } = row;
  const shown = value.codeList
    ? separated(value.codeList.items.map(code), value.codeList.separator)
    : [value.code ? code(value.text) : text(value.text)];
  const target = value.href;
  const valueNode =
    target === undefined ? shown : [anchor(target.startsWith('/') ? link(target) : target, shown)];
  // Where the value comes from, in brackets after it; what it means, a paragraph of its own.
  const note = value.note === undefined ? [] : [text(t('markdown.note', { note: value.note }))];
  const lines = [paragraph(...labelled(row.label, t), ...valueNode, ...note)];
  if (value.explanation !== undefined) lines.push(paragraph(text(value.explanation)));
  return lines;
}

/** The Markdown twin of a weight's page in one language. */
export function weightMarkdown<P extends Entry<WeightProse>>(
  weight: Weight<P>,
  options: TwinOptions<P>,
): string {
  const { locale, t, catalog, link } = options;
  const { facts } = weight;
  const data = weight.prose[locale].data;
  const sections = weightSections(weight, locale, t);
  const title = (section: WeightPageSection) => t(`weight.${section}`);
  const factList = (rows: FactRow[]) => list(rows.map((row) => factItem(row, t, link)));
  const page = link(weightPath(locale, weight.id));
  const forms = linkForms(weight.id, locale, page);
  const [before = '', after = ''] = around(t, 'markdown.twinOf', 'url');

  const children: RootContent[] = [heading(1, weight.id)];
  if (data.title !== weight.id) children.push(paragraph(strong(data.title)));
  children.push(
    { type: 'blockquote', children: [paragraph(text(data.description))] },
    paragraph(text(before), anchor(page, [text(page)]), text(after)),
    heading(2, title('overview')),
  );
  if (facts.listing?.listed === false) {
    children.push(paragraph(text(t('weight.unlisted', { revision: facts.listing.lastListed }))));
  }
  const zoo = weight.zoo.zoo;
  if (data.generated && zoo !== undefined) {
    const [lead = '', rest = ''] = around(t, 'weight.generated', 'page');
    children.push(paragraph(text(lead), anchor(zoo.url, [text(zoo.title)]), text(rest)));
  }
  const prose = options.prose.trim();
  children.push(
    // Already Markdown (the loader wrote it from the same tree as the page's HTML): an `html` node
    // is the one mdast-util-to-markdown writes out unchanged.
    ...(prose === '' ? [] : [{ type: 'html' as const, value: prose }]),
    heading(2, title('architecture')),
    factList(sections.architecture),
    heading(2, title('parameters')),
    factList(sections.parameters),
    ...(sections.parametersNote === null ? [] : [paragraph(text(sections.parametersNote))]),
    heading(2, title('usage')),
    paragraph(text(t('weight.usageIntro'))),
    {
      type: 'code',
      lang: 'python',
      value: usageSnippet(weight.id, facts.paddlenlp, {
        architecture: weight.zoo.architecture,
        tasks: weight.zoo.zoo?.tasks ?? null,
      }).trimEnd(),
    },
    heading(3, t('weight.link')),
    list(
      [
        [t('link.url'), forms.url],
        ['Sphinx', forms.sphinx],
        ['Markdown', forms.markdown],
      ].map(([label = '', value = '']) => [paragraph(...labelled(label, t), code(value))]),
    ),
    heading(2, title('provenance')),
    factList(sections.provenance),
    heading(3, t('weight.sources')),
    list(
      facts.sources.map((source) => [
        paragraph(anchor(source.url, [text(sourceLabel(source, { locale, t }).text)])),
      ]),
    ),
    heading(2, title('citation')),
  );
  const paper = weight.family.paper;
  const indexPaper = zoo?.paper ?? null;
  if (paper !== null) {
    children.push(paragraph(text(t('weight.citationIntro'))), {
      type: 'code',
      lang: 'bibtex',
      value: paper.bibtex.trimEnd(),
    });
  } else if (indexPaper !== null) {
    const [lead = '', rest = ''] = around(t, 'weight.citationFromIndex', 'paper');
    const name = (indexPaper.reference ?? indexPaper.url).replace(/\.$/, '');
    children.push(paragraph(text(lead), anchor(indexPaper.url, [text(name)]), text(rest)));
  } else {
    children.push(paragraph(text(t('weight.noCitation'))));
  }
  children.push(heading(2, title('lineage')));
  const groups = relatedWeights(weight, catalog);
  const convertedFrom = facts.lineage.convertedFrom;
  const lineage: BlockContent[][] = [];
  if (convertedFrom !== undefined) {
    lineage.push([
      paragraph(
        ...labelled(t('fact.convertedFrom'), t),
        anchor(convertedFrom.url, [code(convertedFrom.label)]),
      ),
    ]);
  }
  for (const group of groups) {
    const items = separated(
      group.weights.map((w) => anchor(link(weightPath(locale, w.id)), [code(w.id)])),
      t('ids.separator'),
    );
    lineage.push([paragraph(...labelled(t(`related.${group.kind}`), t), ...items)]);
  }
  children.push(lineage.length === 0 ? paragraph(text(t('weight.noRelated'))) : list(lineage));

  return writeMarkdown(children, { remember: options.remember ?? true });
}
