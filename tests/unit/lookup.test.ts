import { describe, expect, it } from 'vitest';
import {
  buildLookup,
  closestIds,
  closestWeights,
  decodedPath,
  nearEnough,
  editDistance,
  mistypedId,
  resolveWeightPath,
  typoDistance,
  weightPathParts,
} from '../../src/lib/lookup.ts';
import { loadWeights } from '../helpers/content.ts';

const lookup = buildLookup([
  { id: 'gpt2-en', aliases: [] },
  { id: 'junnyu/microsoft-DialoGPT-small', aliases: ['microsoft/DialoGPT-small'] },
  { id: 'junnyu/distilgpt2', aliases: ['distilgpt2'] },
]);

describe('resolveWeightPath', () => {
  it('finds a weight typed in another case', () => {
    expect(resolveWeightPath('/en/weights/junnyu/microsoft-dialogpt-small/', lookup)).toEqual({
      locale: 'en',
      id: 'junnyu/microsoft-DialoGPT-small',
    });
    expect(resolveWeightPath('/ZH-CN/Weights/GPT2-EN', lookup)).toEqual({
      locale: 'zh-cn',
      id: 'gpt2-en',
    });
  });

  it('finds a weight by an alias, in any case', () => {
    expect(resolveWeightPath('/en/weights/Microsoft/DialoGPT-Small/', lookup)?.id).toBe(
      'junnyu/microsoft-DialoGPT-small',
    );
    expect(resolveWeightPath('/zh-cn/weights/distilgpt2/index.html', lookup)?.id).toBe(
      'junnyu/distilgpt2',
    );
  });

  it('reads a path decoded once, and keeps a malformed escape as it came', () => {
    expect(decodedPath('/en/weights/50%25/')).toBe('/en/weights/50%/');
    expect(decodedPath('/en/weights/50%/')).toBe('/en/weights/50%/');
    // Not decoded again: 50% is no escape, and no id.
    expect(resolveWeightPath(decodedPath('/en/weights/50%25/'), lookup)).toBeNull();
  });

  it('gives up on unknown weights, unknown locales and other pages', () => {
    expect(resolveWeightPath('/en/weights/gpt5-en/', lookup)).toBeNull();
    expect(resolveWeightPath('/fr/weights/gpt2-en/', lookup)).toBeNull();
    expect(resolveWeightPath('/en/compare/', lookup)).toBeNull();
  });
});

describe('weightPathParts', () => {
  it('reads the locale and the id as typed from a weight URL, in any case', () => {
    expect(weightPathParts('/EN/Weights/junnyu/DistilGPT2/')).toEqual({
      locale: 'EN',
      typed: 'junnyu/DistilGPT2',
    });
    expect(weightPathParts('/zh-cn/weights/gpt5-en/index.html')).toEqual({
      locale: 'zh-cn',
      typed: 'gpt5-en',
    });
  });

  it('is null for a path that is not a weight URL', () => {
    expect(weightPathParts('/en/no-such-page/')).toBeNull();
    expect(weightPathParts('/en/weights/')).toBeNull();
    expect(weightPathParts('/en/compare/')).toBeNull();
  });
});

describe('closestIds', () => {
  it('ranks ids by edit distance, ignoring case', () => {
    const ids = Object.values(lookup);
    // The nearest id first; next, one that shares a word with it (the same namespace here).
    expect(closestIds('junnyu/distilgpt3', [...new Set(ids)], 2, Infinity)).toEqual([
      'junnyu/distilgpt2',
      'junnyu/microsoft-DialoGPT-small',
    ]);
    expect(closestIds('GPT2-EM', ['gpt2-en', 'junnyu/distilgpt2'], 1)).toEqual(['gpt2-en']);
  });

  it('finds an id by a mistyped word of it, not only by the whole id', () => {
    const ids = ['gpt2-en', 'junnyu/microsoft-DialoGPT-small', 'junnyu/distilgpt2'];
    expect(closestIds('dialgpt', ids, 1)).toEqual(['junnyu/microsoft-DialoGPT-small']);
    expect(closestIds('distilgtp2', ids, 1)).toEqual(['junnyu/distilgpt2']);
  });

  it('leaves out ids farther than a limit', () => {
    expect(closestIds('xylophone', ['gpt2-en', 'junnyu/distilgpt2'], 3, 3)).toEqual([]);
  });

  it('offers the weight whose alias is near, by its id, once', () => {
    // Near the alias microsoft/DialoGPT-small, not its weight's own id.
    expect(closestWeights('DialoGPT-smal', lookup)[0]).toBe('junnyu/microsoft-DialoGPT-small');
    const offered = closestWeights('DialoGPT-small', lookup, 10);
    expect(new Set(offered).size).toBe(offered.length);
    expect(closestWeights('nope-model', lookup)).toEqual([]);
  });

  it('offers by default only ids within one edit in three characters', () => {
    expect(nearEnough('dialgpt')).toBe(2);
    expect(nearEnough('ab')).toBe(1);
    const ids = [
      'gpt2-medium-en',
      'rocketqa-mini-cross-encoder',
      'rocketqa-base-cross-encoder',
      'junnyu/microsoft-DialoGPT-small',
    ];
    // Nothing near: no guess (the 404 page offered the three rocketqa ids for this one).
    expect(closestIds('nope-model', ids)).toEqual([]);
    expect(closestIds('gpt2-medum-en', ids)).toEqual(['gpt2-medium-en']);
    expect(closestIds('dialgpt', ids)).toEqual(['junnyu/microsoft-DialoGPT-small']);
  });

  it('measures edits', () => {
    expect(editDistance('kitten', 'sitting')).toBe(3);
    expect(editDistance('', 'abc')).toBe(3);
    expect(editDistance('same', 'same')).toBe(0);
  });
});

describe('mistypedId', () => {
  const names = [
    'bert-base-chinese',
    'ckiplab/bert-base-chinese',
    'bert-base-cased',
    'bert-base-uncased',
    'ernie-3.0-medium-zh',
    'microsoft/dialogpt-medium',
  ];

  it('finds the one name a query mistypes, without its owner where the query has none', () => {
    expect(mistypedId('bert-bsae-chinese', names)).toBe('bert-base-chinese');
    expect(mistypedId('ERNIE-3.0-medum-zh', names)).toBe('ernie-3.0-medium-zh');
    expect(mistypedId('dialogpt-meduim', names)).toBe('microsoft/dialogpt-medium');
    expect(mistypedId('microsoft/dialogpt-medim', names)).toBe('microsoft/dialogpt-medium');
  });

  it('guesses nothing for words, short or far queries, or two names as near', () => {
    expect(mistypedId('bert base chinese', names)).toBeNull();
    expect(mistypedId('bert', names)).toBeNull();
    expect(mistypedId('bert-large-chinese', names)).toBeNull();
    // One edit from both cased and uncased? No: "bert-base-xcased" is one from cased, two from
    // uncased; "bert-base-ucased" is one from each.
    expect(mistypedId('bert-base-xcased', names)).toBe('bert-base-cased');
    expect(mistypedId('bert-base-ucased', names)).toBeNull();
  });

  it('guesses nothing for a name being typed, nor for other digits', () => {
    expect(mistypedId('bert-base-chin', names)).toBeNull();
    expect(mistypedId('ernie-3.0-medium-zx', ['ernie-3.0-medium-zh', 'ernie-1.0-medium-zh'])).toBe(
      'ernie-3.0-medium-zh',
    );
    expect(mistypedId('ernie-2.0-medium-zh', ['ernie-3.0-medium-zh'])).toBeNull();
  });

  // The catalog's own names: a review found 243 beginnings of ids read as typos of others
  // (`bert-large` → bart-large, `ernie-3.0` → ernie-1.0) before the guards above.
  it('reads no beginning of a catalog id or alias as a typo of another', () => {
    const catalog = loadWeights().flatMap((w) =>
      [w.id, ...w.facts.aliases].map((name) => name.toLowerCase()),
    );
    const known = new Set(catalog);
    const promoted = catalog.flatMap((name) =>
      Array.from({ length: name.length - 6 }, (_, i) => name.slice(0, 6 + i))
        .filter((typed) => !known.has(typed))
        .flatMap((typed) => {
          const found = mistypedId(typed, catalog);
          return found === null ? [] : [`${typed} → ${found}`];
        }),
    );
    expect(promoted).toEqual([]);
  });
});

describe('typoDistance', () => {
  it('counts a swap of neighbours as one edit, and other edits as Levenshtein does', () => {
    expect(typoDistance('bsae', 'base')).toBe(1);
    expect(typoDistance('meduim', 'medium')).toBe(1);
    expect(typoDistance('large', 'base')).toBe(3);
    expect(typoDistance('', 'abc')).toBe(3);
    expect(typoDistance('abc', 'abc')).toBe(0);
    expect(typoDistance('ca', 'abc')).toBe(3);
  });

  it('stops past the most it is asked for, and says one more', () => {
    expect(typoDistance('bert-large-chinese', 'bart-base-english', 2)).toBe(3);
    expect(typoDistance('bsae', 'base', 2)).toBe(1);
  });
});
