import type { APIRoute } from 'astro';
import { familyName, familyNamesOf, familyRank } from '../lib/search-ranking.ts';
import { getCatalog } from '../data/catalog.ts';

/**
 * Every family's and model line's name as search keys spell them (`bert`, `gpt_2`, `dialogpt`),
 * with the ranks of its weights: search lists a family's weights, PaddleNLP's own first, only for
 * a query that is one of these, and asks only for keys that exist (src/lib/search-ranking.ts).
 * About a kilobyte, fetched with the search index.
 */
export const GET: APIRoute = async () => {
  const { weights } = await getCatalog();
  // Each name with the ranks its weights have: search asks only for keys some page carries.
  const names = new Map<string, Set<number>>();
  for (const w of weights) {
    for (const text of familyNamesOf(w)) {
      const name = familyName(text);
      if (name === null) continue;
      const ranks = names.get(name) ?? new Set<number>();
      ranks.add(familyRank(w.facts));
      names.set(name, ranks);
    }
  }
  const json = Object.fromEntries(
    [...names.keys()].sort().map((name) => [name, [...names.get(name)!].sort()]),
  );
  return new Response(JSON.stringify(json), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
};
