import type { WeightLookup } from '../lib/lookup.ts';

/**
 * Fetches the site's id and alias lookup (`weightLookupPath`, base path included), which the 404
 * and compare pages load only when they need it; throws if it cannot.
 */
export async function fetchLookup(url: string): Promise<WeightLookup> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${response.status} for ${url}`);
  return (await response.json()) as WeightLookup;
}
