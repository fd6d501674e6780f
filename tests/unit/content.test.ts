/**
 * The content is the site's source of truth, so it is checked against an independent source:
 * PaddleNLP's original "GPT模型汇总" table (tests/fixtures/gpt-model-summary.rst, a copy of the
 * page this catalog started from), and the parameter formula of ../shared/FACTS.md.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildCatalog } from '../../src/lib/catalog.ts';
import { decoderParameterCount } from '../../src/lib/parameters.ts';
import { languageName, languageTags } from '../../src/lib/format.ts';
import { localeCodes } from '../../src/i18n/locales.ts';
import { loadFamilies, loadSeries, loadWeights } from '../helpers/content.ts';

interface OriginalRow {
  id: string;
  language: string;
  layers: number;
  hidden: number;
  heads: number;
  printed: string;
}

function originalTable(): OriginalRow[] {
  const rst = readFileSync(
    join(import.meta.dirname, '..', 'fixtures', 'gpt-model-summary.rst'),
    'utf8',
  );
  // Each row starts with |``id``| and runs until the next +---- border.
  const blocks = rst.split(/^\+[-=]+\+[-=]+\+[-=]+\+$/m).filter((block) => block.includes('``'));
  return blocks.map((block) => {
    const cells = block
      .trim()
      .split('\n')
      .map((line) => line.split('|').map((cell) => cell.trim()));
    const id = /``(.+?)``/.exec(cells[0]?.[1] ?? '')?.[1] ?? '';
    const details = cells.map((c) => c[3] ?? '').join(' ');
    const figures = /(\d+)-layer, (\d+)-hidden, (\d+)-heads, ([\d.]+[MB]) parameters/.exec(details);
    if (!figures) throw new Error(`cannot read the row of ${id}`);
    return {
      id,
      language: cells[0]?.[2] ?? '',
      layers: Number(figures[1]),
      hidden: Number(figures[2]),
      heads: Number(figures[3]),
      printed: figures[4] ?? '',
    };
  });
}

const weights = loadWeights();
const original = originalTable();

describe('content/ against PaddleNLP’s original table', () => {
  it('has a hand-verified entry for every weight of the original table, and only those', () => {
    expect(original.length).toBeGreaterThan(0);
    const verified = weights.filter((w) => w.facts.origin === undefined);
    expect(verified.map((w) => w.id).sort()).toEqual(original.map((row) => row.id).sort());
  });

  for (const row of original) {
    it(`${row.id}: language, layers, hidden size, heads and printed parameters match`, () => {
      const weight = weights.find((w) => w.id === row.id);
      expect(weight).toBeDefined();
      const { facts } = weight!;
      expect({ Chinese: 'zh', English: 'en' }[row.language]).toBe(facts.language);
      expect(facts.architecture.layers).toBe(row.layers);
      expect(facts.architecture.hiddenSize).toBe(row.hidden);
      expect(facts.architecture.heads).toBe(row.heads);
      expect(facts.parameters.printed).toBe(row.printed);
    });
  }
});

describe('content/ is internally consistent', () => {
  it('builds into a valid catalog', () => {
    const families = loadFamilies();
    const catalog = buildCatalog({
      facts: weights.map((w) => ({ id: w.id, data: w.facts })),
      prose: weights.flatMap((w) =>
        Object.entries(w.prose).map(([locale, p]) => ({
          id: `${locale}/${w.id}`,
          body: p.body,
          data: p,
        })),
      ),
      families: [...families].map(([id, data]) => ({ id, data })),
      series: [...loadSeries()].map(([id, data]) => ({ id, data })),
    });
    expect(catalog.weights).toHaveLength(weights.length);
  });

  // An exact count is stated only where the decoder formula (src/lib/parameters.ts) gives it.
  for (const weight of weights.filter((w) => w.facts.parameters.exact !== null)) {
    it(`${weight.id}: the exact parameter count follows from its architecture`, () => {
      expect(weight.facts.parameters.exact).toBe(decoderParameterCount(weight.facts.architecture));
    });
  }

  it('gives GPT-2 small the exact count FACTS.md states', () => {
    const gpt2 = weights.find((w) => w.id === 'gpt2-en');
    expect(gpt2?.facts.parameters.exact).toBe(124_439_808);
  });
});

describe('content/ typography', () => {
  // Weight prose is rendered as written (src/lib/prose.ts has no smart quotes, unlike Astro's
  // Markdown for the site's own pages): an apostrophe typed as ' would show straight beside the
  // importer's and the dictionaries' ’.
  it('writes apostrophes in weight prose as ’, outside code and tags', () => {
    const straight = weights.flatMap((w) =>
      Object.entries(w.prose).flatMap(([locale, p]) =>
        p.body
          .split(/(`[^`]*`|<[^>]*>)/)
          .filter((part) => !part.startsWith('`') && !part.startsWith('<'))
          .flatMap((part) => part.match(/\p{L}'\p{L}/gu) ?? [])
          .map((found) => `${locale}/${w.id}: ${found}`),
      ),
    );
    expect(straight).toEqual([]);
  });
});

describe('content/ languages', () => {
  it('gives every training language of content a name in each language, never its bare tag', () => {
    const tags = [...new Set(loadWeights().flatMap((w) => languageTags(w.facts.language)))];
    expect(tags.length).toBeGreaterThan(1);
    for (const locale of localeCodes) {
      const bare = tags.filter((tag) => languageName(tag, locale) === tag);
      expect(bare, locale).toEqual([]);
    }
  });
});
