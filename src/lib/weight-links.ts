/**
 * Prose links to another weight with `<WeightLink id="…" />`, never a hand-written URL, so that
 * the build can check every such link. The prose loader records the ids it rendered as links
 * (src/lib/prose.ts), so the check sees exactly what the page links to: a `<WeightLink>` written
 * inside inline code is text, not a link, and is not checked.
 */
export interface RenderedLinks {
  rendered?: { metadata?: Record<string, unknown> | undefined } | undefined;
}

export function weightLinksOf(entry: RenderedLinks): string[] {
  const links = entry.rendered?.metadata?.weightLinks;
  return Array.isArray(links) ? links.map(String) : [];
}
