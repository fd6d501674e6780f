import { describe, expect, it } from 'vitest';
import {
  familyNames,
  familyRank,
  trustLevels,
  trustedLevels,
  FAMILY_TYPE_AHEAD,
  familyQueries,
  familySearchKey,
  familySearchKeys,
  idSearchKey,
  isDescribed,
  listPlace,
  joinedName,
  keyPrefixes,
  namedFamily,
  namedTasks,
  offersAfter,
  weightSearchKeys,
} from '../../src/lib/search-ranking.ts';
import { useTranslations } from '../../src/i18n/index.ts';
import { localeCodes } from '../../src/i18n/locales.ts';
import { taskName, zooTaskNames } from '../../src/schemas/tasks.ts';

describe('idSearchKey', () => {
  it('joins the parts of an id into one lower-case word, closed at both ends', () => {
    expect(idSearchKey('junnyu/microsoft-DialoGPT-small')).toBe(
      'id_junnyu_microsoft_dialogpt_small_id',
    );
    expect(idSearchKey(' gpt2-medium-en ')).toBe('id_gpt2_medium_en_id');
    expect(idSearchKey('gpt2.v2')).toBe('id_gpt2_v2_id');
  });

  it('keys a one-word id too, which a look-alike’s key does not start with', () => {
    expect(idSearchKey('distilgpt2')).toBe('id_distilgpt2_id');
    expect(idSearchKey('distilgpt2-65-xl')!.startsWith(idSearchKey('distilgpt2')!)).toBe(false);
  });

  it('leaves phrases and other scripts to the ordinary search', () => {
    expect(idSearchKey('chinese poem')).toBeNull();
    expect(idSearchKey('古诗')).toBeNull();
  });
});

describe('weightSearchKeys', () => {
  it('covers the id, each alias and the last segment of each, once', () => {
    expect(
      weightSearchKeys('junnyu/microsoft-DialoGPT-small', [
        'microsoft/DialoGPT-small',
        'junnyu/microsoft-DialoGPT-small-v1',
      ]).split(' '),
    ).toEqual([
      'id_junnyu_microsoft_dialogpt_small_id',
      'id_microsoft_dialogpt_small_id',
      'id_dialogpt_small_id',
      'id_junnyu_microsoft_dialogpt_small_v1_id',
      'id_microsoft_dialogpt_small_v1_id',
    ]);
    expect(weightSearchKeys('junnyu/distilgpt2', ['distilgpt2'])).toBe(
      'id_junnyu_distilgpt2_id id_distilgpt2_id',
    );
  });
});

describe('family keys and rank', () => {
  it('key a family or model line by its slug and its name, at the weight’s rank', () => {
    expect(familySearchKey('BERT', 0)).toBe('fama_bert_fam');
    expect(familySearchKeys(['blenderbot-small', 'Blenderbot-Small', 'gpt2', 'GPT-2'], 2)).toBe(
      'famc_blenderbot_small_fam famc_gpt2_fam famc_gpt_2_fam',
    );
    expect(familySearchKey('两个词', 0)).toBeNull();
  });

  it('rank PaddleNLP’s own weights, then hand-verified, then imported', () => {
    expect(familyRank({ provider: 'paddlenlp', origin: 'imported' })).toBe(0);
    expect(familyRank({ provider: 'community' })).toBe(1);
    expect(familyRank({ provider: 'community', origin: 'imported' })).toBe(2);
  });

  it('list the words’ hits of PaddleNLP’s own and hand-verified weights first, not imported ones', () => {
    const tier = (facts: { provider: string; origin?: string }) => trustLevels[familyRank(facts)];
    expect(tier({ provider: 'paddlenlp', origin: 'imported' })).toBe('paddlenlp');
    expect(tier({ provider: 'community' })).toBe('verified');
    expect(tier({ provider: 'community', origin: 'imported' })).toBe('imported');
    expect(trustedLevels).toEqual(['paddlenlp', 'verified']);
  });
});

describe('listPlace', () => {
  const facts = (printed: string | null, layers: number | null = null) => ({
    parameters: { printed, exact: null },
    architecture: { layers, hiddenSize: null },
  });
  const weight = (id: string, f = facts(null)) => ({ id, facts: f });

  it('reads a weight as described when a source states its size or its shape', () => {
    expect(isDescribed(facts('110M'))).toBe(true);
    expect(isDescribed(facts(null, 12))).toBe(true);
    expect(isDescribed({ ...facts(null), parameters: { printed: null, exact: 124439808 } })).toBe(
      true,
    );
    expect(isDescribed({ ...facts(null), architecture: { layers: null, hiddenSize: 768 } })).toBe(
      true,
    );
    expect(isDescribed(facts(null))).toBe(false);
  });

  it('places the described weights first, each group in the table’s order', () => {
    // In the table's order: an undescribed weight before described ones.
    const weights = [
      weight('bert-base-german-cased'),
      weight('bert-base-uncased', facts('110M')),
      weight('bert-large-uncased', facts(null, 24)),
      weight('dslim/bert-base-NER'),
      ...Array.from({ length: 7 }, (_, i) => weight(`bert-${i}`)),
    ];
    const byPlace = weights
      .map((w) => w.id)
      .sort((a, b) => listPlace(weights, a).localeCompare(listPlace(weights, b)));
    expect(byPlace.slice(0, 4)).toEqual([
      'bert-base-uncased',
      'bert-large-uncased',
      'bert-base-german-cased',
      'dslim/bert-base-NER',
    ]);
    // Eleven places, two digits each: text and number orders agree.
    expect(listPlace(weights, 'bert-base-uncased')).toBe('00');
    expect(weights.every((w) => listPlace(weights, w.id).length === 2)).toBe(true);
  });

  it('fails for a weight it does not list, whose page Pagefind would leave out', () => {
    expect(() => listPlace([weight('a')], 'b')).toThrow(/b is not among/);
  });
});

describe('familyQueries', () => {
  const families = {
    distilgpt2: [1, 2],
    ernie: [0, 2],
    ernie_m: [0],
    chinesebert: [0],
    gpt: [0, 1, 2],
  };

  it('searches a name typed whole by its closed key at each rank it has', () => {
    expect(familyQueries('ERNIE', families)).toEqual(['fama_ernie_fam', 'famc_ernie_fam']);
    expect(familyQueries('gpt', families)).toEqual([
      'fama_gpt_fam',
      'famb_gpt_fam',
      'famc_gpt_fam',
    ]);
  });

  it(`searches a name's beginning, up to ${FAMILY_TYPE_AHEAD} characters short, as the name`, () => {
    expect(familyQueries('distilgp', families)).toEqual(familyQueries('distilgpt2', families));
    // Not ERNIE-M's key, which `ern` begins too but four characters short.
    expect(familyQueries('ern', families)).toEqual(['fama_ernie_fam', 'famc_ernie_fam']);
  });

  it('leaves a word that is only the far beginning of a name, a short query and a phrase alone', () => {
    expect(familyQueries('chinese', families)).toEqual([]);
    expect(familyQueries('gp', families)).toEqual([]);
    expect(familyQueries('chinese poem', families)).toEqual([]);
    expect(familyQueries('古诗', families)).toEqual([]);
  });
});

describe('keyPrefixes', () => {
  const families = { distilgpt2: [0, 2], dialogpt: [1], bert: [0, 1, 2] };

  it('begins the id key, and the family keys at the ranks a family beginning so has', () => {
    expect(keyPrefixes('distilgpt', families)).toEqual([
      'id_distilgpt',
      'fama_distilgpt',
      'famc_distilgpt',
    ]);
    expect(keyPrefixes('DialoG', families)).toEqual(['id_dialog', 'famb_dialog']);
  });

  it('is a beginning of the keys the finished query is searched by', () => {
    const [id, ...family] = keyPrefixes('distilgpt', families);
    expect(idSearchKey('distilgpt2')!.startsWith(id!)).toBe(true);
    expect(
      family.every((p) => familySearchKey('distilgpt2', 'abc'.indexOf(p[3]!))!.startsWith(p)),
    ).toBe(true);
  });

  it('preloads only the id key for a name no family begins with, nothing for a phrase', () => {
    expect(keyPrefixes('gpt2-medium', families)).toEqual(['id_gpt2_medium']);
    expect(keyPrefixes('chinese poem', families)).toEqual([]);
    expect(keyPrefixes('古诗', families)).toEqual([]);
  });
});

describe('familyNames', () => {
  const weight = (zoo: string, line: string, provider = 'paddlenlp', origin?: string) => ({
    facts: { provider, ...(origin !== undefined && { origin }) },
    zoo: { id: zoo.toLowerCase(), name: zoo },
    family: { id: line.toLowerCase().replace('-', ''), name: line },
  });
  const weights = [
    weight('GPT', 'GPT-2'),
    weight('GPT', 'GPT-2', 'community', 'imported'),
    weight('GPT', 'DialoGPT', 'community'),
    weight('GPT', 'GPT'),
    weight('BERT', 'BERT'),
  ];
  const names = familyNames(weights, [
    { id: 'gpt', name: 'GPT', weights: 4 },
    { id: 'bert', name: 'BERT', weights: 1 },
  ]);

  it('keys every family’s and model line’s name with its weights’ ranks', () => {
    expect(names.ranks).toEqual({
      bert: [0],
      dialogpt: [1],
      gpt: [0, 1, 2],
      gpt_2: [0, 2],
      gpt2: [0, 2],
    });
  });

  it('offers a family’s page, and a model line’s part of its family’s page', () => {
    expect(names.pages['bert']).toEqual({ id: 'bert', name: 'BERT', weights: 1 });
    expect(names.pages['gpt']).toEqual({ id: 'gpt', name: 'GPT', weights: 4 });
    const gpt2 = { id: 'gpt', name: 'GPT-2', weights: 2, line: { id: 'gpt2', family: 'GPT' } };
    // By its name and by its slug.
    expect(names.pages['gpt_2']).toEqual(gpt2);
    expect(names.pages['gpt2']).toEqual(gpt2);
    expect(names.pages['dialogpt']).toEqual({
      id: 'gpt',
      name: 'DialoGPT',
      weights: 1,
      line: { id: 'dialogpt', family: 'GPT' },
    });
    // A line named as its family is the family.
    expect(Object.keys(names.pages)).toEqual(['bert', 'dialogpt', 'gpt', 'gpt_2', 'gpt2']);
  });
});

describe('namedFamily', () => {
  const pages = {
    bert: { id: 'bert', name: 'BERT', weights: 166 },
    ernie_gen: { id: 'ernie-gen', name: 'ERNIE-GEN', weights: 3 },
  };
  it('reads a family’s name or slug typed whole, in any case, with hyphens or underscores', () => {
    expect(namedFamily('bert', pages)).toBe(pages.bert);
    expect(namedFamily(' BERT ', pages)).toBe(pages.bert);
    expect(namedFamily('ERNIE-GEN', pages)).toBe(pages.ernie_gen);
    expect(namedFamily('ernie_gen', pages)).toBe(pages.ernie_gen);
  });
  it('names nothing for a name being typed, a name it does not know, or words', () => {
    expect(namedFamily('ber', pages)).toBeNull();
    expect(namedFamily('dialogpt', pages)).toBeNull();
    expect(namedFamily('bert large', pages)).toBeNull();
    expect(namedFamily('', pages)).toBeNull();
  });
});

describe('namedTasks', () => {
  // Each task's name in each language, from the dictionaries, as the search bundle has them.
  const names = localeCodes.map((locale) => {
    const t = useTranslations(locale);
    return Object.fromEntries(zooTaskNames.map((task) => [task, taskName(t, task)])) as Record<
      (typeof zooTaskNames)[number],
      string
    >;
  });

  const named = (query: string) => namedTasks(query, names);

  it('reads a task’s whole name in either language, in any case, or as the table’s URL spells it', () => {
    const whole = (task: (typeof zooTaskNames)[number]) => ({ tasks: [task], whole: true });
    expect(named('问答')).toEqual(whole('question-answering'));
    expect(named(' Question answering ')).toEqual(whole('question-answering'));
    expect(named('QUESTION-ANSWERING')).toEqual(whole('question-answering'));
    expect(named('文本分类')).toEqual(whole('sequence-classification'));
    expect(named('token_classification')).toEqual(whole('token-classification'));
    for (const task of zooTaskNames) {
      expect(named(task)).toEqual(whole(task));
      for (const n of names) expect(named(n[task])).toEqual(whole(task));
    }
  });

  it('reads whole words of names, or Chinese characters in a row, as each task that has them', () => {
    const part = (...tasks: (typeof zooTaskNames)[number][]) => ({ tasks, whole: false });
    expect(named('Classification')).toEqual(
      part('sequence-classification', 'token-classification'),
    );
    expect(named('question')).toEqual(part('question-answering'));
    expect(named('分类')).toEqual(part('sequence-classification'));
    expect(named('文本')).toEqual(part('sequence-classification', 'text-generation'));
    expect(named('标注')).toEqual(part('token-classification'));
    // A separator typed last, as on the way to the whole name.
    expect(named('token-')).toEqual(part('token-classification'));
    expect(named('question_')).toEqual(part('question-answering'));
  });

  it('names no task for a part of a word, one Chinese character, other words, or nothing', () => {
    for (const query of ['classif', 'gen', '类', '本分', '项选', 'answering questions', 'bert', ''])
      expect(named(query), query).toEqual({ tasks: [], whole: false });
  });
});

describe('offersAfter', () => {
  it('puts offers after the weights whose id the query is, and before the rest', () => {
    expect(offersAfter(['id', 'a', 'b'], 1, ['task'])).toEqual(['id', 'task', 'a', 'b']);
    expect(offersAfter(['a', 'b'], 0, ['t1', 't2'])).toEqual(['t1', 't2', 'a', 'b']);
    expect(offersAfter([], 0, ['task'])).toEqual(['task']);
    expect(offersAfter(['a'], 0, [])).toEqual(['a']);
  });
});

describe('joinedName', () => {
  // Ids and aliases without an owner, as search passes them.
  const known = new Set([
    'ernie-3.0-medium-zh',
    'bert-large-cased',
    'skep_ernie_1.0_large_ch',
    'uer-gpt2-chinese-poem',
  ]);

  it('joins the words of a known id’s beginning with hyphens', () => {
    expect(joinedName('ernie 3.0', known)).toBe('ernie-3.0');
    expect(joinedName(' ERNIE  3.0 medium ', known)).toBe('ernie-3.0-medium');
    expect(joinedName('bert large', known)).toBe('bert-large');
    // Underscores in the id read as hyphens.
    expect(joinedName('skep ernie 1.0', known)).toBe('skep-ernie-1.0');
    expect(joinedName('uer gpt2 chinese', known)).toBe('uer-gpt2-chinese');
  });

  it('leaves one word, words that begin no id, and Chinese alone', () => {
    // `gpt2 chinese` begins only an owner's id (`uer/gpt2-chinese-poem`), which is not passed.
    for (const query of [
      'ernie',
      'chinese poem',
      'roberta chinese',
      'ernie 4.0',
      'gpt2 chinese',
      '古诗 gpt2',
      '',
    ])
      expect(joinedName(query, known), query).toBeNull();
  });
});
