import { describe, expect, it } from 'vitest';
import { chartLayout, logScale } from '../../src/lib/chart.ts';
import { compareRows, parseCompareIds } from '../../src/lib/compare.ts';
import { useTranslations } from '../../src/i18n/index.ts';
import { factsEntry } from '../helpers/entries.ts';
import { buildCatalog } from '../../src/lib/catalog.ts';
import { catalogJson } from '../../src/lib/catalog-json.ts';
import { buildLookup } from '../../src/lib/lookup.ts';
import { validInput } from '../helpers/entries.ts';

describe('logScale', () => {
  it('maps powers of ten to even steps between 0 and 1', () => {
    expect(logScale(1e7, 1e7, 1e10)).toBe(0);
    expect(logScale(1e8, 1e7, 1e10)).toBeCloseTo(1 / 3);
    expect(logScale(1e10, 1e7, 1e10)).toBeCloseTo(1);
  });
});

describe('chartLayout', () => {
  const family = (id: string, order: number) => ({ id, name: id.toUpperCase(), order });
  const layout = chartLayout([
    { id: 'b', family: family('gpt2', 2), params: 124_439_808, label: '' },
    { id: 'a', family: family('cpm', 1), params: 2_597_073_920, label: '' },
    { id: 'c', family: family('gpt2', 2), params: 81_912_576, label: '' },
  ]);
  const bars = layout.groups.flatMap((g) => g.bars);
  const byId = Object.fromEntries(bars.map((b) => [b.id, b]));

  it('spans whole powers of ten around the data, evenly spaced from one end to the other', () => {
    expect(layout.ticks.map((t) => t.value)).toEqual([1e7, 1e8, 1e9, 1e10]);
    const at = layout.ticks.map((t) => t.at);
    expect(at[0]).toBe(0);
    expect(at.at(-1)).toBeCloseTo(1);
    // The page draws the gridlines as a pattern of equal steps (ParameterChart.astro).
    for (const [i, x] of at.entries()) expect(x).toBeCloseTo(i / (at.length - 1));
  });

  it('groups bars by family order, smallest first within a family', () => {
    expect(layout.groups.map((g) => [g.familyId, g.bars.map((b) => b.id)])).toEqual([
      ['cpm', ['a']],
      ['gpt2', ['c', 'b']],
    ]);
    expect(layout.groups.map((g) => g.index)).toEqual([0, 1]);
  });

  it('gives a bar the fraction of the plot its size reaches on the log scale', () => {
    expect(byId['a']!.size).toBeCloseTo(logScale(2_597_073_920, 1e7, 1e10));
    expect(byId['a']!.size).toBeGreaterThan(byId['b']!.size);
    expect(byId['b']!.size).toBeGreaterThan(byId['c']!.size);
    for (const bar of bars) {
      expect(bar.size).toBeGreaterThan(0);
      expect(bar.size).toBeLessThanOrEqual(1);
    }
  });

  it('starts the axis at least a factor 2 below the smallest weight, so no bar is a sliver', () => {
    const near = chartLayout([
      { id: 'small', family: family('bert', 1), params: 102_000_000, label: '' },
      { id: 'large', family: family('bert', 1), params: 336_000_000, label: '' },
    ]);
    expect(near.ticks[0]?.value).toBe(1e7);
    const bars = near.groups[0]!.bars;
    for (const bar of bars) expect(bar.size).toBeGreaterThanOrEqual(logScale(2, 1, 10 ** 2));
    // A weight of exactly a power of ten still gets a bar.
    expect(
      chartLayout([{ id: 'x', family: family('a', 1), params: 1e8, label: '' }]).ticks[0]?.value,
    ).toBe(1e7);
  });

  it('refuses an empty chart', () => {
    expect(() => chartLayout([])).toThrow(/at least one weight/);
  });
});

describe('parseCompareIds', () => {
  const lookup = buildLookup([
    { id: 'gpt2-en', aliases: [] },
    { id: 'junnyu/distilgpt2', aliases: ['distilgpt2'] },
    { id: 'gpt2-xl-en', aliases: [] },
  ]);

  it('resolves ids, aliases and other cases, dropping repeats', () => {
    expect(parseCompareIds('GPT2-EN, distilgpt2,gpt2-en', lookup)).toEqual({
      ok: true,
      ids: ['gpt2-en', 'junnyu/distilgpt2'],
      unknown: [],
    });
  });

  it('leaves out and names the ids it does not know, comparing the rest', () => {
    expect(parseCompareIds('gpt2-en,gpt9,gpt2-xl-en,x', lookup)).toEqual({
      ok: true,
      ids: ['gpt2-en', 'gpt2-xl-en'],
      unknown: ['gpt9', 'x'],
    });
    expect(parseCompareIds('gpt2-en,gpt9', lookup)).toEqual({
      ok: false,
      reason: 'count',
      count: 1,
      unknown: ['gpt9'],
    });
  });

  it('asks for two to four weights', () => {
    expect(parseCompareIds(null, lookup)).toEqual({
      ok: false,
      reason: 'count',
      count: 0,
      unknown: [],
    });
    expect(parseCompareIds('gpt2-en,GPT2-en', lookup)).toEqual({
      ok: false,
      reason: 'count',
      count: 1,
      unknown: [],
    });
  });
});

describe('compareRows', () => {
  const t = useTranslations('en');

  it('marks the facts on which the weights differ, worded as the weight pages word them', () => {
    const json = catalogJson(buildCatalog(validInput()), (p) => p);
    const rows = compareRows(json.weights, 'en', t, { cpm: { architecture: 'decoder' } });
    const row = (key: string) => rows.find((r) => r.key === key)!;
    const texts = (key: string) => row(key).values.map((v) => v.text);
    // Catalog order: the smaller distilled weight first.
    expect(texts('layers')).toEqual(['12', '32']);
    expect(row('layers').differs).toBe(true);
    expect(texts('vocabSize')).toEqual(['30,000', '30,000']);
    expect(row('vocabSize').differs).toBe(false);
    expect(texts('contextLength')).toEqual(['1,024 tokens', '1,024 tokens']);
    expect(texts('architecture')).toEqual(['Decoder-only Transformer', 'Decoder-only Transformer']);
    expect(row('license').values[0]).toMatchObject({
      unknown: true,
      text: t('fact.unknown'),
      explanation: t('license.unknown'),
    });
    expect(texts('parametersExact')[1]).toBe('2,597,073,920 (2.6B)');
    expect(row('parametersExact').label).toBe('Exact parameter count');
  });

  it('shows where an imported fact comes from, and both values where the sources disagree', () => {
    const input = validInput();
    input.facts[0] = factsEntry('gpt-cpm-large-cn', {
      origin: 'imported',
      factSources: { layers: ['page', 'config'], heads: ['config'] },
      disagreements: [{ field: 'heads', page: 16, config: 32, configFile: 'cpm/configuration.py' }],
    });
    const json = catalogJson(buildCatalog(input), (p) => p);
    const rows = compareRows(json.weights, 'en', t, { cpm: { architecture: 'decoder' } });
    const large = (key: string) => rows.find((r) => r.key === key)!.values[1]!;
    expect(large('layers').note).toBe(t('fact.from.both'));
    expect(large('heads')).toMatchObject({ text: '32' });
    expect(large('heads').note).toBe(
      t('fact.disagreement', { page: '16', config: '32', file: 'cpm/configuration.py' }),
    );
    // The hand-verified weight has no per-fact notes.
    expect(rows.find((r) => r.key === 'layers')!.values[0]!.note).toBeUndefined();
  });
});
