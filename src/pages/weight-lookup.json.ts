import type { APIRoute } from 'astro';
import { getWeightLookup } from '../data/catalog.ts';

/**
 * Every id and alias, lower-cased, to its weight. The 404 and compare pages fetch it when they
 * need it rather than carrying it, so neither grows with the catalog (at 5,000 weights it is
 * 46 KB gzip, which the 404 page had been shipping to every mistyped URL).
 */
export const GET: APIRoute = async () =>
  new Response(JSON.stringify(await getWeightLookup()), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
