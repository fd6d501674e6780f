/**
 * Reads the real content/ folder the way the site's glob loaders do, for tests that check the
 * content itself (against PaddleNLP's original table) or compare pages with it.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parse } from 'yaml';
import { localeCodes, type Locale } from '../../src/i18n/locales.ts';
import {
  familySchema,
  seriesSchema,
  siteTextSchema,
  type Series,
  type SiteText,
  weightFactsSchema,
  weightProseSchema,
  type Family,
  type WeightFacts,
  type WeightProse,
} from '../../src/schemas/weight.ts';

export const contentDir = join(import.meta.dirname, '..', '..', 'content');

function filesUnder(dir: string, extension: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith(extension))
    .map((file) => file.replaceAll('\\', '/'))
    .sort();
}

export interface ContentWeight {
  id: string;
  facts: WeightFacts;
  prose: Record<Locale, WeightProse & { body: string }>;
}

/** The site's own words in a language (content/site/<locale>.yaml): its name, its intro. */
export function loadSiteText(locale: Locale): SiteText {
  return siteTextSchema.parse(
    parse(readFileSync(join(contentDir, 'site', `${locale}.yaml`), 'utf8')),
  );
}

export function loadFamilies(): Map<string, Family> {
  const dir = join(contentDir, 'families');
  return new Map(
    filesUnder(dir, '.yaml').map((file) => [
      file.replace(/\.yaml$/, ''),
      familySchema.parse(parse(readFileSync(join(dir, file), 'utf8'))),
    ]),
  );
}

export function loadSeries(): Map<string, Series> {
  const dir = join(contentDir, 'series');
  return new Map(
    filesUnder(dir, '.yaml').map((file) => [
      file.replace(/\.yaml$/, ''),
      seriesSchema.parse(parse(readFileSync(join(dir, file), 'utf8'))),
    ]),
  );
}

export function loadWeights(): ContentWeight[] {
  const factsDir = join(contentDir, 'weights', 'facts');
  return filesUnder(factsDir, '.yaml').map((file) => {
    const id = file.replace(/\.yaml$/, '');
    const facts = weightFactsSchema.parse(parse(readFileSync(join(factsDir, file), 'utf8')));
    const prose = Object.fromEntries(
      localeCodes.map((locale) => {
        const path = join(contentDir, 'weights', locale, `${id}.mdx`);
        const source = readFileSync(path, 'utf8');
        const match = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/.exec(source);
        if (!match) throw new Error(`${relative(contentDir, path)} has no frontmatter`);
        const data = weightProseSchema.parse(parse(match[1] ?? ''));
        return [locale, { ...data, body: match[2] ?? '' }];
      }),
    ) as ContentWeight['prose'];
    return { id, facts, prose };
  });
}

/** The weights whose facts were verified by hand (no `origin`): the pages tested fact by fact. */
export function verifiedWeights(weights: ContentWeight[] = loadWeights()): ContentWeight[] {
  return weights.filter((w) => w.facts.origin === undefined);
}

/**
 * The first imported weight (by id) of each kind of page the import makes: a page-vs-code
 * disagreement, ALBERT's shared layers, an ELECTRA role, several languages, a weight no longer
 * listed, a renamed one, one with no size. What axe checks of the imported pages.
 */
export function importedKinds(weights: ContentWeight[] = loadWeights()): ContentWeight[] {
  const imported = importedById(weights);
  const kinds: ((w: ContentWeight) => boolean)[] = [
    (w) => (w.facts.disagreements?.length ?? 0) > 0,
    (w) => w.facts.architecture.layersShared === true,
    (w) => w.facts.architecture.role !== undefined,
    (w) => Array.isArray(w.facts.language),
    (w) => w.facts.listing?.listed === false,
    (w) => w.facts.aliases.length > 0,
    (w) => w.facts.architecture.layers === null && w.facts.parameters.printed === null,
  ];
  return [...new Set(kinds.flatMap((kind) => imported.find(kind) ?? []))];
}

/**
 * A deterministic sample of the imported weights for the browser tests, which cannot open every
 * page of a 500-weight catalog in time: the first weight of every family by id, and the imported
 * page kinds (`importedKinds`). Every page's HTML is still checked without a browser (npm run
 * test:html, html-validity.spec.ts).
 */
export function sampleWeights(weights: ContentWeight[] = loadWeights()): ContentWeight[] {
  const picks = new Map<string, ContentWeight>();
  for (const weight of importedById(weights)) {
    if (![...picks.values()].some((p) => p.facts.family === weight.facts.family)) {
      picks.set(weight.id, weight);
    }
  }
  for (const weight of importedKinds(weights)) picks.set(weight.id, weight);
  return [...picks.values()];
}

const importedById = (weights: ContentWeight[]) =>
  weights
    .filter((w) => w.facts.origin === 'imported')
    .sort((a, b) => a.id.localeCompare(b.id, 'en'));

/**
 * What the compare tests put side by side: a hand-verified weight, the first imported one whose
 * page and code disagree, and the first whose family explains a fact (`factNotes`), if any:
 * every kind of note a compared cell can carry.
 */
export function compareSample(
  weights: ContentWeight[] = loadWeights(),
  families: Map<string, Family> = loadFamilies(),
): { ids: string[]; disagreeing: ContentWeight; explained: ContentWeight | undefined } {
  const disagreeing = importedKinds(weights)[0]!;
  const explained = weights.find((w) => families.get(w.facts.family)?.factNotes !== undefined);
  return {
    ids: ['gpt2-en', disagreeing.id, ...(explained ? [explained.id] : [])],
    disagreeing,
    explained,
  };
}

/** The families of the catalog's weights (content/families/), by slug. */
export function familiesOf(weights: ContentWeight[] = loadWeights()): Map<string, ContentWeight[]> {
  const families = new Map<string, ContentWeight[]>();
  for (const weight of weights) {
    families.set(weight.facts.family, [...(families.get(weight.facts.family) ?? []), weight]);
  }
  return families;
}
