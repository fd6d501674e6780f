import { join } from 'node:path';

/** Whether a built page asks search engines not to index it (`<meta name="robots" content="noindex">`). */
export function isNoindex(html: string): boolean {
  return /<meta\s+name="robots"\s+content="[^"]*\bnoindex\b/i.test(html);
}

/**
 * The file a page's URL path was built to, with `build.format: 'directory'`: `/base/en/` →
 * `<outDir>/en/index.html`. Ids may hold characters a URL escapes.
 */
export function builtPageFile(outDir: string, base: string, pathname: string): string {
  const prefix = base.endsWith('/') ? base : `${base}/`;
  if (!pathname.startsWith(prefix)) throw new Error(`${pathname} is not under ${prefix}`);
  const path = decodeURIComponent(pathname.slice(prefix.length));
  return join(outDir, path, path === '' || path.endsWith('/') ? 'index.html' : '');
}
