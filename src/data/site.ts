import { withBase } from '../lib/urls.ts';

/** A site-relative path with this deployment's base path (`BASE_PATH`) in front. */
export function href(path: string): string {
  return withBase(import.meta.env.BASE_URL, path);
}
