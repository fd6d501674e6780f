/**
 * How Pagefind weighs a match, used by the search box and by the benchmark's relevance figures.
 *
 * Every weight page is the same template, so a page is long only because its prose is; the
 * default length penalty (0.75) let short fine-tunes named after a weight outrank the weight
 * itself, worst in Chinese, where prose is segmented into many short words. And a query that
 * spells an id should prefer the page whose words are as long as the query's: `gpt2-medium-en`
 * over `lab03/gpt2-medium-en-news-00123`. With the defaults, on the 1,000-weight benchmark
 * catalog, the zh-cn ranks of `microsoft-DialoGPT-small`, `uer-gpt2-chinese-poem` and
 * `gpt2-medium-en` were 8, 13 and 16; with these they are all 1 (npm run bench).
 */
export const searchRanking = { pageLength: 0.2, termSimilarity: 8 } as const;

/*
 * Exact ids. Pagefind splits `gpt2-medium-en` into `gpt2`, `medium` and `en`, which every
 * fine-tune named `…/gpt2-medium-en-news-00123` contains as well; at 5,000 weights the real
 * weight was not among the first 30 results in Chinese. And a one-word id (`distilgpt2`) is a
 * word of every look-alike's page too (`distilgpt2-65-xl`). `_` is a word character to Pagefind,
 * so each weight page also carries each of its names as one indexed word, closed at both ends
 * (`id_gpt2_medium_en_id`): Pagefind matches a query's last word as a prefix, and the closing
 * `_id` keeps `id_distilgpt2_id` from matching `id_distilgpt2_65_xl_id`. A query that could be an
 * id is also searched for in that form, and a match there comes first.
 */

/**
 * `junnyu/microsoft-DialoGPT-small` → `id_junnyu_microsoft_dialogpt_small_id`, `distilgpt2` →
 * `id_distilgpt2_id`; null for text that cannot be an id (spaces, other scripts).
 */
export function idSearchKey(text: string): string | null {
  const trimmed = text.trim();
  if (!/^[\w./-]+$/.test(trimmed)) return null;
  return `id_${trimmed.replace(/[-./]/g, '_').toLowerCase()}_id`;
}

/**
 * The keys a weight page is found by exactly: its id, each alias, and the last segment of each
 * (`microsoft-DialoGPT-small`), space-separated.
 */
export function weightSearchKeys(id: string, aliases: readonly string[]): string {
  const keys = new Set<string>();
  for (const name of [id, ...aliases]) {
    for (const form of [name, name.slice(name.lastIndexOf('/') + 1)]) {
      const key = idSearchKey(form);
      if (key !== null) keys.add(key);
    }
  }
  return [...keys].join(' ');
}

/*
 * Family and model names. A reader who types `bert`, `ernie` or `dialogpt` means the family,
 * and expects its original weights before the hundreds of fine-tunes named after it. Each page
 * carries its family's and its model line's names as closed words that also say its rank
 * (`fama_bert_fam`: PaddleNLP's own, `famb_` hand-verified, `famc_` imported), and search asks for
 * each rank in turn. Letters, not digits: Pagefind splits a word where a digit meets a letter, and
 * `fam0_xylophone_fam` then matched every page. (Pagefind's own `sort` would need one query, but
 * it returns every page for a word none has.)
 */

/** The ranks, in the order search lists them. */
export const familyRanks = [0, 1, 2] as const;

/** A family's or model line's name as keys spell it: `Blenderbot-Small` → `blenderbot_small`. */
export function familyName(text: string): string | null {
  const trimmed = text.trim();
  if (!/^[\w.-]+$/.test(trimmed)) return null;
  return trimmed.replace(/[-.]/g, '_').toLowerCase();
}

/** `BERT`, rank 0 → `fama_bert_fam`; null for text that cannot be a family name. */
export function familySearchKey(text: string, rank: number): string | null {
  const name = familyName(text);
  return name === null ? null : `fam${'abc'.charAt(rank)}_${name}_fam`;
}

/**
 * How many characters short of a family's or model line's name a query may be and still be
 * searched as it: `distilgp`, `ern`. Typing a name, the reader sees its weights before the last
 * keystroke, and that keystroke keeps the list instead of swapping look-alikes for them (whose
 * excerpts it would then fetch again). Not further: `chinese` is a word long before it is
 * `chinesebert`.
 */
export const FAMILY_TYPE_AHEAD = 2;

/**
 * The family keys a query is searched by, in rank order: a name typed whole, its key at each rank
 * the family has (`fama_bert_fam`); a name's beginning, three characters or more and at most
 * FAMILY_TYPE_AHEAD short of it, the keys of the names it begins (`ern` → `fama_ernie_fam`, not
 * ERNIE-M's or ERNIE-CTM's: a key's beginning would match every name that shares it). None for
 * anything else.
 */
export function familyQueries(
  query: string,
  families: Record<string, readonly number[]>,
): string[] {
  const name = familyName(query);
  if (name === null) return [];
  const whole = families[name];
  if (whole !== undefined) {
    return familyRanks.flatMap((rank) =>
      whole.includes(rank) ? [familySearchKey(query, rank)!] : [],
    );
  }
  if (name.length < 3) return [];
  const completions = familiesBeginning(name, families, FAMILY_TYPE_AHEAD);
  return familyRanks.flatMap((rank) =>
    completions.flatMap(([family, ranks]) =>
      ranks.includes(rank) ? [familySearchKey(family, rank)!] : [],
    ),
  );
}

/**
 * The families whose name begins with `name` (already a familyName) and is at most `missing`
 * characters longer, with their ranks. One reading of "a name being typed" for searching it
 * (familyQueries) and for preloading its keys (keyPrefixes), so the two cannot drift apart.
 */
function familiesBeginning(
  name: string,
  families: Record<string, readonly number[]>,
  missing = Infinity,
): [string, readonly number[]][] {
  return Object.entries(families).filter(
    ([family]) => family.startsWith(name) && family.length - name.length <= missing,
  );
}

/*
 * Search asks for these keys only when the query is a family's or model line's name, and only at
 * the ranks that family has: a key no page carries does not come back empty from Pagefind, which
 * falls back to words sharing its beginning (`fama_xylophone_fam` listed every weight of rank a).
 * The names and their ranks are a small JSON (`familyNamesPath`) that search fetches with its
 * index.
 */

/**
 * The family keys of a weight page: its family's slug and name, its model line's slug and name,
 * at the weight's rank.
 */
export function familySearchKeys(names: readonly string[], rank: number): string {
  const keys = new Set<string>();
  for (const name of names) {
    const key = familySearchKey(name, rank);
    if (key !== null) keys.add(key);
  }
  return [...keys].join(' ');
}

/** The names a weight is found by as a family's: its family's slug and name, its line's. */
export function familyNamesOf(weight: {
  zoo: { id: string; name: string };
  family: { id: string; name: string };
}): string[] {
  return [weight.zoo.id, weight.zoo.name, weight.family.id, weight.family.name];
}

/*
 * Words of prose. A distinctive word of a weight's page (`诗歌` for the poem model) is a word of
 * every fine-tune named after it too, and theirs say it more often, in shorter pages: at 1,000
 * weights the poem model was 92nd of 92, with or without Pagefind's length penalty. So the word
 * hits come in the same order of trust as a family's weights: the pages of PaddleNLP's own and
 * hand-verified weights first, by Pagefind's score, then the imported ones. Each page says its
 * tier as a Pagefind filter (`trustFilter`), which search asks for alongside the plain query; the
 * search box lists no facet for it.
 */

/** The Pagefind filter that says a weight page's tier. */
export const trustFilter = 'trust';

/** Its value for each familyRank: the first two are listed before imported weights. */
export const trustLevels = ['paddlenlp', 'verified', 'imported'] as const;

/** The tiers whose word hits come first. */
export const trustedLevels = trustLevels.slice(0, 2);

/** Where a weight sorts among its family's: 0 PaddleNLP's own, 1 hand-verified, 2 imported. */
export function familyRank(weight: { provider: string; origin?: string | undefined }): 0 | 1 | 2 {
  if (weight.provider === 'paddlenlp') return 0;
  return weight.origin === undefined ? 1 : 2;
}

/*
 * A family's weights in the order its name lists them. Within a rank the family key scores every
 * page alike but for its length, so the shortest pages came first: those of the weights no
 * source describes. `bert` listed seven of them among its first ten, bert-base-uncased 10th. So
 * each weight page carries its place in this order as a Pagefind sort (`listSort`), and search
 * asks for the family keys' hits in it: the weights with a figure to show first, then in the
 * table's order (`catalog.weights`). Pagefind's `sort` answers a word no page has with every
 * page, but search asks only for the keys that some page carries (familyQueries).
 */

/** The Pagefind sort that says a weight page's place in the list (`listPlace`). */
export const listSort = 'order';

/** Whether any source states the weight's size or shape: parameters, layers or hidden size. */
export function isDescribed(facts: {
  parameters: { printed: string | null; exact: number | null };
  architecture: { layers: number | null; hiddenSize: number | null };
}): boolean {
  const { parameters, architecture } = facts;
  return [parameters.printed, parameters.exact, architecture.layers, architecture.hiddenSize].some(
    (value) => value !== null,
  );
}

const listOrders = new WeakMap<readonly unknown[], Map<string, string>>();

/**
 * A weight's place in the order a family's name lists its weights, as the sort value its page
 * carries: zero-padded, so Pagefind's order is the same whether it reads the values as numbers
 * or as text. Every hit of one family key is of one family, so the order need not group them.
 * `weights` in the table's order; reckoned once per catalog, not once per page. Throws for a
 * weight not among them: Pagefind leaves a page without the value out of sorted results.
 */
export function listPlace(
  weights: readonly { id: string; facts: Parameters<typeof isDescribed>[0] }[],
  id: string,
): string {
  let order = listOrders.get(weights);
  if (order === undefined) {
    const described: (typeof weights)[number][] = [];
    const rest: (typeof weights)[number][] = [];
    for (const w of weights) (isDescribed(w.facts) ? described : rest).push(w);
    const ordered = [...described, ...rest];
    const width = String(ordered.length).length;
    order = new Map(ordered.map((w, i) => [w.id, String(i).padStart(width, '0')]));
    listOrders.set(weights, order);
  }
  const place = order.get(id);
  if (place === undefined) throw new Error(`listPlace: ${id} is not among the weights`);
  return place;
}

/*
 * Typing ahead. The id and family keys live in index chunks of their own (`id_…`, `fam…_…`), which
 * Pagefind fetches the first time a search needs them: the keystroke that completes `distilgpt2`
 * waited for two or three of them, 70 ms on a 1,000-weight catalog where the words' search alone
 * took 10. Pagefind matches a word's beginning, so once a query has shown its results the search
 * box preloads the chunks of the keys that begin with it (`id_distilgpt`), and the next keystroke
 * finds them loaded.
 */

/** What search knows of families (src/pages/family-names.json.ts). */
export interface FamilyNames {
  /** Each family's and model line's name, spelt as keys spell it, with its weights' ranks. */
  ranks: Record<string, readonly number[]>;
  /**
   * Each family that has a page, and each model line within one, by its name and its slug spelt
   * the same way.
   */
  pages: Record<string, FamilyPage>;
}

/** A family's page, or a model line's part of it, as a search offers it. */
export interface FamilyPage {
  /** The family's slug: `/{locale}/families/{id}/`. */
  id: string;
  /** Its name, the same in every language: `ERNIE-GEN`; a model line's: `DialoGPT`. */
  name: string;
  weights: number;
  /**
   * A model line (`dialogpt`): the family's page with its table filtered to the line's weights
   * (`?family=dialogpt`), whose family is named `family`.
   */
  line?: { id: string; family: string };
}

/**
 * What search knows of families, from the catalog's weights (as `familyRank` and `familyNamesOf`
 * read them) and the families that have pages, in the order they are listed.
 */
export function familyNames(
  weights: readonly {
    facts: Parameters<typeof familyRank>[0];
    zoo: { id: string; name: string };
    family: { id: string; name: string };
  }[],
  families: readonly { id: string; name: string; weights: number }[],
): FamilyNames {
  // Each name with the ranks its weights have: search asks only for keys some page carries.
  const ranks = new Map<string, Set<number>>();
  for (const w of weights) {
    for (const text of familyNamesOf(w)) {
      const name = familyName(text);
      if (name === null) continue;
      ranks.set(name, (ranks.get(name) ?? new Set<number>()).add(familyRank(w.facts)));
    }
  }
  const pages = new Map<string, FamilyPage>();
  // The page's path is built by search for the reader's language: the slug is all it needs.
  for (const { id, name, weights: count } of families) {
    for (const key of searchKeysOf({ id, name })) pages.set(key, { id, name, weights: count });
  }
  // A model line's name (`gpt-2`, `dialogpt`) offers its part of its family's page: it has no
  // page of its own, and its weights are one of the rows' "Model line" filter away.
  const lines = Map.groupBy(
    weights.filter((w) => w.family.id !== w.zoo.id),
    (w) => w.family.id,
  );
  for (const [id, members] of lines) {
    const { family, zoo } = members[0]!;
    const line = { id: zoo.id, name: family.name, weights: members.length };
    for (const key of searchKeysOf(family)) {
      // A family's own page comes first where a line shares its name.
      if (!pages.has(key)) pages.set(key, { ...line, line: { id, family: zoo.name } });
    }
  }
  const sorted = <T>(entries: Iterable<[string, T]>) =>
    Object.fromEntries([...entries].sort(([a], [b]) => a.localeCompare(b)));
  return {
    ranks: sorted([...ranks].map(([name, set]): [string, number[]] => [name, [...set].sort()])),
    pages: sorted(pages),
  };
}

/** The keys a family or a model line is found by: its name and its slug (`familyName`). */
function searchKeysOf({ id, name }: { id: string; name: string }): string[] {
  return [familyName(name), familyName(id)].filter((key) => key !== null);
}

/**
 * The family whose page a query names, or the model line within one (`dialogpt`): its name or its
 * slug typed whole, in any case, with hyphens or full stops as typed or not (`ernie-gen`,
 * `ERNIE_GEN`); null for anything else, and for a name being typed (`ber`).
 */
export function namedFamily(query: string, pages: FamilyNames['pages']): FamilyPage | null {
  const name = familyName(query);
  return name === null ? null : (pages[name] ?? null);
}

/**
 * The beginnings of the keys the query may grow into: `distilgpt` → `id_distilgpt` and, for each
 * rank at which some family's name begins with it, `fama_distilgpt` …; none for text that cannot
 * begin an id.
 */
export function keyPrefixes(query: string, families: Record<string, readonly number[]>): string[] {
  const key = idSearchKey(query);
  if (key === null) return [];
  const prefixes = [key.slice(0, -'_id'.length)];
  const name = familyName(query);
  if (name === null) return prefixes;
  const growsInto = familiesBeginning(name, families);
  for (const rank of familyRanks) {
    const grows = growsInto.some(([, ranks]) => ranks.includes(rank));
    const prefix = familySearchKey(query, rank);
    if (grows && prefix !== null) prefixes.push(prefix.slice(0, -'_fam'.length));
  }
  return prefixes;
}

/**
 * A weight's name typed with spaces where the id has hyphens or underscores (`ernie 3.0`,
 * `bert large`), as one hyphenated term, when it begins one of `names`: the ids and aliases without
 * an owner, lower-cased; null for anything else, and for one word. Pagefind indexes an id both
 * whole and in parts split at each hyphen and full stop, so `ernie 3.0` asked for a part "30"
 * that no page has, and found nothing on the English pages, while `ernie-3.0` finds the id's
 * beginning. Only such a beginning is asked for: a hyphenated term that begins no id, or only
 * the part after an owner (`gpt2-chinese`, in `uer/gpt2-chinese-poem`), answers with loose
 * matches of its parts (every GPT-2 page).
 */
export function joinedName(query: string, names: ReadonlySet<string>): string | null {
  const words = query.trim().toLowerCase().split(/\s+/);
  if (words.length < 2 || words.some((word) => /[^\p{Script=Latin}\p{N}._/-]/u.test(word)))
    return null;
  const joined = words.join('-');
  const normal = (name: string) => name.replaceAll('_', '-');
  for (const name of names) if (normal(name).startsWith(joined)) return joined;
  return null;
}

/**
 * A task's name as a reader may type it: any case, with spaces, hyphens or underscores, even one
 * typed last (`token-` while typing `token-classification`).
 */
const taskWords = (text: string) =>
  text
    .toLowerCase()
    .replace(/[\s_-]+/g, ' ')
    .trim();

/**
 * The zoo tasks a query names, for the search to offer each task's weights in the summary table
 * (a task's name finds, by its words, only the pages whose prose says it).
 * - A task's whole name, in any language's words for it (`问答`, `Question answering`) or as the
 *   table's URL spells it (`question-answering`), names that task alone.
 * - Otherwise, whole words of names (`classification`: sequence and token classification), or
 *   two or more Chinese characters that begin or end one (`分类`: 文本分类; `文本`: 文本分类 and
 *   文本生成), name each task that has them. Only whole words: `gen` or `tok` is more likely the
 *   start of an id than of a task; and a name's middle (`本分` of 文本分类) is another word.
 * Tasks come in the order of the records' keys (that of `zooTaskNames`); none for any other query.
 * `whole` says which rule named them.
 */
export function namedTasks<Task extends string>(
  query: string,
  names: readonly Readonly<Record<Task, string>>[],
): { tasks: Task[]; whole: boolean } {
  const typed = taskWords(query);
  if (typed === '') return { tasks: [], whole: false };
  const tasks = Object.keys(names[0] ?? {}) as Task[];
  const spellings = (task: Task) => [task, ...names.map((n) => n[task])].map(taskWords);
  const whole = tasks.find((task) => spellings(task).includes(typed));
  if (whole !== undefined) return { tasks: [whole], whole: true };
  const inName = /^\p{Script=Han}{2,}$/u.test(typed)
    ? (name: string) => name.startsWith(typed) || name.endsWith(typed)
    : (name: string) => ` ${name} `.includes(` ${typed} `);
  return { tasks: tasks.filter((task) => spellings(task).some(inName)), whole: false };
}

/**
 * A search's list with offers (a task's table) put in: after the `exact` first results, the
 * weights whose id or alias the query is, which rank first whatever else the query names, and
 * before the rest.
 */
export function offersAfter<T>(results: readonly T[], exact: number, offers: readonly T[]): T[] {
  return [...results.slice(0, exact), ...offers, ...results.slice(exact)];
}
