import type { APIRoute, GetStaticPaths } from 'astro';
import { catalogJson } from '../../lib/catalog-json';
import { absoluteUrl } from '../../lib/urls';
import { getCatalog } from '../../data/catalog';
import { href } from '../../data/site';

/**
 * `/weights/{id}.json`: one weight's entry of `/weights.json`, so a page that needs a few weights
 * (compare) does not download the whole catalog.
 */
export const getStaticPaths = (async () => {
  const site = import.meta.env.SITE ? new URL(import.meta.env.SITE) : undefined;
  const json = catalogJson(await getCatalog(), (path) => absoluteUrl(href(path), site));
  return json.weights.map((weight) => ({ params: { id: weight.id }, props: { weight } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) =>
  new Response(JSON.stringify(props['weight']), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
