import type { APIRoute } from 'astro';
import { catalogJson } from '../lib/catalog-json';
import { absoluteUrl } from '../lib/urls';
import { getCatalog } from '../data/catalog';
import { href } from '../data/site';

export const GET: APIRoute = async ({ site }) => {
  const body = catalogJson(await getCatalog(), (path) => absoluteUrl(href(path), site));
  return new Response(JSON.stringify(body, null, 2), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
};
