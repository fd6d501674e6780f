import type { APIRoute } from 'astro';
import { getCatalogJson } from '../data/catalog.ts';

export const GET: APIRoute = async () =>
  new Response(JSON.stringify(await getCatalogJson(), null, 2), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
