import { describe, expect, it } from 'vitest';
import { buildCatalog } from '../../src/lib/catalog.ts';
import { catalogJson } from '../../src/lib/catalog-json.ts';
import { sitemapXml } from '../../src/lib/sitemap.ts';
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

  it('is rejected by the schema when a fact is missing', () => {
    const json = catalogJson(buildCatalog(validInput()), (path) => path);
    const broken = structuredClone(json) as { weights: { facts: Record<string, unknown> }[] };
    delete broken.weights[0]!.facts['license'];
    expect(catalogJsonSchema.safeParse(broken).success).toBe(false);
  });
});

describe('sitemapXml', () => {
  it('lists each page in every language with its alternates', () => {
    const xml = sitemapXml(['/zh-cn/', '/zh-cn/weights/a/b/'], (p) => `https://x.org${p}`);
    expect(xml.match(/<url>/g)).toHaveLength(4);
    expect(xml).toContain('<loc>https://x.org/en/weights/a/b/</loc>');
    expect(
      xml.match(/hreflang="zh-CN" href="https:\/\/x.org\/zh-cn\/weights\/a\/b\/"/g),
    ).toHaveLength(2);
    expect(xml.match(/hreflang="en" href="https:\/\/x.org\/en\/"/g)).toHaveLength(2);
  });
});
