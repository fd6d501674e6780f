/**
 * The compare page: reads `?ids=`, loads those weights' JSON and builds the side-by-side table.
 * An unknown id is named and left out; a wrong number of weights gets a message, never a blank
 * page.
 */
import type { Locale } from '../i18n/locales.ts';
import { translator } from '../i18n/interpolate.ts';
import {
  compareRows,
  parseCompareIds,
  type ComparePageData,
  type CompareWeight,
} from '../lib/compare.ts';
import type { WeightLookup } from '../lib/lookup.ts';
import { weightPath, withBase } from '../lib/urls.ts';
import { fetchLookup } from './weight-lookup.ts';
import { idCode } from './id-code.ts';
import { slashBreaks } from '../lib/line-breaks.ts';

export async function initComparePage(root: HTMLElement): Promise<void> {
  const message = root.querySelector<HTMLElement>('[data-compare-message]');
  const output = root.querySelector<HTMLElement>('[data-compare-output]');
  if (!message || !output) return;
  const locale = root.dataset['locale'] as Locale;
  const base = root.dataset['base'] ?? '/';
  // The page always writes the block: without it, this throws where the console shows it.
  const data = root.querySelector('script[data-compare-data]')!.textContent;
  const { dictionary, families, strings } = JSON.parse(data) as ComparePageData;
  const t = translator(dictionary);

  let lookup: WeightLookup;
  try {
    lookup = await fetchLookup(root.dataset['lookupUrl'] ?? '');
  } catch (error) {
    console.error(error);
    message.textContent = strings.failed;
    return;
  }
  const request = parseCompareIds(new URLSearchParams(location.search).get('ids'), lookup);
  const unknown =
    request.unknown.length === 0
      ? ''
      : strings.unknown.replace(
          '{ids}',
          request.unknown.map((id) => `“${id}”`).join(strings.idSeparator),
        );
  if (!request.ok) {
    const problem =
      request.count === 0 ? strings.none : strings.count.replace('{count}', String(request.count));
    // Sentences, joined as the language joins them: no space after a Chinese full stop.
    message.textContent = [unknown, problem, strings.pick].filter(Boolean).join(strings.sentence);
    return;
  }

  let weights: CompareWeight[];
  try {
    weights = await Promise.all(
      request.ids.map(async (id) => {
        const response = await fetch(withBase(base, `/weights/${id}.json`));
        if (!response.ok) throw new Error(`${response.status} for ${id}`);
        return (await response.json()) as CompareWeight;
      }),
    );
  } catch (error) {
    console.error(error);
    message.textContent = strings.failed;
    return;
  }

  const table = document.createElement('table');
  const caption = table.createCaption();
  caption.id = 'compare-caption';
  caption.textContent = strings.caption.replace('{ids}', request.ids.join(strings.idSeparator));
  const head = table.createTHead().insertRow();
  const corner = document.createElement('th');
  corner.scope = 'col';
  corner.textContent = strings.fact;
  head.append(corner);
  for (const weight of weights) {
    const th = document.createElement('th');
    th.scope = 'col';
    const link = document.createElement('a');
    link.href = withBase(base, weightPath(locale, weight.id));
    link.append(idCode(weight.id));
    th.append(link);
    head.append(th);
  }
  const body = table.createTBody();
  for (const row of compareRows(weights, locale, t, families)) {
    const tr = body.insertRow();
    tr.dataset['fact'] = row.key;
    const th = document.createElement('th');
    th.scope = 'row';
    th.textContent = row.label;
    if (row.differs) {
      tr.dataset['differs'] = '';
      const mark = document.createElement('span');
      mark.className = 'differs-mark';
      mark.textContent = `≠ ${strings.differs}`;
      th.append(mark);
    }
    tr.append(th);
    for (const value of row.values) {
      // As FactsTable.astro renders a value: a link where it has one, its language on its text.
      const cell = tr.insertCell();
      if (value.unknown) cell.className = 'unknown';
      const text = document.createElement(value.href === undefined ? 'span' : 'a');
      if (text instanceof HTMLAnchorElement) text.href = value.href!;
      text.textContent = value.text;
      if (value.lang !== undefined) text.lang = value.lang;
      cell.append(text);
      // Then what the fact means for this family, and where it comes from.
      for (const [className, text] of [
        ['fact-explanation', value.explanation],
        ['fact-note', value.note],
      ] as const) {
        if (text === undefined) continue;
        const span = document.createElement('span');
        span.className = className;
        // A note's file path breaks after its slashes, as FactsTable.astro's <LineText> lets it.
        (className === 'fact-note' ? slashBreaks(text) : [text]).forEach((part, i) => {
          if (i > 0) span.append(document.createElement('wbr'));
          span.append(part);
        });
        // A space before it, as in FactsTable.astro: a block on screen, words apart in a copy.
        cell.append(' ', span);
      }
    }
  }
  // The weights that exist are compared; the ids that do not are named above the table.
  message.textContent = unknown;
  output.replaceChildren(table);
  output.hidden = false;
}
