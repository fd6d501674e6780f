import { describe, expect, it } from 'vitest';
import { buildCatalog } from '../../src/lib/catalog.ts';
import { catalogJson } from '../../src/lib/catalog-json.ts';
import { weightSections } from '../../src/lib/facts.ts';
import { compareRowKeys } from '../../src/lib/compare.ts';
import { decoderParameterCount } from '../../src/lib/parameters.ts';
import { relatedWeights } from '../../src/lib/related.ts';
import { searchBundleProblem, searchBundles } from '../../src/lib/search-index.ts';
import { chartInput, facetOptions, summaryRows, tableJsonRow } from '../../src/lib/summary.ts';
import { pageRowData } from '../../src/lib/table-state.ts';
import { usageSnippet } from '../../src/lib/usage.ts';
import { weightLinksOf } from '../../src/lib/weight-links.ts';
import { useTranslations } from '../../src/i18n/index.ts';
import {
  factsEntry,
  familyEntry,
  proseEntry,
  teacherFacts,
  validInput,
} from '../helpers/entries.ts';

describe('decoderParameterCount', () => {
  it('reproduces the GPT-2 small count of FACTS.md', () => {
    const arch = {
      layers: 12,
      hiddenSize: 768,
      heads: 12,
      ffnSize: 3072,
      vocabSize: 50257,
      contextLength: 1024,
    };
    expect(decoderParameterCount(arch)).toBe(124_439_808);
  });

  it('uses the real feed-forward width rather than assuming 4 × hidden', () => {
    const arch = { layers: 1, hiddenSize: 2, heads: 1, ffnSize: 3, vocabSize: 5, contextLength: 7 };
    // V·H + P·H + L·(4H² + 4H + 2HF + F + H + 4H) + 2H = 10 + 14 + (16 + 8 + 12 + 3 + 2 + 8) + 4
    expect(decoderParameterCount(arch)).toBe(77);
  });

  it('gives no figure when one it needs is unknown', () => {
    expect(decoderParameterCount({ ...teacherFacts.architecture, vocabSize: null })).toBeNull();
  });
});

describe('usageSnippet', () => {
  it('imports and loads the classes the entry names, with the exact id', () => {
    const code = usageSnippet('junnyu/uer-gpt2-chinese-poem', {
      modelClass: 'GPTForGreedyGeneration',
      tokenizerClass: 'BertTokenizer',
    });
    expect(code).toContain(
      'from paddlenlp.transformers import BertTokenizer, GPTForGreedyGeneration',
    );
    expect(code).toContain(
      'tokenizer = BertTokenizer.from_pretrained("junnyu/uer-gpt2-chinese-poem")',
    );
    expect(code).toContain(
      'model = GPTForGreedyGeneration.from_pretrained("junnyu/uer-gpt2-chinese-poem")',
    );
  });
});

describe('weightLinksOf', () => {
  it('reads the ids the prose loader rendered as links', () => {
    expect(weightLinksOf({ rendered: { metadata: { weightLinks: ['gpt2-en'] } } })).toEqual([
      'gpt2-en',
    ]);
    expect(weightLinksOf({})).toEqual([]);
  });
});

describe('relatedWeights', () => {
  it('links a student to its teacher and a teacher to its students', () => {
    const catalog = buildCatalog(validInput());
    const student = catalog.byId.get('gpt-cpm-small-cn-distill')!;
    const teacher = catalog.byId.get('gpt-cpm-large-cn')!;
    expect(
      relatedWeights(student, catalog).map((g) => [g.kind, g.weights.map((w) => w.id)]),
    ).toEqual([['distilledFrom', ['gpt-cpm-large-cn']]]);
    expect(
      relatedWeights(teacher, catalog).map((g) => [g.kind, g.weights.map((w) => w.id)]),
    ).toEqual([['distilledInto', ['gpt-cpm-small-cn-distill']]]);
  });

  it('groups the same family and the same shape, each weight once', () => {
    const input = validInput();
    input.facts.push(
      factsEntry('other-large', {}),
      factsEntry('junnyu/same-shape', { family: 'cpm', provider: 'community' }),
    );
    input.prose.push(
      ...['en', 'zh-cn'].flatMap((l) => [
        proseEntry(l, 'other-large'),
        proseEntry(l, 'junnyu/same-shape'),
      ]),
    );
    const catalog = buildCatalog(input);
    const groups = relatedWeights(catalog.byId.get('gpt-cpm-large-cn')!, catalog);
    expect(groups.map((g) => g.kind)).toEqual(['distilledInto', 'sameFamily']);
    expect(groups[1]?.weights.map((w) => w.id)).toEqual(['other-large', 'junnyu/same-shape']);
  });
});

describe('relatedWeights by shape', () => {
  const withShapes = (...weights: [string, string, Record<string, unknown>][]) => {
    const input = validInput();
    input.families.push(familyEntry('other', 'Other', 2));
    for (const [id, family, architecture] of weights) {
      input.facts.push(
        factsEntry(id, {
          family,
          provider: 'community',
          architecture: { ...teacherFacts.architecture, ...architecture },
          parameters: { printed: null, exact: null },
        }),
      );
      input.prose.push(...['en', 'zh-cn'].map((l) => proseEntry(l, id)));
    }
    return buildCatalog(input);
  };
  const sameShape = (catalog: ReturnType<typeof buildCatalog>, id: string) =>
    relatedWeights(catalog.byId.get(id)!, catalog)
      .find((g) => g.kind === 'sameSize')
      ?.weights.map((w) => w.id) ?? [];

  it('lists weights of another family with the same layers and hidden size', () => {
    const catalog = withShapes(['other/twin', 'other', {}]);
    expect(sameShape(catalog, 'gpt-cpm-large-cn')).toEqual(['other/twin']);
  });

  it('gives a weight of unknown layers or hidden size no shape to share', () => {
    const unknown = { layers: null, hiddenSize: null, heads: null };
    const catalog = withShapes(
      ['cpm/unknown', 'cpm', unknown],
      ['other/unknown', 'other', unknown],
    );
    expect(sameShape(catalog, 'cpm/unknown')).toEqual([]);
    expect(sameShape(catalog, 'other/unknown')).toEqual([]);
  });

  it('does not match shared layers with layers of their own', () => {
    const catalog = withShapes(['other/shared', 'other', { layersShared: true }]);
    expect(sameShape(catalog, 'gpt-cpm-large-cn')).toEqual([]);
    expect(sameShape(catalog, 'other/shared')).toEqual([]);
  });
});

describe('relatedWeights at catalog scale', () => {
  it('lists at most the limit per group, the closest in size', () => {
    const input = validInput();
    for (let i = 0; i < 20; i++) {
      const id = `many/w${i}`;
      input.facts.push(
        factsEntry(id, { parameters: { printed: `${100 + i}M`, exact: (100 + i) * 1e6 } }),
      );
      input.prose.push(proseEntry('en', id), proseEntry('zh-cn', id));
    }
    const catalog = buildCatalog(input);
    const groups = relatedWeights(catalog.byId.get('many/w0')!, catalog, 3);
    const family = groups.find((g) => g.kind === 'sameFamily');
    expect(family?.weights.map((w) => w.id)).toEqual(['many/w1', 'many/w2', 'many/w3']);
  });
});

describe('relatedWeights by printed size', () => {
  const catalogOf = (sizes: [string, string | null][]) => {
    const input = validInput();
    for (const [id, printed] of sizes) {
      input.facts.push(factsEntry(id, { parameters: { printed, exact: null } }));
      input.prose.push(proseEntry('en', id), proseEntry('zh-cn', id));
    }
    return buildCatalog(input);
  };
  const family = (catalog: ReturnType<typeof buildCatalog>, id: string, limit: number) =>
    relatedWeights(catalog.byId.get(id)!, catalog, limit)
      .find((g) => g.kind === 'sameFamily')
      ?.weights.map((w) => w.id);

  it('reads an imported weight’s printed size, and lists weights of unknown size last', () => {
    const catalog = catalogOf([
      ['a/unknown-1', null],
      ['a/unknown-2', null],
      ['b/base', '110M'],
      ['b/base-2', '109M'],
      ['b/large', '340M'],
      ['b/xl', '1.5B'],
    ]);
    // Of three places, the nearest sizes, 109M among them; no weight of unknown size.
    const nearBase = family(catalog, 'b/base', 3)!;
    expect(nearBase).toContain('b/base-2');
    expect(nearBase.some((id) => id.startsWith('a/'))).toBe(false);
    // A weight of unknown size lists the first in catalog order, whatever their sizes.
    const order = catalog.weights.map((w) => w.id);
    const others = order.filter(
      (id) => id !== 'a/unknown-1' && catalog.byId.get(id)!.family.id === 'cpm',
    );
    expect(family(catalog, 'a/unknown-1', 3)).toEqual(others.slice(0, 3));
  });
});

describe('relatedWeights among many equal sizes', () => {
  it('keeps the nearest in size, ties to the earlier weight, for every weight of the family', () => {
    const input = validInput();
    // Few distinct sizes, many weights each, and sizes on both sides of one another.
    const counts = [50, 100, 100, 200, 400, 800, 50, 400];
    for (let i = 0; i < 40; i++) {
      const id = `many/w${i}`;
      const exact = counts[(i * 7) % counts.length]! * 1e6;
      input.facts.push(factsEntry(id, { parameters: { printed: `${exact / 1e6}M`, exact } }));
      input.prose.push(proseEntry('en', id), proseEntry('zh-cn', id));
    }
    const catalog = buildCatalog(input);
    const order = new Map(catalog.weights.map((w, i) => [w, i]));
    const size = (w: (typeof catalog.weights)[number]) => w.facts.parameters.exact ?? 0;
    for (const weight of catalog.weights.filter((w) => w.id.startsWith('many/'))) {
      const family = relatedWeights(weight, catalog, 5).find((g) => g.kind === 'sameFamily');
      // What the group means, spelt the slow way: every other weight of the family by distance
      // in log size, then catalog order; the first five, in catalog order.
      const d = (w: typeof weight) => Math.abs(Math.log((size(w) + 1) / (size(weight) + 1)));
      const expected = catalog.weights
        .filter((w) => w !== weight && w.family.id === weight.family.id)
        .sort((a, b) => d(a) - d(b) || order.get(a)! - order.get(b)!)
        .slice(0, 5)
        .sort((a, b) => order.get(a)! - order.get(b)!);
      expect(
        family?.weights.map((w) => w.id),
        weight.id,
      ).toEqual(expected.map((w) => w.id));
    }
  });
});

describe('facetOptions', () => {
  const en = { value: 'en', label: 'English' };
  const zh = { value: 'zh', label: 'Chinese' };
  const ru = { value: 'ru', label: 'Russian' };

  it('offers each value once, in the locale’s order, where choosing one leaves weights out', () => {
    expect(facetOptions([[en], [zh], [en]], 'en')).toEqual([zh, en]);
    // One weight of two languages, one of one: "Russian" leaves the second out.
    expect(facetOptions([[en, ru], [en]], 'en')).toEqual([en, ru]);
  });

  it('offers nothing where every value is every weight’s', () => {
    // A family's tasks: each of its weights has all of them, so no choice narrows its table.
    expect(
      facetOptions(
        [
          [en, ru],
          [ru, en],
          [en, ru],
        ],
        'en',
      ),
    ).toEqual([]);
    expect(facetOptions([[zh], [zh]], 'en')).toEqual([]);
    // A table of one weight.
    expect(facetOptions([[en, zh]], 'en')).toEqual([]);
    expect(facetOptions([], 'en')).toEqual([]);
  });

  it('offers a value some weights lack even where none has it alone', () => {
    // Weights with no value (a family PaddleNLP's task table leaves out) are left out by any.
    expect(facetOptions([[en], []], 'en')).toEqual([en]);
  });
});

describe('summaryRows', () => {
  it('formats each row for the locale and links it to the weight page', () => {
    const catalog = buildCatalog(validInput());
    const [zh] = summaryRows(catalog, 'zh-cn');
    expect(zh).toEqual({
      id: 'gpt-cpm-small-cn-distill',
      aliases: [],
      path: '/zh-cn/weights/gpt-cpm-small-cn-distill/',
      language: '中文',
      figures: { layers: '12', hidden: '768', heads: '12' },
      parameters: '1.09\u00a0亿',
      parametersTitle: '精确参数量：108,882,432',
      details: 'Trained on Chinese text.',
      data: {
        id: 'gpt-cpm-small-cn-distill',
        language: 'zh',
        languageName: '中文',
        family: 'cpm',
        provider: 'paddlenlp',
        series: 'cpm',
        tasks: '',
        layers: 12,
        hidden: 768,
        heads: 12,
        params: 108_882_432,
        details: 'Trained on Chinese text.',
      },
    });
    expect(summaryRows(catalog, 'en')[1]?.parameters).toBe('2.6B');
  });

  it('leaves out of table.json and the page’s row data only what the row shows', () => {
    const catalog = buildCatalog(validInput());
    for (const locale of ['en', 'zh-cn'] as const) {
      for (const row of summaryRows(catalog, locale)) {
        // The table script reads these three from the row's cells (summary-table.ts, rowOf),
        // which show the row's id, language and details.
        const { id, languageName, details, ...rest } = row.data;
        expect({ id, languageName, details }).toEqual({
          id: row.id,
          languageName: row.language,
          details: row.details,
        });
        expect(pageRowData(row.data)).toEqual(rest);
        const { data, ...shown } = row;
        expect(tableJsonRow(row)).toEqual({ ...shown, data: rest });
      }
    }
  });

  it('notes under a figure what PaddleNLP’s page says where its code says otherwise', () => {
    const input = validInput();
    input.facts[0] = factsEntry('gpt-cpm-large-cn', {
      origin: 'imported',
      factSources: { layers: ['page', 'config'], heads: ['config'] },
      disagreements: [
        { field: 'heads', page: 1600, config: 32, configFile: 'cpm/configuration.py' },
      ],
    });
    for (const locale of ['en', 'zh-cn'] as const) {
      const t = useTranslations(locale);
      const rows = summaryRows(buildCatalog(input), locale);
      const large = rows.find((r) => r.id === 'gpt-cpm-large-cn')!;
      expect(large.figures.heads).toBe('32');
      expect(large.notes).toEqual({ heads: t('table.pageSays', { value: '1,600' }) });
      // Only the rows and cells whose sources disagree.
      expect(rows.filter((r) => r.notes !== undefined)).toHaveLength(1);
    }
  });

  it('labels each chart bar with the table’s figure: an exact count compacted, a printed one as printed', () => {
    const input = validInput();
    input.facts[0] = factsEntry('gpt-cpm-large-cn', {
      parameters: { printed: '2.6B', exact: null },
    });
    const catalog = buildCatalog(input);
    const weights = [...catalog.byId.values()];
    for (const locale of ['en', 'zh-cn'] as const) {
      const t = useTranslations(locale);
      const bars = new Map(chartInput(weights, locale, t).weights.map((w) => [w.id, w.label]));
      const rows = summaryRows(catalog, locale);
      expect(bars.size).toBeGreaterThan(1);
      for (const [id, label] of bars) expect(label).toBe(rows.find((r) => r.id === id)?.parameters);
      // Not "26 亿": the page printed 2.6B, and the chart says what the table says.
      expect(bars.get('gpt-cpm-large-cn')).toBe('2.6B');
    }
  });

  it('falls back to the printed figure when the exact count is unknown', () => {
    const input = validInput();
    input.facts[0] = factsEntry('gpt-cpm-large-cn', {
      parameters: { printed: '2.6B', exact: null },
    });
    const row = summaryRows(buildCatalog(input), 'en').find((r) => r.id === 'gpt-cpm-large-cn');
    expect(row?.parameters).toBe('2.6B');
    expect(row?.parametersTitle).toBeNull();
  });
});

describe('weightSections', () => {
  it('lists the same facts in the same order in every language', () => {
    const weight = buildCatalog(validInput()).byId.get('gpt-cpm-small-cn-distill')!;
    const en = weightSections(weight, 'en', useTranslations('en'));
    const zh = weightSections(weight, 'zh-cn', useTranslations('zh-cn'));
    for (const section of ['architecture', 'parameters', 'provenance'] as const) {
      expect(en[section].map((r) => r.key)).toEqual(zh[section].map((r) => r.key));
    }
  });

  it('orders the facts the compare page shows as the weight page does', () => {
    const weight = buildCatalog(validInput()).byId.get('gpt-cpm-large-cn')!;
    const sections = weightSections(weight, 'en', useTranslations('en'));
    const onPage: string[] = [...sections.architecture, ...sections.parameters].map((r) => r.key);
    const compared = compareRowKeys.map(([, label]) => label as string);
    const both = onPage.filter((key) => compared.includes(key));
    expect(both.length).toBeGreaterThan(5);
    expect(compared.filter((key) => both.includes(key))).toEqual(both);
  });

  it('derives the fp32 and fp16 sizes from the exact count', () => {
    const weight = buildCatalog(validInput()).byId.get('gpt-cpm-large-cn')!;
    const { parameters } = weightSections(weight, 'en', useTranslations('en'));
    const value = (key: string) => parameters.find((r) => r.key === key)?.value.text;
    expect(value('fact.parametersExact')).toBe('2,597,073,920 (2.6B)');
    expect(value('fact.sizeFp32')).toBe('≈ 10.4 GB');
    expect(value('fact.sizeFp16')).toBe('≈ 5.19 GB');
  });

  it('writes a note where the printed figure is not the exact count rounded, and shows the entry’s own', () => {
    const input = validInput();
    const t = useTranslations('en');
    const rounded = buildCatalog(input).byId.get('gpt-cpm-large-cn')!;
    expect(weightSections(rounded, 'en', t).parametersNote).toBeNull();

    input.facts[0] = factsEntry('gpt-cpm-large-cn', {
      parameters: { printed: '2.5B', exact: 2597073920 },
    });
    const truncated = buildCatalog(input).byId.get('gpt-cpm-large-cn')!;
    expect(weightSections(truncated, 'en', t).parametersNote).toBe(
      'PaddleNLP lists 2.5B: the exact count, 2,597,073,920, with its decimals dropped rather than rounded.',
    );

    input.facts[0] = factsEntry('gpt-cpm-large-cn', {
      parameters: { printed: '2.2B', exact: 2597073920 },
    });
    input.prose = input.prose.map((p) =>
      p.id.endsWith('/gpt-cpm-large-cn')
        ? proseEntry(p.id.split('/')[0]!, 'gpt-cpm-large-cn', '', {
            parametersNote: 'A typo upstream.',
          })
        : p,
    );
    const differs = buildCatalog(input).byId.get('gpt-cpm-large-cn')!;
    expect(weightSections(differs, 'en', t).parametersNote).toBe(
      'PaddleNLP lists 2.2B, but the weights have exactly 2,597,073,920 parameters. A typo upstream.',
    );

    // A figure with its decimals dropped, and the entry's own word on it after.
    input.facts[0] = factsEntry('gpt-cpm-large-cn', {
      parameters: { printed: '2.5B', exact: 2597073920 },
    });
    const truncatedNoted = buildCatalog(input).byId.get('gpt-cpm-large-cn')!;
    expect(weightSections(truncatedNoted, 'zh-cn', useTranslations('zh-cn')).parametersNote).toBe(
      `${useTranslations('zh-cn')('params.noteTruncated', { printed: '2.5B', exact: '2,597,073,920' })}A typo upstream.`,
    );

    // With no exact count to check the figure against, the entry's own note still shows.
    input.facts[0] = factsEntry('gpt-cpm-large-cn', {
      parameters: { printed: '2.2B', exact: null },
    });
    const unchecked = buildCatalog(input).byId.get('gpt-cpm-large-cn')!;
    expect(weightSections(unchecked, 'en', t).parametersNote).toBe('A typo upstream.');
  });

  it('shows unknown facts as unknown, in the page’s language, and derives nothing from them', () => {
    const input = validInput();
    input.facts[0] = factsEntry('gpt-cpm-large-cn', {
      architecture: { ...teacherFacts.architecture, ffnSize: null },
      parameters: { printed: '2.6B', exact: null },
    });
    const weight = buildCatalog(input).byId.get('gpt-cpm-large-cn')!;
    const zh = weightSections(weight, 'zh-cn', useTranslations('zh-cn'));
    const unknown = { text: '未知', unknown: true };
    expect(zh.architecture.find((r) => r.key === 'fact.ffnSize')?.value).toEqual(unknown);
    // Unknown, and why: it would be computed from the exact count, which is unknown too.
    expect(zh.parameters.find((r) => r.key === 'fact.sizeFp16')?.value).toEqual({
      ...unknown,
      explanation: '由精确参数量算出，而精确参数量未知',
    });
    expect(zh.parametersNote).toBeNull();
    expect(zh.provenance.find((r) => r.key === 'fact.license')?.value).toMatchObject({
      unknown: true,
    });
    // One word for every fact no source states.
    expect(zh.provenance.find((r) => r.key === 'fact.paper')?.value).toEqual(unknown);
  });

  it('names the other ids of a weight right after its id, and has no such row where it has none', () => {
    const input = validInput();
    const plain = buildCatalog(input).byId.get('gpt-cpm-large-cn')!;
    const t = useTranslations('en');
    expect(weightSections(plain, 'en', t).provenance.map((r) => r.key)).not.toContain(
      'fact.aliases',
    );

    input.facts[0] = factsEntry('gpt-cpm-large-cn', { aliases: ['old-cpm', 'lab/cpm-large'] });
    const renamed = buildCatalog(input).byId.get('gpt-cpm-large-cn')!;
    const en = weightSections(renamed, 'en', t).provenance;
    expect(en.map((r) => r.key).slice(0, 2)).toEqual(['fact.id', 'fact.aliases']);
    expect(en[1]).toEqual({
      key: 'fact.aliases',
      label: 'Also known as',
      value: {
        text: 'old-cpm, lab/cpm-large',
        codeList: { items: ['old-cpm', 'lab/cpm-large'], separator: ', ' },
        note: t('fact.aliasesNote'),
      },
    });
    const zh = weightSections(renamed, 'zh-cn', useTranslations('zh-cn')).provenance;
    expect(zh[1]?.value.text).toBe('old-cpm、lab/cpm-large');

    input.facts[0] = factsEntry('gpt-cpm-large-cn', { aliases: ['old-cpm'] });
    const once = buildCatalog(input).byId.get('gpt-cpm-large-cn')!;
    expect(weightSections(once, 'en', t).provenance[1]?.value.note).toBe(t('fact.aliasesNoteOne'));
  });
});

describe('searchBundles', () => {
  it('makes one bundle per language, keyed by its <html lang>', () => {
    expect(searchBundles()).toEqual([
      { locale: 'zh-cn', glob: 'zh-cn/**/*.html', output: 'pagefind/zh-cn/', language: 'zh-cn' },
      { locale: 'en', glob: 'en/**/*.html', output: 'pagefind/en/', language: 'en' },
    ]);
  });
});

describe('searchBundleProblem', () => {
  const catalog = catalogJson(buildCatalog(validInput()), (path) => path);
  const [zh, en] = searchBundles();

  it('accepts a bundle holding every weight page of its language and nothing else', () => {
    expect(catalog.weights).toHaveLength(2);
    expect(searchBundleProblem(zh!, { 'zh-cn': 2 }, catalog)).toBeNull();
    expect(searchBundleProblem(en!, { en: 2 }, catalog)).toBeNull();
  });

  it('names the bundle, what it holds and what it should', () => {
    expect(searchBundleProblem(zh!, { 'zh-cn': 1 }, catalog)).toMatch(
      /^Pagefind indexed the wrong pages for pagefind\/zh-cn\/: zh-cn 1, expected zh-cn 2\./,
    );
    expect(searchBundleProblem(en!, {}, catalog)).toMatch(/: none, expected en 2\./);
  });

  it('refuses pages of another language in a bundle', () => {
    expect(searchBundleProblem(zh!, { 'zh-cn': 2, en: 1 }, catalog)).toMatch(
      /: zh-cn 2, en 1, expected zh-cn 2\./,
    );
  });
});
