import { describe, expect, it } from 'vitest';
import { buildCatalog } from '../../src/lib/catalog.ts';
import { catalogJson } from '../../src/lib/catalog-json.ts';
import { builtPageFile, isNoindex } from '../../src/lib/sitemap.ts';
import { catalogJsonSchema } from '../../src/schemas/catalog-json.ts';
import { factsEntry, validInput } from '../helpers/entries.ts';

describe('catalogJson', () => {
  it('publishes every fact, both titles, both URLs and the aliases, valid against its schema', () => {
    const input = validInput();
    input.facts[0] = factsEntry('gpt-cpm-large-cn', { aliases: ['cpm/large'] });
    const json = catalogJson(buildCatalog(input), (path) => `https://docs.example.org/base${path}`);
    expect(catalogJsonSchema.parse(json)).toEqual(json);
    const large = json.weights.find((w) => w.id === 'gpt-cpm-large-cn');
    expect(large?.aliases).toEqual(['cpm/large']);
    expect(large?.facts.architecture.layers).toBe(32);
    expect(large?.titles).toEqual({
      en: 'gpt-cpm-large-cn (en)',
      'zh-cn': 'gpt-cpm-large-cn (zh-cn)',
    });
    expect(large?.urls['zh-cn']).toBe(
      'https://docs.example.org/base/zh-cn/weights/gpt-cpm-large-cn/',
    );
    expect(large?.aliasUrls.en).toEqual(['https://docs.example.org/base/en/weights/cpm/large/']);
  });

  it('gives every source an English label, and an imported one its parts too', () => {
    const input = validInput();
    const url = 'https://example.org/configuration.py';
    const code = { kind: 'source-code', file: 'gpt/configuration.py', revision: '2025-03', url };
    input.facts[0] = factsEntry('gpt-cpm-large-cn', {
      sources: [{ label: 'CPM paper', url }, code],
    });
    const json = catalogJson(buildCatalog(input), (path) => path);
    expect(catalogJsonSchema.parse(json)).toEqual(json);
    const [written, imported] = json.weights.find((w) => w.id === 'gpt-cpm-large-cn')!.facts
      .sources;
    expect(written).toEqual({ label: 'CPM paper', url });
    expect(imported).toEqual({
      ...code,
      label: 'PaddleNLP’s source code, 2025-03 revision: gpt/configuration.py',
    });
  });

  it('is rejected by the schema when a fact is missing', () => {
    const json = catalogJson(buildCatalog(validInput()), (path) => path);
    const broken = structuredClone(json) as { weights: { facts: Record<string, unknown> }[] };
    delete broken.weights[0]!.facts['license'];
    expect(catalogJsonSchema.safeParse(broken).success).toBe(false);
  });
});

describe('the sitemap’s page rules', () => {
  it('finds the noindex that alias redirects and the 404 page carry', () => {
    expect(isNoindex('<head><meta name="robots" content="noindex" /></head>')).toBe(true);
    expect(isNoindex('<meta name="robots" content="noindex, follow">')).toBe(true);
    expect(isNoindex('<meta name="description" content="noindex is a word" />')).toBe(false);
    expect(isNoindex('<meta name="robots" content="index, follow" />')).toBe(false);
  });

  it('maps a page’s URL path to the file it was built to, under a base path', () => {
    expect(builtPageFile('/d', '/', '/')).toBe('/d/index.html');
    expect(builtPageFile('/d', '/paddlenlp/gpt/', '/paddlenlp/gpt/en/weights/a/b/')).toBe(
      '/d/en/weights/a/b/index.html',
    );
    expect(builtPageFile('/d', '/', '/en/weights/a%20b/')).toBe('/d/en/weights/a b/index.html');
    expect(() => builtPageFile('/d', '/x/', '/en/')).toThrow('/en/ is not under /x/');
  });
});
