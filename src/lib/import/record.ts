import { configFileOf, configFileUrl, type ConfigFacts } from './configs.ts';
import type { ZooRow } from './zoo.ts';
import { readLanguage } from './language.ts';
import { ImportError } from './rst.ts';
import type { factNames, factSourceKinds, Source } from '../../schemas/weight.ts';

/**
 * The facts of one imported weight, as `content/weights/facts/<id>.yaml` stores them. Everything
 * here comes from a source and says which (`factSources`): the page's Details cell (`page`) or
 * PaddleNLP's code (`config`). What neither states is `null`, shown as unknown.
 */
export interface ImportedFacts {
  origin: 'imported';
  family: string;
  provider: 'paddlenlp' | 'community';
  language: string | string[];
  architecture: {
    layers: number | null;
    hiddenSize: number | null;
    heads: number | null;
    ffnSize: number | null;
    vocabSize: number | null;
    contextLength: number | null;
    embeddingSize?: number;
    layersShared?: true;
    role?: 'discriminator' | 'generator';
  };
  parameters: { printed: string | null; exact: null };
  tokenizer: null;
  lineage: { distilledFrom?: string; convertedFrom?: { label: string; url: string } };
  license: 'unknown';
  sources: Source[];
  factSources: Partial<Record<FactName, FactSource[]>>;
  disagreements?: Disagreement[];
  listing: Listing;
  aliases: string[];
}

export type FactSource = (typeof factSourceKinds)[number];
export type FactName = (typeof factNames)[number];

export interface Disagreement {
  field: FactName;
  page: number;
  config: number;
  /** Where the code states its value. */
  configFile: string;
}

/** Where PaddleNLP lists the weight, and the row as its page writes it. */
export interface Listing {
  /** The family page's folder (`GPT`). */
  page: string;
  /** The page's URL. */
  url: string;
  firstListed: string;
  lastListed: string;
  /** false once the newest pages no longer list it: its page stays, marked as such. */
  listed: boolean;
  /** Other family pages that list it too. */
  alsoOn?: string[];
  /** The Language and Details cells as the page writes them (Details lines joined). */
  language: string;
  details: string;
}

export interface RecordInput {
  row: ZooRow;
  family: string;
  config: ConfigFacts | undefined;
  listing: Listing;
  aliases: string[];
  /** The family page's title (`BERT模型汇总`). */
  pageTitle: string;
  /** The page file, for errors. */
  file: string;
  /** Ids in the catalog, to link a teacher named on the page. */
  knownIds: (id: string) => string | undefined;
}

/** The architecture's facts: the schema's list, less the parameter count. */
type ArchitectureFact = Exclude<FactName, 'parameters'>;

/** Builds a weight's facts from its page row and its code configuration; pure. */
export function buildRecord(input: RecordInput): {
  facts: ImportedFacts;
  warnings: string[];
} {
  const { row, config } = input;
  const warnings: string[] = [];
  const language = readLanguage(row.languageText);
  if (language === null) {
    throw new ImportError([
      {
        file: input.file,
        line: row.line,
        message: `${row.id}: the Language cell "${row.languageText}" names no language this import knows (add it to src/lib/import/language.ts)`,
      },
    ]);
  }
  if (language.warning !== undefined) warnings.push(language.warning);
  const page = row.details;
  const pageValues: Partial<Record<ArchitectureFact, number>> = {
    ...(page.layers !== undefined && { layers: page.layers }),
    ...(page.hiddenSize !== undefined && { hiddenSize: page.hiddenSize }),
    ...(page.heads !== undefined && { heads: page.heads }),
    ...(page.embeddingSize !== undefined && { embeddingSize: page.embeddingSize }),
  };
  const factSources: ImportedFacts['factSources'] = {};
  const disagreements: Disagreement[] = [];
  const value = (name: ArchitectureFact): number | null => {
    const fromPage = pageValues[name];
    const fromCode = config?.[name];
    const sources: FactSource[] = [];
    if (fromPage !== undefined) sources.push('page');
    if (fromCode !== undefined) sources.push('config');
    if (sources.length > 0) factSources[name] = sources;
    if (fromPage !== undefined && fromCode !== undefined && fromPage !== fromCode) {
      disagreements.push({
        field: name,
        page: fromPage,
        config: fromCode,
        configFile: config === undefined ? '' : configFileOf(config, name),
      });
    }
    // The code is what `from_pretrained` loads, so its value is the one shown first.
    return fromCode ?? fromPage ?? null;
  };
  const architecture: ImportedFacts['architecture'] = {
    layers: value('layers'),
    hiddenSize: value('hiddenSize'),
    heads: value('heads'),
    ffnSize: value('ffnSize'),
    vocabSize: value('vocabSize'),
    contextLength: value('contextLength'),
  };
  const embedding = value('embeddingSize');
  if (embedding !== null) architecture.embeddingSize = embedding;
  if (page.layersShared === true) architecture.layersShared = true;
  if (page.role !== undefined) architecture.role = page.role;
  if (page.printed !== undefined) factSources.parameters = ['page'];
  if (page.printedPlaceholder !== undefined) {
    warnings.push(
      `the page prints "${page.printedPlaceholder} parameters", a placeholder: the count is unknown`,
    );
  }

  const lineage: ImportedFacts['lineage'] = {};
  if (page.distilledFrom !== undefined) {
    const teacher = input.knownIds(page.distilledFrom);
    if (teacher !== undefined && teacher !== row.id) lineage.distilledFrom = teacher;
  }
  // A "Please refer to" link is where the page sends readers, not a stated origin: it is kept as
  // a source, never as `lineage.convertedFrom`.

  const sources: ImportedFacts['sources'] = [
    {
      kind: 'zoo-page',
      title: input.pageTitle,
      revision: input.listing.lastListed,
      url: input.listing.url,
    },
  ];
  for (const link of row.links) {
    const hubName = /^https:\/\/huggingface\.co\/(.+)$/.exec(link.url)?.[1];
    sources.push(
      hubName === undefined
        ? { kind: 'link', name: link.name, url: link.url }
        : { kind: 'hugging-face', name: hubName, url: link.url },
    );
  }
  if (config !== undefined) {
    for (const { file, snapshot } of [config, ...(config.older ?? [])]) {
      sources.push({
        kind: 'source-code',
        file,
        revision: snapshot,
        url: configFileUrl(file, snapshot),
      });
    }
  }

  const facts: ImportedFacts = {
    origin: 'imported',
    family: input.family,
    provider: row.id.includes('/') ? 'community' : 'paddlenlp',
    language: language.tags.length === 1 ? (language.tags[0] as string) : language.tags,
    architecture,
    parameters: { printed: page.printed ?? null, exact: null },
    tokenizer: null,
    lineage,
    license: 'unknown',
    sources: dedupeSources(sources),
    factSources,
    ...(disagreements.length > 0 && { disagreements }),
    listing: input.listing,
    aliases: [...new Set(input.aliases)].filter((alias) => alias !== row.id).sort(),
  };
  return { facts, warnings };
}

function dedupeSources(sources: ImportedFacts['sources']): ImportedFacts['sources'] {
  const seen = new Set<string>();
  return sources.filter((s) => (seen.has(s.url) ? false : (seen.add(s.url), true)));
}
