import type { APIRoute } from 'astro';
import { familyNames } from '../lib/search-ranking.ts';
import { familySummaries } from '../lib/zoo.ts';
import { getCatalog } from '../data/catalog.ts';

/**
 * What search knows of families, fetched with its index (3.4 kB, 0.9 kB gzip):
 * - `ranks`: every family's and model line's name as search keys spell them (`bert`, `gpt_2`,
 *   `dialogpt`), with the ranks of its weights: search lists a family's weights, PaddleNLP's own
 *   first, only for a query that is one of these, and asks only for keys that exist
 *   (src/lib/search-ranking.ts);
 * - `pages`: each family that has a page, and each model line within one, by its name and its slug
 *   spelt the same way, with its weight count: a query that names one offers its page, or the
 *   line's part of its family's page (namedFamily).
 */
export const GET: APIRoute = async () => {
  const catalog = await getCatalog();
  const json = familyNames(catalog.weights, familySummaries(catalog, 'en'));
  return new Response(JSON.stringify(json), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
};
