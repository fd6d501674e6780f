import { describe, expect, it } from 'vitest';
import { CatalogError } from '../../src/lib/catalog.ts';
import { pagesBySlug } from '../../src/lib/pages.ts';

const page = (id: string) => ({
  id,
  filePath: `content/pages/${id}.mdx`,
  data: { title: 't', description: 'd' },
});

describe('pagesBySlug', () => {
  it('pairs the languages of each page', () => {
    const pages = pagesBySlug([page('en/about'), page('zh-cn/about')], 'content');
    expect([...pages.keys()]).toEqual(['about']);
    expect(pages.get('about')?.en.id).toBe('en/about');
    expect(pages.get('about')?.['zh-cn'].id).toBe('zh-cn/about');
  });

  it('names the file to add for a missing translation, and a file outside a locale', () => {
    let error: unknown;
    try {
      pagesBySlug([page('en/about'), page('fr/about')], 'content');
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(CatalogError);
    expect((error as Error).message).toContain(
      'content/pages/fr/about.mdx: path: pages live in content/pages/<locale>/',
    );
    expect((error as Error).message).toContain(
      'content/pages/en/about.mdx: translation.zh-cn: missing translation: add content/pages/zh-cn/about.mdx',
    );
  });
});
