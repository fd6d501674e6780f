import type { APIRoute } from 'astro';
import { localeCodes, type Locale } from '../../i18n/locales.ts';
import { getLlmsTxt } from '../../data/catalog.ts';

/** A language's llms.txt (`/zh-cn/llms.txt`): its weights' Markdown pages. */
export function getStaticPaths() {
  return localeCodes.map((locale) => ({ params: { locale } }));
}

export const GET: APIRoute = async ({ params, site }) =>
  new Response(await getLlmsTxt(params['locale'] as Locale, site), {
    headers: { 'Content-Type': 'text/plain; charset=utf-8' },
  });
