import { isLocale, localeCodes, type Locale } from '../i18n/locales.ts';
import { comparePrinted } from './parameters.ts';
import { weightLinksOf, type RenderedLinks } from './weight-links.ts';
import {
  weightIdSchema,
  type Family,
  type Series,
  type WeightFacts,
  type WeightProse,
} from '../schemas/weight.ts';

/** What this module needs of a content entry; Astro's `CollectionEntry` fits. */
export interface Entry<D> extends RenderedLinks {
  id: string;
  filePath?: string | undefined;
  data: D;
}

export interface Weight<P extends Entry<WeightProse> = Entry<WeightProse>> {
  /** The id exactly as PaddleNLP spells it. */
  id: string;
  facts: WeightFacts;
  /**
   * The line the weight belongs to, as every view groups and names it: its series (GPT-2,
   * DialoGPT) where it has one, else its family. Its paper is the one the weight page cites.
   */
  family: { id: string; name: string; order: number; paper: Family['paper'] };
  /** PaddleNLP's family page the weight is listed on (content/families/). */
  zoo: { id: string } & Family;
  /** One prose entry per site locale; the build fails before a locale can be missing. */
  prose: Record<Locale, P>;
  factsFile: string;
}

export interface Catalog<P extends Entry<WeightProse> = Entry<WeightProse>> {
  /** In the order PaddleNLP's own table lists them (see `compareWeights`). */
  weights: Weight<P>[];
  byId: Map<string, Weight<P>>;
}

export interface CatalogProblem {
  file: string;
  field: string;
  message: string;
}

/** Thrown when content breaks a rule that spans entries; lists every problem, not just the first. */
export class CatalogError extends Error {
  readonly problems: CatalogProblem[];
  constructor(problems: CatalogProblem[]) {
    super(
      `The weights catalog has ${problems.length} problem${problems.length === 1 ? '' : 's'}:\n` +
        problems.map((p) => `  ${p.file}: ${p.field}: ${p.message}`).join('\n'),
    );
    this.name = 'CatalogError';
    this.problems = problems;
  }
}

export interface CatalogInput<P extends Entry<WeightProse>> {
  facts: Entry<WeightFacts>[];
  prose: P[];
  families: Entry<Family>[];
  /** Model lines within families (content/series/); optional for small test catalogs. */
  series?: Entry<Series>[];
  /** Where content lives, only to name files in messages (`content`). */
  root?: string;
}

/**
 * Joins facts, prose and families into one catalog and enforces the rules no single entry's
 * schema can see: every weight has prose in every locale and nothing else, ids are unique even
 * ignoring case (URLs and case-insensitive file systems), and references point at real entries.
 */
export function buildCatalog<P extends Entry<WeightProse>>(input: CatalogInput<P>): Catalog<P> {
  const root = input.root ?? 'content';
  const problems: CatalogProblem[] = [];
  const factsFile = (id: string) => `${root}/weights/facts/${id}.yaml`;
  const proseFile = (locale: string, id: string) => `${root}/weights/${locale}/${id}.mdx`;
  const fileOf = (entry: Entry<unknown>, fallback: string) => entry.filePath ?? fallback;

  const facts = new Map(input.facts.map((entry) => [entry.id, entry]));
  const families = new Map(input.families.map((entry) => [entry.id, entry]));
  const series = new Map((input.series ?? []).map((entry) => [entry.id, entry]));

  // Ids and aliases: valid, and unique without regard to case, since both become URLs and the
  // 404 page resolves URLs case-insensitively.
  const seen = new Map<string, { name: string; file: string }>();
  for (const entry of input.facts) {
    const file = fileOf(entry, factsFile(entry.id));
    const valid = weightIdSchema.safeParse(entry.id);
    if (!valid.success) {
      problems.push({
        file,
        field: 'id',
        message: `"${entry.id}" is not a valid weight id: ${valid.error.issues[0]?.message}`,
      });
    }
    const names: [string, string][] = [
      [entry.id, 'id'],
      ...entry.data.aliases.map((alias, i): [string, string] => [alias, `aliases.${i}`]),
    ];
    for (const [name, field] of names) {
      const key = name.toLowerCase();
      const other = seen.get(key);
      if (other === undefined) {
        seen.set(key, { name, file });
        continue;
      }
      const same =
        other.name === name
          ? `"${name}" is already used`
          : `"${name}" differs only in case from "${other.name}"`;
      problems.push({
        file,
        field,
        message: `duplicate id: ${same}${other.file === file ? ' in this file' : ` (${other.file})`}`,
      });
    }
  }

  // Prose: under a locale folder, for a weight that has facts, once per locale.
  const prose = new Map<string, Partial<Record<Locale, P>>>();
  for (const entry of input.prose) {
    const [locale = '', ...rest] = entry.id.split('/');
    const weightId = rest.join('/');
    const file = fileOf(entry, `${root}/weights/${entry.id}.mdx`);
    if (!isLocale(locale) || weightId === '') {
      problems.push({
        file,
        field: 'path',
        message: `prose must live in content/weights/<locale>/ where <locale> is one of ${localeCodes.join(', ')}`,
      });
      continue;
    }
    if (!facts.has(weightId)) {
      problems.push({
        file,
        field: 'id',
        message: `no weight "${weightId}": add ${factsFile(weightId)} or fix the file name`,
      });
      continue;
    }
    for (const target of weightLinksOf(entry)) {
      if (!facts.has(target)) {
        problems.push({
          file,
          field: 'body',
          message: `<WeightLink id="${target}" /> points to no weight${suggest(target, facts.keys())}`,
        });
      }
    }
    const byLocale = prose.get(weightId) ?? {};
    byLocale[locale] = entry;
    prose.set(weightId, byLocale);
  }

  const weights: Weight<P>[] = [];
  for (const entry of input.facts) {
    const file = fileOf(entry, factsFile(entry.id));
    const byLocale = prose.get(entry.id) ?? {};
    const missing = localeCodes.filter((locale) => byLocale[locale] === undefined);
    for (const locale of missing) {
      problems.push({
        file,
        field: `translation.${locale}`,
        message: `missing translation: add ${proseFile(locale, entry.id)}`,
      });
    }

    const family = families.get(entry.data.family);
    if (family === undefined) {
      problems.push({
        file,
        field: 'family',
        message: `unknown family "${entry.data.family}": known families are ${[...families.keys()].join(', ') || 'none'} (content/families/)`,
      });
    }

    const line = entry.data.series === undefined ? family : series.get(entry.data.series);
    if (entry.data.series !== undefined && line === undefined) {
      problems.push({
        file,
        field: 'series',
        message: `unknown series "${entry.data.series}": known series are ${[...series.keys()].join(', ') || 'none'} (content/series/)`,
      });
    }

    const teacher = entry.data.lineage.distilledFrom;
    if (teacher !== undefined && (teacher === entry.id || !facts.has(teacher))) {
      problems.push({
        file,
        field: 'lineage.distilledFrom',
        message:
          teacher === entry.id
            ? 'a weight cannot be distilled from itself'
            : `no weight "${teacher}" in the catalog${suggest(teacher, facts.keys())}`,
      });
    }

    const { printed, exact } = entry.data.parameters;
    if (printed !== null && exact !== null && comparePrinted(printed, exact) === 'differs') {
      for (const locale of localeCodes) {
        const text = byLocale[locale];
        if (text !== undefined && text.data.parametersNote === undefined) {
          problems.push({
            file: fileOf(text, proseFile(locale, entry.id)),
            field: 'parametersNote',
            message: `PaddleNLP prints ${printed} but the exact count is ${exact}: say why in parametersNote`,
          });
        }
      }
    }

    if (missing.length === 0 && family !== undefined && line !== undefined) {
      const { name, order, paper } = line.data;
      weights.push({
        id: entry.id,
        facts: entry.data,
        family: { id: line.id, name, order, paper },
        zoo: { id: family.id, ...family.data },
        prose: byLocale as Record<Locale, P>,
        factsFile: file,
      });
    }
  }

  if (problems.length > 0) throw new CatalogError(problems);

  weights.sort(compareWeights);
  return { weights, byId: new Map(weights.map((w) => [w.id, w])) };
}

/**
 * The default table order, close to PaddleNLP's own: official weights before community
 * conversions, then by family (`order` in content/families/), then smallest first. Derived from
 * facts so that a new weight finds its place without a hand-kept list.
 */
export function compareWeights(
  a: Weight<Entry<WeightProse>>,
  b: Weight<Entry<WeightProse>>,
): number {
  return (
    rank(a.facts.provider) - rank(b.facts.provider) ||
    a.zoo.order - b.zoo.order ||
    a.family.order - b.family.order ||
    (a.facts.parameters.exact ?? 0) - (b.facts.parameters.exact ?? 0) ||
    a.id.localeCompare(b.id)
  );
}

function rank(provider: WeightFacts['provider']): number {
  return provider === 'paddlenlp' ? 0 : 1;
}

/** ` (did you mean "x"?)` when an id differs from a known one only in case. */
function suggest(id: string, known: Iterable<string>): string {
  for (const candidate of known) {
    if (candidate.toLowerCase() === id.toLowerCase()) return ` (did you mean "${candidate}"?)`;
  }
  return '';
}
