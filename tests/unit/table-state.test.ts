import { describe, expect, it } from 'vitest';
import {
  applyTableState,
  emptyState,
  nextSort,
  parseTableState,
  serializeTableState,
  type TableRow,
} from '../../src/lib/table-state.ts';

const row = (id: string, over: Partial<TableRow>): TableRow => ({
  id,
  language: 'en',
  languageName: 'English',
  family: 'gpt',
  series: 'gpt2',
  tasks: 'sequence-classification text-generation',
  provider: 'paddlenlp',
  layers: 12,
  hidden: 768,
  heads: 12,
  params: 124_439_808,
  details: 'Trained on English text.',
  ...over,
});

const rows = [
  row('gpt2-en', {}),
  row('gpt2-xl-en', { layers: 48, hidden: 1600, heads: 25, params: 1_557_611_200 }),
  row('junnyu/microsoft-DialoGPT-small', { series: 'dialogpt', provider: 'community' }),
  row('junnyu/uer-gpt2-chinese-poem', {
    language: 'zh',
    languageName: 'Chinese',
    series: 'uer-gpt2',
    provider: 'community',
    params: 103_166_208,
  }),
  row('junnyu/distilgpt2', {
    series: 'distilgpt2',
    provider: 'community',
    layers: 6,
    params: 81_912_576,
  }),
  row('bert-base-uncased', {
    family: 'bert',
    series: 'bert',
    tasks: 'sequence-classification question-answering',
    layers: null,
    params: null,
  }),
];
const ids = (state: Parameters<typeof applyTableState>[1]) =>
  applyTableState(rows, state, 'en').map((r) => r.id);

describe('table state in the URL', () => {
  it('reads the documented query form', () => {
    const state = parseTableState(
      new URLSearchParams('language=zh&family=gpt2&provider=community&q=dialo&sort=-params'),
    );
    expect(state).toEqual({
      language: 'zh',
      family: 'gpt2',
      provider: 'community',
      task: null,
      q: 'dialo',
      sort: { key: 'params', descending: true },
    });
  });

  it('round-trips through the query string', () => {
    const query = '?language=en&provider=community&q=gpt&sort=layers';
    expect(serializeTableState(parseTableState(new URLSearchParams(query)))).toBe(query);
    expect(serializeTableState(emptyState)).toBe('');
  });

  it('ignores an unknown sort key and empty parameters', () => {
    expect(parseTableState(new URLSearchParams('sort=-size&q=&language='))).toEqual(emptyState);
  });
});

describe('applyTableState', () => {
  it('keeps the default order without a sort', () => {
    expect(ids(emptyState)).toEqual(rows.map((r) => r.id));
  });

  it('filters by family, by a model line within one (links published before the zoo), and by task', () => {
    expect(ids({ ...emptyState, family: 'bert' })).toEqual(['bert-base-uncased']);
    expect(ids({ ...emptyState, family: 'gpt' })).toHaveLength(rows.length - 1);
    expect(ids({ ...emptyState, family: 'dialogpt' })).toEqual(['junnyu/microsoft-DialoGPT-small']);
    expect(ids({ ...emptyState, task: 'question-answering' })).toEqual(['bert-base-uncased']);
    expect(ids({ ...emptyState, task: 'text-generation' })).toHaveLength(rows.length - 1);
    expect(serializeTableState({ ...emptyState, task: 'text-generation' })).toBe(
      '?task=text-generation',
    );
  });

  it('sorts unknown figures last in both directions', () => {
    for (const descending of [false, true]) {
      expect(ids({ ...emptyState, sort: { key: 'params', descending } }).at(-1)).toBe(
        'bert-base-uncased',
      );
    }
  });

  it('combines filters and the id text filter', () => {
    expect(ids({ ...emptyState, provider: 'community' })).toHaveLength(3);
    expect(ids({ ...emptyState, provider: 'community', language: 'en' })).toEqual([
      'junnyu/microsoft-DialoGPT-small',
      'junnyu/distilgpt2',
    ]);
    expect(ids({ ...emptyState, provider: 'community', q: 'DIALO' })).toEqual([
      'junnyu/microsoft-DialoGPT-small',
    ]);
    expect(ids({ ...emptyState, language: 'zh', q: 'dialo' })).toEqual([]);
  });

  it('sorts parameters by the exact count, both ways, ties in default order', () => {
    expect(ids({ ...emptyState, sort: { key: 'params', descending: false } })).toEqual([
      'junnyu/distilgpt2',
      'junnyu/uer-gpt2-chinese-poem',
      'gpt2-en',
      'junnyu/microsoft-DialoGPT-small',
      'gpt2-xl-en',
      'bert-base-uncased',
    ]);
    expect(ids({ ...emptyState, sort: { key: 'params', descending: true } })).toEqual([
      'gpt2-xl-en',
      'gpt2-en',
      'junnyu/microsoft-DialoGPT-small',
      'junnyu/uer-gpt2-chinese-poem',
      'junnyu/distilgpt2',
      'bert-base-uncased',
    ]);
  });

  it('sorts text columns with the locale’s collation', () => {
    expect(ids({ ...emptyState, sort: { key: 'language', descending: false } })[0]).toBe(
      'junnyu/uer-gpt2-chinese-poem',
    );
    expect(ids({ ...emptyState, sort: { key: 'weight', descending: true } })[0]).toBe(
      'junnyu/uer-gpt2-chinese-poem',
    );
  });
});

describe('nextSort', () => {
  it('cycles ascending, descending, none', () => {
    const asc = nextSort(null, 'layers');
    expect(asc).toEqual({ key: 'layers', descending: false });
    const desc = nextSort(asc, 'layers');
    expect(desc).toEqual({ key: 'layers', descending: true });
    expect(nextSort(desc, 'layers')).toBeNull();
    expect(nextSort(desc, 'heads')).toEqual({ key: 'heads', descending: false });
  });
});
