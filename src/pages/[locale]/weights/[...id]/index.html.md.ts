import type { APIRoute, GetStaticPaths } from 'astro';
import { useTranslations } from '../../../../i18n/index.ts';
import { localeCodes, type Locale } from '../../../../i18n/locales.ts';
import { getCatalog, type ProseEntry } from '../../../../data/catalog.ts';
import type { Weight } from '../../../../lib/catalog.ts';
import { proseMarkdownOf, weightMarkdown } from '../../../../lib/markdown-twin.ts';
import { href } from '../../../../data/site.ts';
import { absoluteUrl } from '../../../../lib/urls.ts';

/**
 * `/{locale}/weights/{id}/index.html.md`: the weight page's Markdown twin (src/lib/markdown-twin.ts),
 * where llmstxt.org says to look for it. Aliases have none: their page only redirects.
 */
export const getStaticPaths = (async () => {
  const { weights } = await getCatalog();
  return localeCodes.flatMap((locale) =>
    weights.map((weight) => ({ params: { locale, id: weight.id }, props: { weight } })),
  );
}) satisfies GetStaticPaths;

export const GET: APIRoute<
  { weight: Weight<ProseEntry> },
  { locale: Locale; id: string }
> = async ({ params: { locale }, props: { weight }, site }) => {
  const markdown = weightMarkdown(weight, {
    locale,
    t: useTranslations(locale),
    catalog: await getCatalog(),
    prose: proseMarkdownOf(weight.prose[locale]),
    link: (path) => absoluteUrl(href(path), site),
  });
  return new Response(markdown, { headers: { 'Content-Type': 'text/markdown; charset=utf-8' } });
};
