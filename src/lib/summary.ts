import type { Locale } from '../i18n/locales.ts';
import type { Catalog, Entry, Weight } from './catalog.ts';
import type { WeightProse } from '../schemas/weight.ts';
import { useTranslations, type Translate } from '../i18n/index.ts';
import { formatInteger, languageName, languageTags } from './format.ts';
import { disagreementOf, factContext, factValue, type FactKey } from './fact-values.ts';
import { parameterValue } from './parameters.ts';
import type { ChartInput } from './chart.ts';
import {
  figureColumns,
  pageRowData,
  type FigureColumn,
  type PageRowData,
  type TableRow,
} from './table-state.ts';
import { weightPath } from './urls.ts';
import { taskName } from '../schemas/tasks.ts';

/** One row of the summary table, already formatted for one locale. */
export interface SummaryRow {
  id: string;
  /** Other names of the weight: each is also an anchor on its row (`/en/#distilgpt2`). */
  aliases: string[];
  /** Site-relative; add the base path with `withBase`. */
  path: string;
  language: string;
  /**
   * The figure columns (figureColumns), formatted; null where no source states one (the table
   * shows a dash, read as “unknown”).
   */
  figures: Record<FigureColumn, string | null>;
  /**
   * Where PaddleNLP's page states a figure other than its code's (`disagreements`), the page's,
   * shown under the code's in the cell ("docs: 768": "page" read as the table's pages); the weight
   * page explains it. Only for those cells: a tooltip on each, with the code's file, cost the
   * zoo's first table page 110 B gzip, over its size limit.
   */
  notes?: Partial<Record<FigureColumn, string>>;
  /** "124M" / "1.24 亿", or PaddleNLP's printed figure when the exact count is unknown. */
  parameters: string | null;
  /** The tooltip of the parameters cell ("Exactly 124,439,808 parameters"), or null. */
  parametersTitle: string | null;
  details: string;
  /** The details' language where it is not the page's (PaddleNLP's English note quoted). */
  detailsLang?: string;
  /** Where the details link, when all they say is where to look (“See its page on Hugging Face.”). */
  detailsUrl?: string;
  /** Raw values the table script filters and sorts by. */
  data: TableRow;
}

/**
 * A row as `/{locale}/table.json` carries it for the table script: its data without what the row
 * shows anyway (`pageRowData`, as a page's rows). The copies were a fifth of the file (the zoo's,
 * gzip).
 */
export type TableJsonRow = Omit<SummaryRow, 'data'> & { data: PageRowData };

export function tableJsonRow({ data, ...row }: SummaryRow): TableJsonRow {
  return { ...row, data: pageRowData(data) };
}

export interface FacetOption {
  value: string;
  label: string;
}

export function summaryRows(catalog: Catalog<Entry<WeightProse>>, locale: Locale): SummaryRow[] {
  const t = useTranslations(locale);
  return catalog.weights.map(({ id, facts, prose, family, zoo }) => {
    const { layers, hiddenSize, heads } = facts.architecture;
    const context = factContext(zoo, locale, t);
    // A cell is the page's value, or null for the dash the table reads as "unknown".
    const cell = (key: FactKey) => {
      const value = factValue(key, facts, context);
      return value === null || value.unknown ? null : value.text;
    };
    const figures = {} as SummaryRow['figures'];
    const notes: SummaryRow['notes'] = {};
    for (const { column, fact } of figureColumns) {
      figures[column] = cell(fact);
      const conflict = disagreementOf(fact, facts);
      if (conflict === undefined) continue;
      notes[column] = t('table.pageSays', { value: formatInteger(conflict.page, locale) });
    }
    const exact = facts.parameters.exact;
    const exactText = exact === null ? null : formatInteger(exact, locale);
    return {
      id,
      aliases: facts.aliases,
      path: weightPath(locale, id),
      language: cell('language') ?? '',
      figures,
      ...(Object.keys(notes).length > 0 && { notes }),
      parameters: cell('parametersShort'),
      parametersTitle: exactText === null ? null : t('params.exactTitle', { exact: exactText }),
      details: prose[locale].data.details,
      ...(prose[locale].data.detailsLang !== undefined && {
        detailsLang: prose[locale].data.detailsLang,
      }),
      ...(prose[locale].data.detailsUrl !== undefined && {
        detailsUrl: prose[locale].data.detailsUrl,
      }),
      data: {
        id,
        language: languageTags(facts.language).join(' '),
        languageName: languageName(facts.language, locale),
        family: zoo.id,
        series: family.id,
        tasks: (zoo.zoo?.tasks ?? []).join(' '),
        provider: facts.provider,
        layers,
        hidden: hiddenSize,
        heads,
        params: parameterValue(facts.parameters),
        details: prose[locale].data.details,
      },
    };
  });
}

/**
 * The values each filter offers, from the weights themselves, labelled in the page's language.
 * The family filter offers families where the weights span several (the home page), and the
 * model lines within one family on that family's page (GPT-2, DialoGPT, CPM…). A filter that
 * would narrow nothing offers nothing (`facetOptions`), and the table leaves it out.
 */
export function tableFacets(
  weights: readonly Weight<Entry<WeightProse>>[],
  locale: Locale,
  t: Translate,
): Record<'language' | 'family' | 'provider' | 'task', FacetOption[]> {
  const families = facetOptions(
    weights.map((w) => [{ value: w.zoo.id, label: w.zoo.name }]),
    locale,
  );
  return {
    language: facetOptions(
      weights.map((w) =>
        languageTags(w.facts.language).map((tag) => ({
          value: tag,
          label: languageName(tag, locale),
        })),
      ),
      locale,
    ),
    family:
      families.length > 0
        ? families
        : facetOptions(
            // A weight of no line of its own has its family as its line: choosing that would
            // match every row of the family (applyTableState), so it is no option.
            weights.map((w) =>
              w.family.id === w.zoo.id ? [] : [{ value: w.family.id, label: w.family.name }],
            ),
            locale,
          ),
    provider: facetOptions(
      weights.map((w) => [{ value: w.facts.provider, label: t(`provider.${w.facts.provider}`) }]),
      locale,
    ),
    task: facetOptions(
      weights.map((w) =>
        (w.zoo.zoo?.tasks ?? []).map((task) => ({ value: task, label: taskName(t, task) })),
      ),
      locale,
    ),
  };
}

/**
 * A filter's options, each once, in the locale's order, from each weight's values: none where no
 * option would leave out a weight. Tasks are a family's, so on a family's page every weight has
 * every task, and "Family's task" would show the same table whatever was chosen; a page of one
 * weight has nothing to filter at all.
 */
export function facetOptions(
  valuesOfEach: readonly (readonly FacetOption[])[],
  locale: Locale,
): FacetOption[] {
  const options = [...new Map(valuesOfEach.flat().map((o) => [o.value, o])).values()];
  const narrows = options.some((option) =>
    valuesOfEach.some((values) => !values.some((v) => v.value === option.value)),
  );
  return narrows ? options.sort((a, b) => a.label.localeCompare(b.label, locale)) : [];
}

/**
 * The id of an empty element right after the summary table, which a page with the table names in
 * `<link rel="expect" blocking="render">`: the browser paints the page once the whole table is
 * parsed. Painted while rows were still arriving, the table laid its columns out again as longer
 * rows came in, and the columns moved (a layout shift of 0.027 on GPT's family page with the CPU
 * throttled 4×; 0.006–0.009 unthrottled).
 */
export const summaryEndId = 'summary-end';

/** Above this many weights the chart would be a wall of bars: it keeps the official ones. */
export const CHART_LIMIT = 60;

/**
 * The chart's input: each weight's family and size. A large catalog charts PaddleNLP's official
 * weights only (`partial`), the community long tail being in the table.
 */
export function chartInput(
  weights: readonly Weight<Entry<WeightProse>>[],
  locale: Locale,
  t: Translate,
): {
  weights: ChartInput[];
  partial: boolean;
  /** Too many sized weights to draw: only PaddleNLP's own are charted. */
  officialOnly: boolean;
} {
  // A weight whose size no source states has no bar to draw.
  const sized = weights.flatMap((w) => {
    const params = parameterValue(w.facts.parameters);
    return params === null ? [] : [{ w, params }];
  });
  const officialOnly = sized.length > CHART_LIMIT;
  const chosen = officialOnly
    ? sized.filter(({ w }) => w.facts.provider === 'paddlenlp').slice(0, CHART_LIMIT)
    : sized;
  return {
    partial: chosen.length < weights.length,
    officialOnly,
    weights: chosen.map(({ w, params }) => ({
      id: w.id,
      family: { id: w.family.id, name: w.family.name, order: w.family.order },
      params,
      // The table's words for the figure: a printed "108M" stays as printed, in either language.
      label: factValue('parametersShort', w.facts, factContext(w.zoo, locale, t))?.text ?? '',
    })),
  };
}
