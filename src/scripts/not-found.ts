/**
 * The 404 page in the browser: shows it in the language of the missing URL, forwards a weight URL
 * typed in another case or under an alias to the canonical page, and otherwise offers the closest
 * weight ids. The id lookup is fetched only for a URL under `/<locale>/weights/`.
 */
import {
  closestWeights,
  decodedPath,
  resolveWeightPath,
  weightPathParts,
  type WeightLookup,
} from '../lib/lookup.ts';
import { localeOfPath } from '../lib/negotiate.ts';
import { weightPath, withBase } from '../lib/urls.ts';
import { fetchLookup } from './weight-lookup.ts';
import { idCode } from './id-code.ts';

export async function initNotFoundPage(main: HTMLElement): Promise<void> {
  const base = main.dataset['base'] ?? '/';
  const path = decodedPath(
    location.pathname.startsWith(base)
      ? location.pathname.slice(base.length - 1)
      : location.pathname,
  );

  const locale = localeOfPath(path);
  const section = locale
    ? main.querySelector<HTMLElement>(`section[data-locale="${locale}"]`)
    : null;
  if (locale && section) {
    for (const other of main.querySelectorAll<HTMLElement>('section[data-locale]')) {
      other.hidden = other !== section;
    }
    document.documentElement.lang = section.lang || document.documentElement.lang;
  }

  const typed = weightPathParts(path)?.typed;
  if (!typed) return;
  // The find box holds the id the link named, so the reader can correct it where it is wrong
  // and look for it in the table, instead of typing it again; at once, not after the lookup.
  const find = section?.querySelector<HTMLInputElement>('input[data-find]');
  if (find && find.value === '') find.value = typed;
  let lookup: WeightLookup;
  try {
    lookup = await fetchLookup(main.dataset['lookupUrl'] ?? '');
  } catch (error) {
    // The page still says what happened and links back to the tables.
    console.error(error);
    return;
  }

  const found = resolveWeightPath(path, lookup);
  if (found) {
    const canonical = withBase(base, weightPath(found.locale, found.id));
    if (canonical !== location.pathname) location.replace(canonical + location.hash);
    return;
  }
  const suggestions = section?.querySelector<HTMLElement>('[data-suggestions]');
  if (!locale || !suggestions) return;
  const near = closestWeights(typed, lookup);
  // None near enough: no guess is better than three unrelated ids.
  if (near.length === 0) return;
  suggestions.querySelector('ul')?.replaceChildren(
    ...near.map((id) => {
      const item = document.createElement('li');
      const link = document.createElement('a');
      link.href = withBase(base, weightPath(locale, id));
      link.append(idCode(id));
      item.append(link);
      return item;
    }),
  );
  suggestions.hidden = false;
}
