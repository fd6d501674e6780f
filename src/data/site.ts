import { withBase } from '../lib/urls.ts';

/**
 * The site's origin for text a reader copies into other documentation: SITE_URL's, or a
 * placeholder for the reader to replace when the build was not told its address.
 */
export function copyableOrigin(site: URL | undefined): string {
  return site?.origin ?? 'https://<host>';
}

/** A site-relative path with this deployment's base path (`BASE_PATH`) in front. */
export function href(path: string): string {
  return withBase(import.meta.env.BASE_URL, path);
}
