import { htmlLang, localeCodes } from '../i18n/locales.ts';
import { switchLocalePath } from './urls.ts';

/**
 * A sitemap in which every page lists its versions in every language (`xhtml:link` alternates),
 * as search engines want for a translated site. `pages` are the English-or-any-locale site paths
 * of each page once, in `localeCodes[0]`; `url` makes them absolute.
 */
export function sitemapXml(pages: string[], url: (path: string) => string): string {
  const [first] = localeCodes;
  if (first === undefined) throw new Error('no locales');
  const entries = pages.flatMap((path) => {
    const versions = localeCodes.map((locale) => ({
      locale,
      href: url(switchLocalePath(path, first, locale)),
    }));
    const alternates = versions
      .map(
        (v) =>
          `    <xhtml:link rel="alternate" hreflang="${htmlLang(v.locale)}" href="${escapeXml(v.href)}"/>`,
      )
      .join('\n');
    return versions.map(
      (v) => `  <url>\n    <loc>${escapeXml(v.href)}</loc>\n${alternates}\n  </url>`,
    );
  });
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:xhtml="http://www.w3.org/1999/xhtml">',
    ...entries,
    '</urlset>',
    '',
  ].join('\n');
}

function escapeXml(text: string): string {
  return text.replace(/[<>&'"]/g, (c) => `&#${c.charCodeAt(0)};`);
}
