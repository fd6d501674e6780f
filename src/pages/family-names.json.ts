import type { APIRoute } from 'astro';
import { familyName, familyNamesOf, familyRank, type FamilyNames } from '../lib/search-ranking.ts';
import { familySummaries } from '../lib/zoo.ts';
import { getCatalog } from '../data/catalog.ts';

/**
 * What search knows of families, fetched with its index (3.4 kB, 0.9 kB gzip):
 * - `ranks`: every family's and model line's name as search keys spell them (`bert`, `gpt_2`,
 *   `dialogpt`), with the ranks of its weights: search lists a family's weights, PaddleNLP's own
 *   first, only for a query that is one of these, and asks only for keys that exist
 *   (src/lib/search-ranking.ts);
 * - `pages`: each family that has a page, by its name and its slug spelt the same way, with its
 *   weight count: a query that names one offers its page (namedFamily).
 */
export const GET: APIRoute = async () => {
  const catalog = await getCatalog();
  // Each name with the ranks its weights have: search asks only for keys some page carries.
  const names = new Map<string, Set<number>>();
  for (const w of catalog.weights) {
    for (const text of familyNamesOf(w)) {
      const name = familyName(text);
      if (name === null) continue;
      const ranks = names.get(name) ?? new Set<number>();
      ranks.add(familyRank(w.facts));
      names.set(name, ranks);
    }
  }
  const pages: FamilyNames['pages'] = {};
  // The page's path is built by search for the reader's language: the slug is all it needs.
  for (const { id, name, weights } of familySummaries(catalog, 'en')) {
    for (const key of [familyName(name), familyName(id)]) {
      if (key !== null) pages[key] = { id, name, weights };
    }
  }
  const json: FamilyNames = {
    ranks: Object.fromEntries(
      [...names.keys()].sort().map((name) => [name, [...names.get(name)!].sort()]),
    ),
    pages: Object.fromEntries(Object.entries(pages).sort(([a], [b]) => a.localeCompare(b))),
  };
  return new Response(JSON.stringify(json), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
};
