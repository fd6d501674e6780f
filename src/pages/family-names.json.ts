import type { APIRoute } from 'astro';
import { familyName } from '../lib/search-ranking.ts';
import { getCatalog } from '../data/catalog.ts';

/**
 * Every family's and model line's name as search keys spell them (`bert`, `gpt_2`, `dialogpt`):
 * search lists a family's weights, PaddleNLP's own first, only for a query that is one of these
 * (src/lib/search-ranking.ts). A few hundred bytes, fetched with the search index.
 */
export const GET: APIRoute = async () => {
  const { weights } = await getCatalog();
  const names = new Set<string>();
  for (const w of weights) {
    for (const text of [w.zoo.id, w.zoo.name, w.family.id, w.family.name]) {
      const name = familyName(text);
      if (name !== null) names.add(name);
    }
  }
  return new Response(JSON.stringify([...names].sort()), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
};
