import { describe, expect, it } from 'vitest';
import { buildCatalog, CatalogError } from '../../src/lib/catalog.ts';
import { factsEntry, proseEntry, validInput } from '../helpers/entries.ts';

/** Runs buildCatalog and returns the problems it reports, as "file: field: message" lines. */
function problemsOf(input: Parameters<typeof buildCatalog>[0]): string[] {
  try {
    buildCatalog(input);
  } catch (error) {
    if (!(error instanceof CatalogError)) throw error;
    return error.problems.map((p) => `${p.file}: ${p.field}: ${p.message}`);
  }
  throw new Error('expected buildCatalog to reject the input');
}

describe('buildCatalog', () => {
  it('joins facts, prose in every locale and the family of each weight', () => {
    const catalog = buildCatalog(validInput());
    expect(catalog.weights.map((w) => w.id)).toEqual([
      'gpt-cpm-small-cn-distill',
      'gpt-cpm-large-cn',
    ]);
    const student = catalog.byId.get('gpt-cpm-small-cn-distill');
    expect(student?.family).toEqual({ id: 'cpm', name: 'CPM', order: 1, paper: null });
    expect(student?.prose.en.data.title).toBe('gpt-cpm-small-cn-distill (en)');
    expect(student?.prose['zh-cn'].id).toBe('zh-cn/gpt-cpm-small-cn-distill');
  });

  it('orders official weights before community ones, then by family order and size', () => {
    const input = validInput();
    input.facts.push(factsEntry('junnyu/community', { provider: 'community' }));
    input.prose.push(proseEntry('en', 'junnyu/community'), proseEntry('zh-cn', 'junnyu/community'));
    expect(buildCatalog(input).weights.at(-1)?.id).toBe('junnyu/community');
  });

  it('names the file and locale of a missing translation', () => {
    const input = validInput();
    input.prose = input.prose.filter((p) => p.id !== 'zh-cn/gpt-cpm-large-cn');
    expect(problemsOf(input)).toEqual([
      'content/weights/facts/gpt-cpm-large-cn.yaml: translation.zh-cn: missing translation: add content/weights/zh-cn/gpt-cpm-large-cn.mdx',
    ]);
  });

  it('rejects prose for a weight that has no facts', () => {
    const input = validInput();
    input.prose.push(proseEntry('en', 'gpt-cpm-medium-cn'));
    expect(problemsOf(input)).toEqual([
      'content/weights/en/gpt-cpm-medium-cn.mdx: id: no weight "gpt-cpm-medium-cn": add content/weights/facts/gpt-cpm-medium-cn.yaml or fix the file name',
    ]);
  });

  it('rejects prose outside a locale folder', () => {
    const input = validInput();
    input.prose.push(proseEntry('fr', 'gpt-cpm-large-cn'));
    const [problem] = problemsOf(input);
    expect(problem).toMatch(/^content\/weights\/fr\/gpt-cpm-large-cn\.mdx: path: .*zh-cn, en/);
  });

  it('rejects ids that differ only in case, naming both files', () => {
    const input = validInput();
    input.facts.push(factsEntry('GPT-CPM-large-cn'));
    input.prose.push(proseEntry('en', 'GPT-CPM-large-cn'), proseEntry('zh-cn', 'GPT-CPM-large-cn'));
    expect(problemsOf(input)).toEqual([
      'content/weights/facts/GPT-CPM-large-cn.yaml: id: duplicate id: "GPT-CPM-large-cn" differs only in case from "gpt-cpm-large-cn" (content/weights/facts/gpt-cpm-large-cn.yaml)',
    ]);
  });

  it('rejects an alias that is another weight’s id, in any case', () => {
    const input = validInput();
    input.facts[1] = factsEntry('gpt-cpm-small-cn-distill', {
      lineage: { distilledFrom: 'gpt-cpm-large-cn' },
      aliases: ['cpm/small', 'GPT-CPM-LARGE-CN'],
    });
    expect(problemsOf(input)).toEqual([
      'content/weights/facts/gpt-cpm-small-cn-distill.yaml: aliases.1: duplicate id: "GPT-CPM-LARGE-CN" differs only in case from "gpt-cpm-large-cn" (content/weights/facts/gpt-cpm-large-cn.yaml)',
    ]);
  });

  it('rejects an alias listed twice', () => {
    const input = validInput();
    input.facts[0] = factsEntry('gpt-cpm-large-cn', { aliases: ['cpm/large', 'cpm/large'] });
    expect(problemsOf(input)).toEqual([
      'content/weights/facts/gpt-cpm-large-cn.yaml: aliases.1: duplicate id: "cpm/large" is already used in this file',
    ]);
  });

  it('rejects a file name that is not a weight id', () => {
    const input = validInput();
    input.facts.push(factsEntry('a/b/c'));
    input.prose.push(proseEntry('en', 'a/b/c'), proseEntry('zh-cn', 'a/b/c'));
    expect(problemsOf(input)[0]).toMatch(
      /^content\/weights\/facts\/a\/b\/c\.yaml: id: "a\/b\/c" is not a valid weight id/,
    );
  });

  it('rejects a lineage reference to a weight that does not exist, suggesting the right case', () => {
    const input = validInput();
    input.facts[1] = factsEntry('gpt-cpm-small-cn-distill', {
      lineage: { distilledFrom: 'GPT-CPM-LARGE-CN' },
    });
    expect(problemsOf(input)).toEqual([
      'content/weights/facts/gpt-cpm-small-cn-distill.yaml: lineage.distilledFrom: no weight "GPT-CPM-LARGE-CN" in the catalog (did you mean "gpt-cpm-large-cn"?)',
    ]);
  });

  it('rejects a weight distilled from itself', () => {
    const input = validInput();
    input.facts[0] = factsEntry('gpt-cpm-large-cn', {
      lineage: { distilledFrom: 'gpt-cpm-large-cn' },
    });
    expect(problemsOf(input)).toEqual([
      'content/weights/facts/gpt-cpm-large-cn.yaml: lineage.distilledFrom: a weight cannot be distilled from itself',
    ]);
  });

  it('rejects a <WeightLink> in prose that points to no weight', () => {
    const input = validInput();
    input.prose.push(proseEntry('en', 'gpt-cpm-large-cn', 'See <WeightLink id="gpt2-xxl-en" />.'));
    input.prose.splice(0, 1); // drop the original en prose of gpt-cpm-large-cn
    expect(problemsOf(input)).toEqual([
      'content/weights/en/gpt-cpm-large-cn.mdx: body: <WeightLink id="gpt2-xxl-en" /> points to no weight',
    ]);
  });

  it('rejects a family that has no entry in content/families', () => {
    const input = validInput();
    input.facts[0] = factsEntry('gpt-cpm-large-cn', { family: 'cmp' });
    expect(problemsOf(input)).toEqual([
      'content/weights/facts/gpt-cpm-large-cn.yaml: family: unknown family "cmp": known families are cpm (content/families/)',
    ]);
  });

  it('asks each language to explain a printed figure that is not the exact count', () => {
    const input = validInput();
    input.facts[0] = factsEntry('gpt-cpm-large-cn', {
      parameters: { printed: '2.2B', exact: 2597073920 },
    });
    expect(problemsOf(input)).toEqual(
      ['zh-cn', 'en'].map(
        (locale) =>
          `content/weights/${locale}/gpt-cpm-large-cn.mdx: parametersNote: PaddleNLP prints 2.2B but the exact count is 2597073920: say why in parametersNote`,
      ),
    );
  });

  it('reports every problem at once, not only the first', () => {
    const input = validInput();
    input.facts[0] = factsEntry('gpt-cpm-large-cn', { family: 'cmp' });
    input.prose = input.prose.filter((p) => p.id !== 'en/gpt-cpm-small-cn-distill');
    const error = (() => {
      try {
        buildCatalog(input);
      } catch (e) {
        return e as CatalogError;
      }
      return undefined;
    })();
    expect(error?.problems).toHaveLength(2);
    expect(error?.message).toContain('The weights catalog has 2 problems');
  });
});
