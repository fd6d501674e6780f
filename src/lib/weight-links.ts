/**
 * Prose links to another weight with `<WeightLink id="…" />`, never a hand-written URL, so that
 * the build can check every such link: this finds them in an entry's raw MDX.
 */
export function findWeightLinks(mdx: string): string[] {
  const ids: string[] = [];
  for (const match of mdx.matchAll(/<WeightLink\b[^>]*?\bid=(["'])(.*?)\1/g)) {
    ids.push(match[2] ?? '');
  }
  return ids;
}
