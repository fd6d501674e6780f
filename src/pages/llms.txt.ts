import type { APIRoute } from 'astro';
import { rootFilesLocale } from '../lib/urls.ts';
import { getLlmsTxt } from '../data/catalog.ts';

/*
 * `/llms.txt` (https://llmstxt.org), at the root where it is looked for: the English pages, like
 * `/objects.inv`. Each language has its own beside its pages (src/pages/[locale]/llms.txt.ts).
 */
export const GET: APIRoute = async ({ site }) =>
  new Response(await getLlmsTxt(rootFilesLocale, site), {
    headers: { 'Content-Type': 'text/plain; charset=utf-8' },
  });
