import { describe, expect, it } from 'vitest';
import { useTranslations } from '../../src/i18n/index.ts';
import {
  factKeys,
  factNote,
  factValue,
  sourceLabel,
  sourcedFact,
  type FactContext,
  type FactKey,
  type Facts,
} from '../../src/lib/fact-values.ts';
import { factStringKeys } from '../../src/lib/fact-strings.ts';
import { factsEntry } from '../helpers/entries.ts';

const en: FactContext = { locale: 'en', t: useTranslations('en'), architecture: 'decoder' };
const zh: FactContext = { locale: 'zh-cn', t: useTranslations('zh-cn'), architecture: 'decoder' };
const facts = (overrides: Record<string, unknown> = {}): Facts => factsEntry('w', overrides).data;
const text = (key: Parameters<typeof factValue>[0], f: Facts, context = en) =>
  factValue(key, f, context)?.text;

describe('factValue', () => {
  it('formats each figure in the reader’s numbering', () => {
    const f = facts();
    expect(text('parametersExact', f)).toBe('2,597,073,920 (2.6B)');
    expect(text('parametersShort', f)).toBe('2.6B');
    expect(text('parametersShort', f, zh)).toBe('26\u00a0亿');
    expect(text('contextLength', f)).toBe('1,024 tokens');
    expect(text('sizeFp32', f)).toBe('≈ 10.4 GB');
    expect(text('language', f)).toBe('Chinese');
    expect(text('language', f, zh)).toBe('中文');
    expect(text('provider', f)).toBe(en.t('provider.paddlenlp'));
  });

  it('falls back to PaddleNLP’s printed figure for the short size, and says what is unknown', () => {
    const f = facts({ parameters: { printed: '2.6B', exact: null } });
    expect(text('parametersShort', f)).toBe('2.6B');
    expect(factValue('parametersExact', f, en)).toEqual({
      text: 'Unknown',
      unknown: true,
      explanation: en.t('fact.unknownExact'),
    });
    expect(factValue('sizeFp16', f, en)).toMatchObject({ unknown: true });
    const none = facts({ parameters: { printed: null, exact: null } });
    expect(factValue('parametersShort', none, en)).toMatchObject({ unknown: true });
    expect(factValue('license', f, en)).toEqual({
      text: en.t('fact.unknown'),
      unknown: true,
      explanation: en.t('license.unknown'),
    });
  });

  it('calls every fact no source states by one word, in each language', () => {
    const none = facts({
      architecture: {
        layers: null,
        hiddenSize: null,
        heads: null,
        ffnSize: null,
        vocabSize: null,
        contextLength: null,
      },
      parameters: { printed: null, exact: null },
      tokenizer: null,
      license: 'unknown',
    });
    // Every recorded figure, what is computed from them, the tokenizer, the license and the
    // architecture itself: each of these is unknown here, and each says so in the same word.
    const unstated: FactKey[] = [
      'architecture',
      'layers',
      'layerCount',
      'hiddenSize',
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
    ];
    for (const context of [en, zh]) {
      const shown = (key: FactKey) => factValue(key, none, { ...context, architecture: null });
      for (const key of unstated) {
        expect(shown(key)?.unknown, key).toBe(true);
        expect(shown(key)?.text, key).toBe(context.t('fact.unknown'));
      }
      // And no other fact is flagged unknown with other words.
      for (const key of factKeys) {
        const value = shown(key);
        if (value?.unknown) expect(value.text, key).toBe(context.t('fact.unknown'));
      }
    }
  });

  it('says how layers are counted where a plain number would mislead', () => {
    const shared = facts({
      architecture: { ...facts().architecture, layers: 12, layersShared: true },
    });
    expect(text('layers', shared)).toBe(en.t('fact.layersShared', { layers: '12' }));
    // A table cell keeps the number alone.
    expect(text('layerCount', shared)).toBe('12');

    const fromPage = facts({ origin: 'imported', factSources: { layers: ['page'] } });
    const encoderDecoder: FactContext = { ...en, architecture: 'encoder-decoder' };
    expect(text('layers', fromPage, encoderDecoder)).toBe(
      en.t('fact.layersEncoderDecoder', { layers: '32' }),
    );
    expect(text('layers', fromPage)).toBe('32');
  });

  it('leaves out what a weight does not have, and names an architecture no source states', () => {
    const f = facts();
    expect(factValue('embeddingSize', f, en)).toBeNull();
    expect(factValue('role', f, en)).toBeNull();
    expect(factValue('architecture', f, { ...en, architecture: null })).toMatchObject({
      unknown: true,
    });
  });

  it('formats every key it lists', () => {
    const f = facts({ architecture: { ...facts().architecture, embeddingSize: 128 } });
    for (const key of factKeys) {
      if (key === 'role') continue; // A GPT has no pre-training role: tested above.
      expect(factValue(key, f, en)?.text, key).toMatch(/\S/);
    }
  });
});

describe('factValue, word by word', () => {
  it('brackets the short count as each language does, and says a license named by its id once', () => {
    const exact = facts({ parameters: { printed: '124M', exact: 124_439_808 } });
    expect(factValue('parametersExact', exact, en)?.text).toBe('124,439,808 (124M)');
    expect(factValue('parametersExact', exact, zh)?.text).toBe('124,439,808（1.24\u00a0亿）');
    const mit = facts({
      license: { name: 'MIT', spdx: 'MIT', url: 'https://opensource.org/license/mit' },
    });
    expect(factValue('license', mit, en)?.text).toBe('MIT');
  });
});

describe('factNote', () => {
  it('names the source of an imported fact, and nothing for a hand-verified one', () => {
    const imported = facts({
      origin: 'imported',
      factSources: { layers: ['config'], parameters: ['page'], heads: ['page', 'config'] },
    });
    expect(factNote('layers', imported, en)).toBe(en.t('fact.from.config'));
    expect(factNote('parametersPrinted', imported, en)).toBe(en.t('fact.from.page'));
    expect(factNote('heads', imported, en)).toBe(en.t('fact.from.both'));
    expect(factNote('vocabSize', imported, en)).toBeNull();
    expect(factNote('layers', facts(), en)).toBeNull();
  });
});

describe('sourceLabel', () => {
  const code = {
    kind: 'source-code',
    file: 'paddlenlp/transformers/bert/configuration.py',
    revision: '2025-03',
    url: 'https://example.org/configuration.py',
  } as const;
  const page = {
    kind: 'zoo-page',
    title: 'BERT模型汇总',
    revision: '2025-03',
    url: code.url,
  } as const;

  it('words an imported source in the page’s language', () => {
    for (const source of [code, page]) {
      const english = sourceLabel(source, en);
      const chinese = sourceLabel(source, zh);
      expect(english.lang).toBeUndefined();
      expect(chinese.lang).toBeUndefined();
      expect(chinese.text).not.toBe(english.text);
      expect(english.text).toContain('2025-03');
      expect(chinese.text).toContain('2025-03');
    }
    expect(sourceLabel(code, zh).text).toMatch(
      /源代码.*paddlenlp\/transformers\/bert\/configuration\.py$/,
    );
    expect(sourceLabel(page, zh).text).toContain('“BERT模型汇总”');
    // In an English name, PaddleNLP's Chinese title is cut out to be marked as Chinese.
    const { text, quoted } = sourceLabel(page, en);
    expect(quoted?.lang).toBe('zh-CN');
    expect(quoted && quoted.before + quoted.title + quoted.after).toBe(text);
    expect(quoted?.title).toBe('BERT模型汇总');
    expect(sourceLabel(page, zh).quoted).toBeUndefined();
    expect(sourceLabel({ kind: 'hugging-face', name: 'uer/gpt2', url: code.url }, zh).text).toBe(
      'Hugging Face：uer/gpt2',
    );
  });

  it('shows a hand-written label as written, marked as English', () => {
    expect(sourceLabel({ label: 'OpenAI GPT-2 release', url: code.url }, zh)).toEqual({
      text: 'OpenAI GPT-2 release',
      lang: 'en',
    });
  });
});

describe('a family’s notes on its facts', () => {
  const notes = {
    contextLength: {
      notApplicable: true as const,
      en: 'Relative positions.',
      'zh-cn': '相对位置。',
    },
    layers: { en: 'In blocks.', 'zh-cn': '分块。' },
  };

  it('make a figure the architecture does not have “not applicable”, and say why', () => {
    const f = facts({ architecture: { ...facts().architecture, contextLength: null } });
    expect(factValue('contextLength', f, { ...en, notes })).toEqual({
      text: 'Not applicable',
      explanation: 'Relative positions.',
    });
    expect(factValue('contextLength', f, { ...zh, notes })?.explanation).toBe('相对位置。');
    // Without the note, the same gap is unknown.
    expect(factValue('contextLength', f, en)).toMatchObject({ unknown: true });
  });

  it('explain a figure the weight has, and an unknown one, without changing it', () => {
    expect(factValue('layers', facts(), { ...en, notes })).toEqual({
      text: '32',
      explanation: 'In blocks.',
    });
    const unknownLayers = facts({ architecture: { ...facts().architecture, layers: null } });
    expect(factValue('layers', unknownLayers, { ...en, notes })).toMatchObject({
      unknown: true,
      explanation: 'In blocks.',
    });
    // A table cell's bare count carries no explanation, but is not applicable where the
    // figure is not.
    expect(factValue('layerCount', facts(), { ...en, notes })).toEqual({ text: '32' });
    const notApplicable = { layers: { ...notes.layers, notApplicable: true as const } };
    expect(factValue('layerCount', unknownLayers, { ...en, notes: notApplicable })).toEqual({
      text: 'Not applicable',
    });
  });
});

describe('factStringKeys', () => {
  it('lists every UI string the formatter asks for, over every kind of fact', () => {
    const asked = new Set<string>();
    const t = useTranslations('en');
    const recording: FactContext['t'] = (key, values) => {
      asked.add(key);
      return t(key, values);
    };
    const variants = [
      facts(),
      facts({
        license: { name: 'MIT License', spdx: 'MIT', url: 'https://opensource.org/license/mit' },
      }),
      facts({
        origin: 'imported',
        tokenizer: null,
        parameters: { printed: null, exact: null },
        architecture: {
          ...facts().architecture,
          layers: 12,
          layersShared: true,
          contextLength: null,
          embeddingSize: 128,
          role: 'generator',
        },
        factSources: { hiddenSize: ['page'], heads: ['config'], vocabSize: ['page', 'config'] },
        disagreements: [{ field: 'ffnSize', page: 1, config: 2, configFile: 'a.py' }],
      }),
      facts({
        origin: 'imported',
        provider: 'community',
        tokenizer: 'wordpiece',
        architecture: { ...facts().architecture, role: 'discriminator' },
        factSources: { layers: ['page'] },
      }),
    ];
    const notes = { contextLength: { notApplicable: true as const, en: 'x', 'zh-cn': 'x' } };
    for (const architecture of [null, 'decoder', 'encoder', 'encoder-decoder'] as const) {
      for (const f of variants) {
        for (const key of factKeys) {
          sourcedFact(key, f, { locale: 'en', t: recording, architecture, notes });
        }
      }
    }
    expect(
      [...asked].filter((key) => !(factStringKeys as readonly string[]).includes(key)),
    ).toEqual([]);
    // And the list names no string the dictionary lacks.
    for (const key of factStringKeys)
      expect(
        t(key, { count: 1, layers: 1, page: 1, config: 1, file: 'f', exact: 1, short: 1 }),
      ).toMatch(/\S/);
  });
});
