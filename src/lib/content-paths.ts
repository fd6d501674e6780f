/**
 * Where content lives, and how a file path becomes an entry id.
 *
 * `CATALOG_CONTENT_DIR` points the build at another content folder: the benchmark's synthetic
 * catalogs and the build-failure tests use it. Everyone else gets `./content`.
 */
export function contentRoot(env: Record<string, string | undefined> = process.env): string {
  return (env['CATALOG_CONTENT_DIR'] ?? './content').replace(/\/+$/, '');
}

/**
 * Astro's default id is a lower-cased slug; PaddleNLP ids are case-sensitive
 * (`junnyu/microsoft-DialoGPT-small`) and URLs are built from them, so keep the path as written,
 * minus the extension.
 */
export function idFromEntryPath({ entry }: { entry: string }): string {
  return entry.replace(/\\/g, '/').replace(/\.[^./]+$/, '');
}
