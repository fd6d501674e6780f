import { formatInteger } from '../format.ts';
import type { ImportedFacts } from './record.ts';

/**
 * The prose of an imported weight, in each language: frontmatter and a short body that say only
 * what the facts say, in sentences a reader would write, and nothing where a fact is unknown
 * (the facts table says "unknown" for it). The page's own English note is quoted as written,
 * marked as English on the Chinese page, since translating free text would put words in
 * PaddleNLP's mouth.
 */

export interface GeneratedProse {
  frontmatter: {
    title: string;
    description: string;
    details: string;
    /** Set where `details` is PaddleNLP's English note, quoted on the Chinese page. */
    detailsLang?: 'en';
    /** Set where `details` only points elsewhere: the page it points to. */
    detailsUrl?: string;
    trainingData?: string;
    generated: true;
  };
  body: string;
}

interface Context {
  id: string;
  facts: ImportedFacts;
  /** The family's display name (`BERT`). */
  familyName: string;
  /** The family page's title as PaddleNLP writes it (`BERT模型汇总`). */
  pageTitle: string;
}

const roleEn = { discriminator: 'discriminator', generator: 'generator' } as const;
const roleZh = { discriminator: '判别器', generator: '生成器' } as const;

// Figures are written as the facts table writes them (src/lib/format.ts): "1,024", not "1024".
function sizesEn(a: ImportedFacts['architecture']): string[] {
  const n = (value: number) => formatInteger(value, 'en');
  const parts: string[] = [];
  if (a.layers !== null)
    parts.push(
      `${n(a.layers)} ${a.layersShared ? 'repeated layers sharing one set of weights' : a.layers === 1 ? 'layer' : 'layers'}`,
    );
  if (a.hiddenSize !== null) parts.push(`a hidden size of ${n(a.hiddenSize)}`);
  if (a.heads !== null) parts.push(`${n(a.heads)} attention ${a.heads === 1 ? 'head' : 'heads'}`);
  return parts;
}

/**
 * A no-break space, between a number and the Chinese word after it ("12 层", "2022-04-25 版"): a
 * line may not end on the number and start with its unit. It looks like the space Chinese
 * technical writing sets between the two.
 */
const nbsp = '\u00a0';

function sizesZh(a: ImportedFacts['architecture']): string[] {
  const n = (value: number) => formatInteger(value, 'zh-cn');
  const parts: string[] = [];
  if (a.layers !== null)
    parts.push(`${n(a.layers)}${nbsp}层${a.layersShared ? '（各层共享同一组参数）' : ''}`);
  if (a.hiddenSize !== null) parts.push(`隐藏维度 ${n(a.hiddenSize)}`);
  if (a.heads !== null) parts.push(`${n(a.heads)}${nbsp}个注意力头`);
  return parts;
}

function listEn(parts: string[]): string {
  if (parts.length <= 1) return parts.join('');
  return `${parts.slice(0, -1).join(', ')} and ${parts.at(-1)}`;
}

/** "Trained on Chinese text." → the data, when the note says what the weight was trained on. */
function trainingNote(note: string | undefined): string | undefined {
  if (note === undefined) return undefined;
  const sentence = /^Trained (?:on|using) [^.]*(?:\.|$)/.exec(note)?.[0];
  return sentence?.replace(/\s+$/, '');
}

/** Han, kana or Hangul: text that is not English. */
const cjk = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/u;

function escapeMdx(text: string): string {
  // Prose is MDX: braces and angle brackets would start expressions or tags, and Markdown's own
  // marks would start emphasis or links (`hel_ql-shahdashrf_` is an id, not emphasis; Prettier
  // would even rewrite it as `*…*`).
  return text
    .replace(/[{}<>]/g, (c) => `&#${c.charCodeAt(0)};`)
    .replace(/[\\`*_[\]]/g, (c) => `\\${c}`);
}

function quoteYaml(text: string): string {
  return `'${text.replace(/'/g, "''")}'`;
}

export function generateProse(
  context: Context,
  locale: 'en' | 'zh-cn',
  note: string | undefined,
): GeneratedProse {
  const { id, facts, familyName, pageTitle } = context;
  const a = facts.architecture;
  const printed = facts.parameters.printed;
  const community = facts.provider === 'community';
  // The page's "Please refer to" link on Hugging Face, where it gives one.
  const hubSource = facts.sources.find((s) => s.kind === 'hugging-face');
  const hub = hubSource === undefined ? undefined : { label: hubSource.name, url: hubSource.url };
  // Where the page sends the reader for details: that Hugging Face model, or a link of its own
  // (ERNIE-CTM's "For details, please refer to the ernie-ctm_", an example's folder).
  const referSource = facts.sources.find((s) => s.kind === 'hugging-face' || s.kind === 'link');
  const refer =
    referSource === undefined
      ? undefined
      : { label: referSource.name, url: referSource.url, hub: referSource.kind === 'hugging-face' };
  // Whether the page itself gives a figure: the lead's may all come from PaddleNLP's code.
  const pageSized =
    printed !== null ||
    (['layers', 'hiddenSize', 'heads'] as const).some((name) =>
      facts.factSources[name]?.includes('page'),
    );
  const training = trainingNote(note);
  const teacher = facts.lineage.distilledFrom;
  // PaddleNLP's zoo pages are written in English, so a Chinese page quotes their notes marked as
  // English; a note written in Chinese (none today) is quoted as what it is, unmarked.
  const englishNote = note !== undefined && !cjk.test(note);
  // A weight PaddleNLP no longer lists is told of in the past tense.
  const listed = facts.listing.listed;
  // A row the page describes no further ("Please refer to: …", or nothing): its details cell points
  // where PaddleNLP does, as a link, rather than saying "see the page" without one.
  const pointer =
    note === undefined && sizesEn(a).length === 0
      ? { url: hub?.url ?? facts.listing.url, hub: hub !== undefined }
      : undefined;

  if (locale === 'en') {
    const role = a.role === undefined ? '' : ` ${roleEn[a.role]}`;
    const sizes = sizesEn(a);
    const what = `${community ? 'A community' : 'An official PaddleNLP'} ${familyName}${role} weight`;
    const page = `PaddleNLP’s page “${pageTitle}”`;
    // The lead says what the weight is; where no figure is known, where PaddleNLP lists it.
    const description =
      sizes.length === 0 && printed === null
        ? `${what}, ${listed ? 'listed' : 'formerly listed'} on ${page}.`
        : what +
          (sizes.length > 0 ? ` with ${listEn(sizes)}` : '') +
          (printed === null ? '' : `; PaddleNLP gives its size as ${printed} parameters`) +
          '.';
    // The overview adds what the lead and the facts table do not say: PaddleNLP's own words, or
    // where it sends the reader instead.
    const pageMdx = `PaddleNLP’s page “<span lang="zh-CN">${escapeMdx(pageTitle)}</span>”`;
    const referLink =
      refer === undefined
        ? ''
        : `[${escapeMdx(refer.label)}](${refer.url})${refer.hub ? ' on Hugging Face' : ''}`;
    const body: string[] = [];
    if (note !== undefined) {
      body.push(
        `${pageMdx} ${listed ? 'describes' : 'described'} it as: “${escapeMdx(note)}${/[.!?]$/.test(note) ? '' : '.'}”`,
      );
      if (refer !== undefined) {
        body.push(`For more, the page ${listed ? 'refers' : 'referred'} to ${referLink}.`);
      }
    } else if (refer !== undefined) {
      body.push(
        listed
          ? `${pageMdx} does not describe it further: for details, it refers to ${referLink}.`
          : `${pageMdx} did not describe it further: for details, it referred to ${referLink}.`,
      );
    } else if (pageSized) {
      body.push(`${pageMdx} ${listed ? 'gives' : 'gave'} only its size, with no description.`);
    } else {
      body.push(`${pageMdx} ${listed ? 'lists' : 'listed'} it without a description.`);
    }
    if (!listed) {
      body.push(
        `PaddleNLP’s pages no longer list it (last seen in the ${facts.listing.lastListed} revision).`,
      );
    }
    if (teacher !== undefined) body.push(`It was distilled from <WeightLink id="${teacher}" />.`);
    return {
      frontmatter: {
        title: id,
        description: description.length > 300 ? `${description.slice(0, 297)}…` : description,
        details:
          note ??
          (pointer === undefined
            ? `${listEn(sizes)}.`.replace(/^./, (c) => c.toUpperCase())
            : pointer.hub
              ? 'View on Hugging Face'
              : 'View PaddleNLP’s page'),
        ...(pointer !== undefined && { detailsUrl: pointer.url }),
        ...(training !== undefined && { trainingData: training }),
        generated: true,
      },
      body: body.join(' '),
    };
  }

  const role = a.role === undefined ? '' : roleZh[a.role];
  const sizes = sizesZh(a);
  // A space between Latin and Chinese text, as Chinese technical writing sets it.
  const what = `${community ? '社区' : 'PaddleNLP 官方'}提供的 ${familyName} ${role}权重`;
  const sizeText = [sizes.join('、'), printed === null ? '' : `PaddleNLP 标注参数量 ${printed}`]
    .filter(Boolean)
    .join('，');
  const description =
    sizeText === ''
      ? `${what}，${listed ? '' : '曾'}收录于 PaddleNLP 的“${pageTitle}”页面。`
      : `${what}：${sizeText}。`;
  const pageMdx = `PaddleNLP 的“${escapeMdx(pageTitle)}”页面`;
  const referLink =
    refer === undefined
      ? ''
      : `${refer.hub ? 'Hugging Face 上的 ' : ''}[${escapeMdx(refer.label)}](${refer.url})`;
  const body: string[] = [];
  if (note !== undefined) {
    // A quoted sentence keeps its own full stop inside the quotes, and takes none after them
    // (GB/T 15834): “…text.” not “…text.”。
    const end = /[.!?。！？]$/.test(note) ? '' : '。';
    body.push(
      englishNote
        ? `${pageMdx}对它的英文说明：<q lang="en">${escapeMdx(note)}</q>${end}`
        : `${pageMdx}对它的说明：<q>${escapeMdx(note)}</q>${end}`,
    );
    if (refer !== undefined) body.push(`该页面还给出了 ${referLink} 作为参考。`);
  } else if (refer !== undefined) {
    body.push(`${pageMdx}没有进一步说明它，只给出了 ${referLink} 作为参考。`);
  } else if (pageSized) {
    body.push(`${pageMdx}只给出了它的规模，没有其他说明。`);
  } else {
    body.push(`${pageMdx}${listed ? '列出了' : '曾列出'}它，但没有任何说明。`);
  }
  if (!listed) {
    body.push(`PaddleNLP 的页面已不再列出它（最后见于 ${facts.listing.lastListed}${nbsp}版）。`);
  }
  if (teacher !== undefined) body.push(`它由 <WeightLink id="${teacher}" /> 蒸馏而来。`);
  return {
    frontmatter: {
      title: id,
      description: description.length > 300 ? `${description.slice(0, 297)}…` : description,
      // The page's own note, as the English table shows it, rather than the sizes the table's
      // columns already give; quoted in English, and marked so.
      ...(note === undefined
        ? {
            details:
              pointer === undefined
                ? `${sizes.join('、')}。`
                : pointer.hub
                  ? '详见 Hugging Face 页面'
                  : '详见 PaddleNLP 页面',
          }
        : { details: note, ...(englishNote && { detailsLang: 'en' as const }) }),
      ...(pointer !== undefined && { detailsUrl: pointer.url }),
      // PaddleNLP's own English words; the facts table marks them as English (src/lib/facts.ts).
      ...(training !== undefined && { trainingData: training }),
      generated: true,
    },
    body: body.join(''),
  };
}

/** The whole `.mdx` file, before its seal. */
export function proseFile(prose: GeneratedProse): string {
  const f = prose.frontmatter;
  const lines = [
    '---',
    `title: ${quoteYaml(f.title)}`,
    `description: ${quoteYaml(f.description)}`,
    `details: ${quoteYaml(f.details)}`,
    ...(f.detailsLang === undefined ? [] : [`detailsLang: ${f.detailsLang}`]),
    ...(f.detailsUrl === undefined ? [] : [`detailsUrl: ${quoteYaml(f.detailsUrl)}`]),
    ...(f.trainingData === undefined ? [] : [`trainingData: ${quoteYaml(f.trainingData)}`]),
    'generated: true',
    '---',
    '',
    prose.body,
  ];
  return `${lines.join('\n')}\n`;
}
