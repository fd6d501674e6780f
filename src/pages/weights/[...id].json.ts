import type { APIRoute, GetStaticPaths } from 'astro';
import { getCatalogJson } from '../../data/catalog.ts';

/**
 * `/weights/{id}.json`: one weight's entry of `/weights.json`, so a page that needs a few weights
 * (compare) does not download the whole catalog.
 */
export const getStaticPaths = (async () => {
  const { weights } = await getCatalogJson();
  return weights.map((weight) => ({ params: { id: weight.id }, props: { weight } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) =>
  new Response(JSON.stringify(props['weight']), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
