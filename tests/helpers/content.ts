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
  type Series,
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
