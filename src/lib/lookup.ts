import { isLocale, type Locale } from '../i18n/locales.ts';

/**
 * Resolving a weight URL that does not exist as typed: another case
 * (`/en/weights/junnyu/microsoft-dialogpt-small/`) or an alias. Static hosts cannot do this, so
 * the 404 page runs it in the browser; a folder per case variant would break builds and checkouts
 * on case-insensitive file systems.
 */

/** Every id and alias, lower-cased, to the canonical id it names. */
export type WeightLookup = Record<string, string>;

export function buildLookup(weights: { id: string; aliases: readonly string[] }[]): WeightLookup {
  const lookup: WeightLookup = {};
  for (const { id, aliases } of weights) {
    for (const name of [id, ...aliases]) lookup[name.toLowerCase()] = id;
  }
  return lookup;
}

/**
 * The locale segment and the id as typed in a path shaped like a weight URL, in any case
 * (`/EN/Weights/GPT2-EN/index.html` → { locale: 'EN', typed: 'GPT2-EN' }), or null for any other
 * path. One rule for both questions the 404 page asks: whether to look the id up, and what.
 */
export function weightPathParts(path: string): { locale: string; typed: string } | null {
  const match = /^\/([^/]+)\/weights\/(.+?)\/?(?:index\.html)?$/i.exec(path);
  return match ? { locale: match[1] ?? '', typed: match[2] ?? '' } : null;
}

/**
 * A URL's path as typed, its escapes decoded once; as it came where an escape is malformed
 * (`/en/weights/50%/`), which decodeURIComponent throws on.
 */
export function decodedPath(path: string): string {
  try {
    return decodeURIComponent(path);
  } catch {
    return path;
  }
}

/**
 * `/EN/Weights/JUNNYU/distilgpt2` → { locale: 'en', id: 'junnyu/distilgpt2' }, or null. The path
 * decoded already (decodedPath): decoded twice, `50%25` became a malformed `50%` and threw.
 */
export function resolveWeightPath(
  path: string,
  lookup: WeightLookup,
): { locale: Locale; id: string } | null {
  const parts = weightPathParts(path);
  if (!parts) return null;
  const locale = parts.locale.toLowerCase();
  const id = lookup[parts.typed.toLowerCase()];
  return isLocale(locale) && id !== undefined ? { locale, id } : null;
}

/**
 * How far a typed name is from an id: the nearest of the whole id, its last path segment and
 * each of its words (split at `/`, `-`, `_`), ignoring case. A whole mistyped id
 * (`gpt2-medum-en`, the 404 page) is near the id itself; a fragment typed into search
 * (`dialgpt`) is near a word of it (`…/microsoft-DialoGPT-small`).
 */
export function idDistance(query: string, id: string): number {
  const q = query.toLowerCase();
  const whole = id.toLowerCase();
  const forms = [whole, whole.slice(whole.lastIndexOf('/') + 1), ...whole.split(/[/_-]+/)];
  return Math.min(...forms.map((form) => editDistance(q, form)));
}

/**
 * How far an id may be from a typed name and still be offered for it: one edit in three
 * characters, at least one. Farther ones are not what the reader meant (`nope-model` was offered
 * three rocketqa cross-encoders on the 404 page, which took every id however far).
 */
export function nearEnough(query: string): number {
  return Math.max(1, Math.floor(query.length / 3));
}

/**
 * The ids nearest to a mistyped one, nearest first, for "did you mean" on the 404 page and in
 * search: by `idDistance`, then by the distance to the whole id, then alphabetically. Ids farther
 * than `maxDistance` (`nearEnough`) are left out, so the two offer the same ids.
 */
export function closestIds(
  query: string,
  ids: readonly string[],
  count = 3,
  maxDistance = nearEnough(query),
): string[] {
  const q = query.toLowerCase();
  return ids
    .map((id) => ({
      id,
      distance: idDistance(q, id),
      whole: editDistance(q, id.toLowerCase()),
    }))
    .filter(({ distance }) => distance <= maxDistance)
    .sort((a, b) => a.distance - b.distance || a.whole - b.whole || a.id.localeCompare(b.id))
    .slice(0, count)
    .map(({ id }) => id);
}

/**
 * The weights nearest to a mistyped name, as closestIds ranks them, reckoned over every id and
 * alias (`DialoGPT-small` is near the alias microsoft/DialoGPT-small, far from its weight's id
 * junnyu/microsoft-DialoGPT-small) and named by their canonical ids, each once.
 */
export function closestWeights(query: string, lookup: WeightLookup, count = 3): string[] {
  const ids = closestIds(query, Object.keys(lookup), Infinity, nearEnough(query)).map(
    (name) => lookup[name]!,
  );
  return [...new Set(ids)].slice(0, count);
}

/**
 * The id or alias a query mistypes (`bert-bsae-chinese` → `bert-base-chinese`), for search to
 * list first. Only where the query looks like an id (no space, a separator, six characters or
 * more), is not the beginning of a name (`bert-large` of `bert-large-cased` is being typed, not a
 * typo of `bart-large`), has the digits of the name (`ernie-3.0` is not `ernie-1.0`, nor `1b`
 * `3b`), and is within one typo in eight characters (typoDistance) of it, as typed or, for a
 * query without an owner, after the name's owner. The nearest, then the nearest whole name
 * (`bert-base-chinese` before `ckiplab/bert-base-chinese`); null where two are as near, as a
 * guess between them would be a guess. `names` are lower-case; the query is not one of them.
 */
export function mistypedId(query: string, names: readonly string[]): string | null {
  const q = query.trim().toLowerCase();
  if (q.length < 6 || /\s/.test(q) || !/[-/_.]/.test(q)) return null;
  const own = (name: string) => (q.includes('/') ? name : name.slice(name.lastIndexOf('/') + 1));
  if (names.some((name) => own(name).startsWith(q))) return null;
  const digits = (text: string) => text.replace(/\D/g, '');
  const most = Math.max(1, Math.floor(q.length / 8));
  let best: { name: string; distance: number; whole: number } | null = null;
  let tied = false;
  for (const name of names) {
    const typed = own(name);
    // Farther than `most` by length alone, or by a digit: no edit distance to reckon.
    if (Math.abs(typed.length - q.length) > most || digits(typed) !== digits(q)) continue;
    const distance = typoDistance(q, typed, most);
    if (distance > most) continue;
    const whole = typed === name ? distance : typoDistance(q, name);
    const order = best === null ? -1 : distance - best.distance || whole - best.whole;
    if (order < 0) [best, tied] = [{ name, distance, whole }, false];
    else if (order === 0) tied = true;
  }
  return best === null || tied ? null : best.name;
}

/**
 * Edits between two strings, a swap of two neighbours counting as one (`bsae` for `base`), as
 * typing makes them: the optimal string alignment distance. Past `most`, it stops and says
 * `most + 1`: a row's least is where the distance can only grow from.
 */
export function typoDistance(a: string, b: string, most = Infinity): number {
  // Three rows: the one before the previous is where a swap comes from.
  let before: number[] = [];
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let d = Math.min(previous[j]! + 1, row[j - 1]! + 1, previous[j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
        d = Math.min(d, before[j - 2]! + 1);
      }
      row.push(d);
    }
    // A swap reaches back two rows, so both must be past `most`.
    if (Math.min(...row) > most && Math.min(...previous) > most) return most + 1;
    [before, previous] = [previous, row];
  }
  return Math.min(previous[b.length]!, most + 1);
}

/** Levenshtein distance, in O(|a|·|b|) time and O(|b|) memory. */
export function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      const substitution = (previous[j - 1] ?? 0) + (a[i - 1] === b[j - 1] ? 0 : 1);
      current[j] = Math.min((previous[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1, substitution);
    }
    previous = current;
  }
  return previous[b.length] ?? 0;
}
