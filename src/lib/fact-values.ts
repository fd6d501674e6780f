import type { Locale } from '../i18n/locales.ts';
import { around, type Translate } from '../i18n/interpolate.ts';
// Types only: the compare page's browser script imports this module, and the schemas bring zod.
import type {
  ArchitectureKind,
  FamilyFactNotes,
  FamilyFactNote,
  Source,
  WeightFacts,
  factNames,
} from '../schemas/weight.ts';
import { formatBytes, formatInteger, formatParameterCount, languageName } from './format.ts';
import { weightBytes } from './parameters.ts';

/*
 * The one place that turns a weight's facts into what a reader sees. The weight page, the summary
 * tables, the compare page (in the browser, from `/weights/<id>.json`) and the search excerpts all
 * call it, so "12 layers", "124,439,808 (124M)" or "Unknown" read the same in every view.
 */

/** A value in a facts table: plain text, or a link (internal paths are site-relative). */
export interface FactValue {
  text: string;
  href?: string;
  /** Rendered as code: ids and class names. */
  code?: boolean;
  /**
   * Several ids, each rendered as code with `separator` between them (a weight's other ids);
   * `text` is the same list as plain text.
   */
  codeList?: { items: readonly string[]; separator: string };
  /** The fact is not known; shown as such, styled apart. */
  unknown?: boolean;
  /** Language of `text` when it is not the page's (a license name, a paper title). */
  lang?: string;
  /** Where an imported fact comes from, or how its sources disagree; shown under the value. */
  note?: string;
  /** What the fact means for the family's architecture, or why it has none; shown under it. */
  explanation?: string;
}

/** The facts as every view receives them: the entry's, or `/weights.json`'s (no aliases). */
export type Facts = Omit<WeightFacts, 'aliases'>;

export interface FactContext {
  locale: Locale;
  t: Translate;
  /** The family's architecture (content/families/): it decides how layers read. */
  architecture: ArchitectureKind | null;
  /**
   * The family's notes on what its facts mean (content/families/, `factNotes`). The schema allows
   * notes on some of the recorded facts only; looked up by any of them, the rest have none.
   */
  notes?: Partial<Record<SourcedFact, FamilyFactNote>> | undefined;
}

/** How a weight's facts read in one language: its family's architecture and notes decide. */
export function factContext(
  family: { architecture: ArchitectureKind | null; factNotes?: FamilyFactNotes | undefined },
  locale: Locale,
  t: Translate,
): FactContext {
  return { locale, t, architecture: family.architecture, notes: family.factNotes };
}

/** The facts every view can show, each formatted by `factValue`. */
export const factKeys = [
  'architecture',
  'role',
  'language',
  'provider',
  'layers',
  'layerCount',
  'hiddenSize',
  'embeddingSize',
  'heads',
  'ffnSize',
  'vocabSize',
  'contextLength',
  'tokenizer',
  'parametersPrinted',
  'parametersExact',
  'parametersShort',
  'sizeFp32',
  'sizeFp16',
  'license',
] as const;
export type FactKey = (typeof factKeys)[number];

type SourcedFact = (typeof factNames)[number];

/** Which of the facts' `factSources`/`disagreements` names a view's fact stands for. */
const sourcedAs: Partial<Record<FactKey, SourcedFact>> = {
  layers: 'layers',
  layerCount: 'layers',
  hiddenSize: 'hiddenSize',
  embeddingSize: 'embeddingSize',
  heads: 'heads',
  ffnSize: 'ffnSize',
  vocabSize: 'vocabSize',
  contextLength: 'contextLength',
  parametersPrinted: 'parameters',
};

/**
 * One fact of one weight in the reader's language. A fact no source states is `unknown`, with the
 * wording the page uses for it; a fact the weight does not have at all (ALBERT's embedding size
 * on a GPT) is null, and the view leaves its row out.
 */
export function factValue(key: FactKey, facts: Facts, context: FactContext): FactValue | null {
  const value = plainValue(key, facts, context);
  // A family explains a figure by the same name its sources are recorded under.
  const name = sourcedAs[key];
  const familyNote = name === undefined ? undefined : context.notes?.[name];
  if (value === null || familyNote === undefined) return value;
  // A table cell's bare count has no room for the explanation; it still says "not applicable".
  const explanation = key === 'layerCount' ? undefined : familyNote[context.locale];
  const explained = explanation === undefined ? {} : { explanation };
  // XLNet has no position table: its context length is not applicable rather than unknown.
  if (value.unknown && familyNote.notApplicable) {
    return { text: context.t('fact.notApplicable'), ...explained };
  }
  return { ...value, ...explained };
}

function plainValue(key: FactKey, facts: Facts, context: FactContext): FactValue | null {
  const { locale, t } = context;
  const arch = facts.architecture;
  const unknown: FactValue = { text: t('fact.unknown'), unknown: true };
  const count = (value: number | null): FactValue =>
    value === null ? unknown : { text: formatInteger(value, locale) };
  const exact = facts.parameters.exact;
  const size = (bytesPerParameter: 4 | 2): FactValue =>
    exact === null
      ? { ...unknown, explanation: t('fact.unknownSize') }
      : { text: `≈ ${formatBytes(weightBytes(exact, bytesPerParameter), locale)}` };

  switch (key) {
    case 'architecture':
      return architectureText(context.architecture, t);
    case 'role':
      return arch.role === undefined ? null : { text: t(`role.${arch.role}`) };
    case 'language':
      return { text: languageName(facts.language, locale) };
    case 'provider':
      return { text: t(`provider.${facts.provider}`) };
    case 'layers': {
      if (arch.layers === null) return unknown;
      const layers = formatInteger(arch.layers, locale);
      if (arch.layersShared) return { text: t('fact.layersShared', { layers }) };
      // Only PaddleNLP's page states an encoder–decoder's layers, and it does not say whether it
      // counts one stack or both: the value says so rather than guess.
      const from = facts.factSources?.layers ?? [];
      if (context.architecture === 'encoder-decoder' && from.length === 1 && from[0] === 'page') {
        return { text: t('fact.layersEncoderDecoder', { layers }) };
      }
      return { text: layers };
    }
    case 'layerCount':
      // The number alone, where a table cell has no room to say how the layers are counted.
      return count(arch.layers);
    case 'hiddenSize':
      return count(arch.hiddenSize);
    case 'embeddingSize':
      return arch.embeddingSize === undefined ? null : count(arch.embeddingSize);
    case 'heads':
      return count(arch.heads);
    case 'ffnSize':
      return count(arch.ffnSize);
    case 'vocabSize':
      return count(arch.vocabSize);
    case 'contextLength':
      return arch.contextLength === null
        ? unknown
        : { text: t('fact.contextTokens', { count: formatInteger(arch.contextLength, locale) }) };
    case 'tokenizer':
      return facts.tokenizer === null ? unknown : { text: t(`tokenizer.${facts.tokenizer}`) };
    case 'parametersPrinted':
      return facts.parameters.printed === null ? unknown : { text: facts.parameters.printed };
    case 'parametersExact':
      return exact === null
        ? { ...unknown, explanation: t('fact.unknownExact') }
        : {
            text: t('fact.exactCount', {
              exact: formatInteger(exact, locale),
              short: formatParameterCount(exact, locale),
            }),
          };
    case 'parametersShort':
      // Where a table has room for one short figure: the exact count compacted, else the printed.
      return exact !== null
        ? { text: formatParameterCount(exact, locale) }
        : facts.parameters.printed === null
          ? unknown
          : { text: facts.parameters.printed };
    case 'sizeFp32':
      return size(4);
    case 'sizeFp16':
      return size(2);
    case 'license':
      return facts.license === 'unknown'
        ? // Unknown like every fact no source states, with a word on how far we looked.
          { ...unknown, explanation: t('license.unknown') }
        : {
            // "MIT License (MIT)"; a name that is its SPDX id is said once.
            text:
              facts.license.name === facts.license.spdx
                ? facts.license.name
                : `${facts.license.name} (${facts.license.spdx})`,
            href: facts.license.url,
            lang: 'en',
          };
  }
}

/** A family's architecture, as its page and each of its weights' pages name it. */
export function architectureText(kind: ArchitectureKind | null, t: Translate): FactValue {
  return kind === null ? { text: t('fact.unknown'), unknown: true } : { text: t(`arch.${kind}`) };
}

/** Where PaddleNLP's page and code state the fact differently: both values; else undefined. */
export const disagreementOf = (key: FactKey, facts: Facts) =>
  facts.disagreements?.find((d) => d.field === sourcedAs[key]);

/**
 * Where an imported fact comes from ("from PaddleNLP's code"), or, where PaddleNLP's page and
 * code state it differently, both values, the code's first (it is what `from_pretrained` loads).
 * Null for a hand-verified weight, whose sources are listed once for the whole page.
 */
export function factNote(key: FactKey, facts: Facts, context: FactContext): string | null {
  const name = sourcedAs[key];
  if (name === undefined || facts.factSources === undefined) return null;
  const { locale, t } = context;
  // disagreementOf's lookup, written out: a call cost the compare page's script 12 B gzip, and
  // that page is at its size limit (BENCHMARKS.md).
  const conflict = facts.disagreements?.find((d) => d.field === name);
  if (conflict !== undefined) {
    return t('fact.disagreement', {
      page: formatInteger(conflict.page, locale),
      config: formatInteger(conflict.config, locale),
      file: conflict.configFile,
    });
  }
  const from = facts.factSources[name] ?? [];
  if (from.length === 0) return null;
  return t(
    from.length === 2
      ? 'fact.from.both'
      : from[0] === 'config'
        ? 'fact.from.config'
        : 'fact.from.page',
  );
}

/** A source's name on a page; `quoted` cuts it around a title in another language. */
export interface SourceLabel {
  text: string;
  /** A hand-written label, English whatever the page's language. */
  lang?: 'en';
  /** PaddleNLP's Chinese page title inside an English name, to be marked as Chinese. */
  quoted?: { before: string; title: string; after: string; lang: 'zh-CN' };
}

/**
 * A source as a page in `context`'s language names it: its parts (a zoo page's title and
 * revision, a file of PaddleNLP's code, a paper's arXiv number) worded here, a name as it is, and
 * a free-text label, which is English, as written.
 */
export function sourceLabel(
  source: Source,
  { locale, t }: Pick<FactContext, 'locale' | 't'>,
): SourceLabel {
  switch (source.kind) {
    case undefined:
      return { text: source.label, lang: 'en' };
    case 'zoo-page': {
      // The family page's own words for its source, so both name PaddleNLP's page alike.
      const [before, after] = around(t, 'family.sourceText', 'title', {
        revision: source.revision,
      });
      const text = before + source.title + after;
      return locale === 'zh-cn'
        ? { text }
        : { text, quoted: { before, title: source.title, after, lang: 'zh-CN' } };
    }
    case 'hugging-face':
      return { text: t('source.huggingFace', { name: source.name }) };
    case 'source-code':
      return { text: t('source.code', { file: source.file, revision: source.revision }) };
    case 'paper':
      return { text: t('source.paper', { name: source.name, arxiv: source.arxiv }) };
    case 'link':
      return { text: source.name };
  }
}

/** `factValue` with its source note attached, for the views that show notes. */
export function sourcedFact(key: FactKey, facts: Facts, context: FactContext): FactValue | null {
  const value = factValue(key, facts, context);
  if (value === null || value.unknown) return value;
  const note = factNote(key, facts, context);
  return note === null ? value : { ...value, note };
}
