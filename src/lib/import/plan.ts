import { parseDocument } from 'yaml';
import type { ConfigFacts } from './configs.ts';
import { canonical, ownership, quoteDates, seal, toYaml } from './generated.ts';
import { generateProse, proseFile } from './prose.ts';
import { buildRecord, type ImportedFacts, type Listing } from './record.ts';
import type { ZooPage, ZooRow, ZooTask } from './zoo.ts';
import { editDistance } from '../lookup.ts';
import { parseDetails } from './details.ts';

/**
 * Plans an import: from PaddleNLP's family pages (one or more revisions, oldest first) and the
 * catalog's current content, the files to write and to delete, and a report of every judgement
 * made. Pure: the CLI (src/build/import.ts) reads the files and applies the plan all at once, so
 * an error anywhere leaves content as it was.
 *
 * Ownership decides what may change (src/lib/import/generated.ts): files the import wrote and
 * nobody edited are rewritten; hand-written files and edited ones are never touched, and where
 * a page states a fact differently from a hand-verified entry, the report says so.
 */

export interface Revision {
  /** `2025-03`: the folder's name. */
  label: string;
  pages: ZooPage[];
  /** Family name (as the index links it) → tasks; null when the revision has no index. */
  tasks: Map<string, ZooTask[]> | null;
  /** Family folders in the index's order. */
  order: string[];
  /** The paper the index links each family to (by lower-cased name), with its reference line. */
  papers: Map<string, { url: string; reference: string | null }>;
  /** The URL of a family page of this revision. */
  pageUrl: (folder: string) => string;
}

export interface ExistingContent {
  /** `content/weights/facts/<id>.yaml` texts, by id. */
  facts: Map<string, string>;
  /** `content/weights/<locale>/<id>.mdx` texts, by `<locale>/<id>`. */
  prose: Map<string, string>;
  /** `content/families/<slug>.yaml` texts, by slug. */
  families: Map<string, string>;
}

export interface ImportReport {
  warnings: string[];
  renames: { from: string; to: string; family: string; evidence: string }[];
  unlisted: { id: string; family: string; lastListed: string }[];
  created: string[];
  updated: string[];
  unchanged: string[];
  /** Hand-written or hand-edited files the import left alone although the pages changed. */
  kept: { file: string; why: string }[];
  /** A hand-verified value the page states differently. */
  handDifferences: { id: string; field: string; verified: string; page: string }[];
  disagreements: { id: string; field: string; page: number; config: number; configFile: string }[];
  languages: { id: string; text: string; reading: string }[];
}

export interface ImportPlan {
  /** Content-relative path → full text. */
  writes: Map<string, string>;
  /** Content-relative paths. */
  deletes: string[];
  report: ImportReport;
  /** Final imported facts by id, for statistics. */
  imported: Map<string, ImportedFacts>;
  /** Weights per family folder on the newest revision. */
  perFamily: Map<string, number>;
}

export const locales = ['en', 'zh-cn'] as const;

export function familySlug(folder: string): string {
  return folder
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}

interface Tracked {
  id: string;
  /** The entry's facts file as it is now, parsed. */
  stored: Record<string, unknown> | null;
  hand: boolean;
  aliases: Set<string>;
  folder: string | null;
  row: ZooRow | null;
  listing: Listing | null;
  /** Removed from the catalog by a rename (its files move to the new id). */
  renamedTo?: string;
  renamedFrom?: string;
}

const factsPath = (id: string) => `weights/facts/${id}.yaml`;
const prosePath = (locale: string, id: string) => `weights/${locale}/${id}.mdx`;

export function planImport(
  revisions: Revision[],
  configs: Map<string, ConfigFacts>,
  existing: ExistingContent,
): ImportPlan {
  const report: ImportReport = {
    warnings: [],
    renames: [],
    unlisted: [],
    created: [],
    updated: [],
    unchanged: [],
    kept: [],
    handDifferences: [],
    disagreements: [],
    languages: [],
  };

  // The catalog as it is: every entry, hand-written or imported, with its names.
  const tracked = new Map<string, Tracked>();
  const byName = new Map<string, string>();
  for (const [id, text] of existing.facts) {
    const data = parseDocument(text).toJS() as Record<string, unknown>;
    const hand = data['origin'] !== 'imported';
    const aliases = new Set(Array.isArray(data['aliases']) ? (data['aliases'] as string[]) : []);
    const listing = (data['listing'] as Listing | undefined) ?? null;
    tracked.set(id, {
      id,
      stored: data,
      hand,
      aliases,
      folder: listing?.page ?? null,
      row: null,
      listing,
    });
    byName.set(id.toLowerCase(), id);
    for (const alias of aliases) byName.set(alias.toLowerCase(), id);
  }

  const familyRecords = new Map<string, { folder: string; page: ZooPage; revision: Revision }>();
  const perFamily = new Map<string, number>();

  // The pages each imported weight was on in the revision before the one being read.
  const previousPages = new Map<string, Set<string>>();
  for (const entry of tracked.values()) {
    if (!entry.hand && entry.listing?.listed === true) {
      previousPages.set(entry.id, new Set([entry.listing.page, ...(entry.listing.alsoOn ?? [])]));
    }
  }
  const stated = (row: ZooRow) =>
    [row.details.layers, row.details.hiddenSize, row.details.heads, row.details.printed].filter(
      (v) => v !== undefined,
    ).length;

  for (const revision of revisions) {
    const currentPages = new Map<string, Set<string>>();
    /** Rows on a page that did not list their weight in the revision before: renames land here. */
    const newToPage: { row: ZooRow; page: ZooPage; url: string }[] = [];
    const listingOf = (row: ZooRow, page: ZooPage, url: string, first: string): Listing => ({
      page: page.folder,
      url,
      firstListed: first,
      lastListed: revision.label,
      listed: true,
      language: row.languageText,
      details: row.detailsText,
    });

    for (const page of revision.pages) {
      familyRecords.set(page.folder, { folder: page.folder, page, revision });
      perFamily.set(page.folder, page.rows.length);
      for (const orphan of page.orphanTargets) {
        report.warnings.push(
          `${page.file}:${orphan.line}: link target "${orphan.name}" is used by no row (a weight the page no longer lists?)`,
        );
      }
      const url = revision.pageUrl(page.folder);
      for (const row of page.rows) {
        const id = byName.get(row.id.toLowerCase());
        const entry = id === undefined ? undefined : tracked.get(id);
        if (entry === undefined) {
          newToPage.push({ row, page, url });
          continue;
        }
        if (entry.hand) {
          compareWithHand(entry, row, report);
          continue;
        }
        if (!(previousPages.get(entry.id)?.has(page.folder) ?? false)) {
          newToPage.push({ row, page, url });
        }
        const pages = currentPages.get(entry.id) ?? new Set<string>();
        pages.add(page.folder);
        currentPages.set(entry.id, pages);
        // A weight on two family pages (hfl/rbt3 on BERT's and RoBERTa's) takes its facts from
        // the row that states more of them; the other page is recorded in `alsoOn`.
        const matchedBefore = pages.size > 1 && entry.row !== null;
        if (matchedBefore && stated(entry.row as ZooRow) >= stated(row)) continue;
        entry.row = row;
        entry.folder = page.folder;
        entry.listing = listingOf(row, page, url, entry.listing?.firstListed ?? revision.label);
      }
    }

    // Imported weights the previous revision listed and this one lists nowhere: renamed, or gone.
    const vanished = [...tracked.values()].filter(
      (t) =>
        !t.hand &&
        t.renamedTo === undefined &&
        previousPages.has(t.id) &&
        !currentPages.has(t.id) &&
        revision.pages.some((p) => previousPages.get(t.id)?.has(p.folder)),
    );
    const taken = new Set<ZooRow>();
    for (const old of vanished) {
      const candidates = newToPage.filter(
        (c) =>
          !taken.has(c.row) &&
          (previousPages.get(old.id)?.has(c.page.folder) ?? false) &&
          renameEvidence(old, c.row) !== null,
      );
      const [only] = candidates;
      if (candidates.length !== 1 || only === undefined) {
        if (candidates.length > 1) {
          report.warnings.push(
            `${old.id}: no longer listed; ${candidates.length} new ids could be its new name (${candidates.map((c) => c.row.id).join(', ')}), so none is taken`,
          );
        }
        old.listing = { ...(old.listing as Listing), listed: false };
        continue;
      }
      taken.add(only.row);
      const evidence = renameEvidence(old, only.row) as string;
      const existingId = byName.get(only.row.id.toLowerCase());
      const target = existingId === undefined ? undefined : tracked.get(existingId);
      if (target !== undefined && !target.hand) {
        // The new name was already in the catalog (from another page): the old id joins it.
        for (const alias of [...old.aliases, old.id]) target.aliases.add(alias);
        target.renamedFrom ??= old.id;
        old.renamedTo = target.id;
      } else {
        const moved: Tracked = {
          id: only.row.id,
          stored: null,
          hand: false,
          aliases: new Set([...old.aliases, old.id]),
          folder: only.page.folder,
          row: only.row,
          listing: listingOf(
            only.row,
            only.page,
            only.url,
            old.listing?.firstListed ?? revision.label,
          ),
          renamedFrom: old.id,
        };
        old.renamedTo = only.row.id;
        tracked.set(only.row.id, moved);
        currentPages.set(only.row.id, new Set([only.page.folder]));
      }
      for (const name of [old.id, ...old.aliases]) byName.set(name.toLowerCase(), old.renamedTo);
      report.renames.push({
        from: old.id,
        to: old.renamedTo,
        family: only.page.folder,
        evidence,
      });
    }
    const created = new Set<string>();
    for (const { row, page, url } of newToPage) {
      if (taken.has(row)) continue;
      const known = byName.get(row.id.toLowerCase());
      if (known !== undefined) {
        // New to the catalog and listed on two pages: the row that states more wins, as above.
        const entry = tracked.get(known);
        if (created.has(known) && entry?.row != null && stated(row) > stated(entry.row)) {
          entry.row = row;
          entry.folder = page.folder;
          entry.listing = listingOf(row, page, url, revision.label);
        }
        continue;
      }
      created.add(row.id);
      tracked.set(row.id, {
        id: row.id,
        stored: null,
        hand: false,
        aliases: new Set(),
        folder: page.folder,
        row,
        listing: listingOf(row, page, url, revision.label),
      });
      byName.set(row.id.toLowerCase(), row.id);
      currentPages.set(row.id, new Set([page.folder]));
    }
    // A row new to the catalog that is listed twice in this revision joins its other page.
    for (const { row, page } of newToPage) {
      const id = byName.get(row.id.toLowerCase());
      if (id !== undefined) currentPages.get(id)?.add(page.folder);
    }
    for (const [id, pages] of currentPages) {
      const entry = tracked.get(id);
      if (entry?.listing == null) continue;
      const others = [...pages].filter((folder) => folder !== entry.listing?.page).sort();
      if (others.length > 0) entry.listing.alsoOn = others;
      else delete entry.listing.alsoOn;
    }
    previousPages.clear();
    for (const [id, pages] of currentPages) previousPages.set(id, pages);
  }

  // An id the code spells differently (the page's `funnel-transformer/meduim`, the code's
  // `medium`) gets no facts from the code, and readers copying it would fail to load the weight.
  const configIds = [...configs.keys()];
  for (const entry of tracked.values()) {
    if (entry.hand || entry.renamedTo !== undefined || configs.has(entry.id)) continue;
    // Two letters swapped: the same letters, at most two places apart (not roberta/deberta).
    const sameLetters = (a: string, b: string) => [...a].sort().join() === [...b].sort().join();
    const near = configIds.find(
      (c) => c !== entry.id && sameLetters(c, entry.id) && editDistance(c, entry.id) <= 2,
    );
    if (near !== undefined) {
      report.warnings.push(
        `${entry.id}: PaddleNLP's code has no weight of this id but has "${near}": a misspelling on the page? The code's facts are not used`,
      );
    }
  }

  // Facts and prose of every imported weight, now that every id is known.
  const writes = new Map<string, string>();
  const deletes: string[] = [];
  const imported = new Map<string, ImportedFacts>();
  const knownIds = (name: string) => {
    const id = byName.get(name.toLowerCase());
    return id !== undefined && tracked.get(id)?.renamedTo === undefined ? id : undefined;
  };
  const families = new Map([...familyRecords.values()].map((f) => [f.folder, f]));

  for (const entry of tracked.values()) {
    if (entry.hand) continue;
    if (entry.renamedTo !== undefined) {
      for (const path of [factsPath(entry.id), ...locales.map((l) => prosePath(l, entry.id))]) {
        const text = path.endsWith('.yaml')
          ? existing.facts.get(entry.id)
          : existing.prose.get(path.replace(/^weights\//, '').replace(/\.mdx$/, ''));
        if (text === undefined) continue;
        const owner = ownership(text, path.endsWith('.yaml') ? 'yaml' : 'mdx');
        if (owner === 'import') deletes.push(path);
        else
          report.kept.push({
            file: path,
            why: `renamed to ${entry.renamedTo}, but edited by hand: kept; merge it into ${entry.renamedTo} and delete it`,
          });
      }
      continue;
    }
    let facts: ImportedFacts;
    if (entry.row !== null && entry.listing !== null && entry.folder !== null) {
      const built = buildRecord({
        row: entry.row,
        family: familySlug(entry.folder),
        config:
          configs.get(entry.row.id) ??
          (entry.renamedFrom === undefined ? undefined : configs.get(entry.renamedFrom)),
        listing: entry.listing,
        pageTitle: familyRecords.get(entry.folder)?.page.title ?? entry.folder,
        file: familyRecords.get(entry.folder)?.page.file ?? entry.folder,
        aliases: [...entry.aliases],
        knownIds,
      });
      facts = built.facts;
      for (const warning of built.warnings) {
        if (warning.startsWith('"'))
          report.languages.push({ id: entry.id, text: entry.row.languageText, reading: warning });
        else report.warnings.push(`${entry.id}: ${warning}`);
      }
    } else {
      // Listed before this import's revisions and not since: keep its facts, mark it unlisted.
      facts = { ...(entry.stored as unknown as ImportedFacts), listing: entry.listing as Listing };
    }
    if (!facts.listing.listed) {
      report.unlisted.push({
        id: entry.id,
        family: facts.listing.page,
        lastListed: facts.listing.lastListed,
      });
    }
    for (const d of facts.disagreements ?? []) report.disagreements.push({ id: entry.id, ...d });
    imported.set(entry.id, facts);

    const family = families.get(facts.listing.page);
    const familyName = family?.folder ?? facts.listing.page;
    // PaddleNLP's title for the page, or the folder's name: never a title it did not write.
    const pageTitle = family?.page.title ?? familyName;
    const note = entry.row?.details.note ?? storedNote(entry.stored);
    const files: [string, string, 'yaml' | 'mdx', string | undefined][] = [
      [factsPath(entry.id), factsFile(entry.id, facts), 'yaml', existing.facts.get(entry.id)],
      ...locales.map((locale): [string, string, 'mdx', string | undefined] => [
        prosePath(locale, entry.id),
        proseFile(generateProse({ id: entry.id, facts, familyName, pageTitle }, locale, note)),
        'mdx',
        existing.prose.get(`${locale}/${entry.id}`),
      ]),
    ];
    for (const [path, text, kind, current] of files) {
      const sealed = seal(text, kind);
      if (current === undefined) {
        writes.set(path, sealed);
        report.created.push(path);
      } else if (current === sealed || sameContent(current, sealed, kind)) {
        report.unchanged.push(path);
      } else if (ownership(current, kind) === 'import') {
        writes.set(path, sealed);
        report.updated.push(path);
      } else {
        report.kept.push({
          file: path,
          why:
            ownership(current, kind) === 'edited'
              ? 'edited by hand since the import wrote it: kept'
              : 'written by hand: kept',
        });
      }
    }
  }

  // Family records: the import owns each file's `zoo:` block; the rest is hand-written.
  const newest = revisions.at(-1);
  for (const { folder, page, revision } of families.values()) {
    const slug = familySlug(folder);
    const path = `families/${slug}.yaml`;
    const current = existing.families.get(slug);
    const doc = parseDocument(current ?? '');
    if (current === undefined) {
      doc.contents = doc.createNode({}) as typeof doc.contents;
      doc.set('name', folder);
      const order = (newest?.order ?? revision.order).indexOf(folder);
      if (order < 0) {
        report.warnings.push(
          `${folder}: not in the index's list of families; placed last (set its \`order\` in families/${slug}.yaml to place it; the import keeps it)`,
        );
      }
      doc.set('order', order < 0 ? (newest?.order ?? revision.order).length + 1 : order + 1);
      doc.set('paper', null);
      doc.commentBefore = ` The ${folder} family: PaddleNLP's page "${page.title}". The import rewrites the zoo block only.`;
    }
    const tasks = revision.tasks?.get(folder) ?? null;
    const paper = revision.papers.get(folder.toLowerCase()) ?? null;
    if (revision.tasks !== null && tasks === null) {
      report.warnings.push(
        `${folder}: the index's task table has no row for this family: its tasks are unknown`,
      );
    }
    doc.set(
      'zoo',
      doc.createNode({
        folder,
        title: page.title,
        intro: page.intro,
        tasks,
        paper,
        url: revision.pageUrl(folder),
        revision: revision.label,
        weights: page.rows.map((row) => row.id),
      }),
    );
    quoteDates(doc);
    const text = doc.toString({ lineWidth: 0 });
    if (
      current === text ||
      (current !== undefined && canonical(current, 'yaml') === canonical(text, 'yaml'))
    ) {
      report.unchanged.push(path);
    } else {
      writes.set(path, text);
      (current === undefined ? report.created : report.updated).push(path);
    }
  }

  return { writes, deletes, report, imported, perFamily };
}

/** The same data and sentences, however laid out (see `canonical`). */
function sameContent(a: string, b: string, kind: 'yaml' | 'mdx'): boolean {
  return ownership(a, kind) === 'import' && canonical(a, kind) === canonical(b, kind);
}

/** The note of a weight no page lists any more, read from its stored Details cell as any other. */
function storedNote(stored: Record<string, unknown> | null): string | undefined {
  const listing = stored?.['listing'] as Listing | undefined;
  return listing === undefined ? undefined : parseDetails([listing.details]).note;
}

/** The facts file: a header comment, then the facts in a fixed order (idempotent output). */
function factsFile(id: string, facts: ImportedFacts): string {
  const header = [
    `# ${id}, imported from PaddleNLP's page ${facts.listing.page} (${facts.listing.url}).`,
    `# factSources says where each fact comes from: "page" is the Details cell, "config" PaddleNLP's code.`,
  ];
  return `${header.join('\n')}\n${toYaml(facts)}`;
}

/**
 * The Hugging Face name behind a rename, or null: a converter's mirror giving way to the original
 * (`junnyu/hfl-chinese-x` → `hfl/chinese-x`, `renmada/distilbert-x` → `distilbert-x`), or a bare
 * id gaining its owner (`rbt3` → `hfl/rbt3`). Never one owner's weight for another's that happens
 * to share its name (`a/x` → `b/x`).
 */
function sameHubName(oldId: string, newId: string): string | null {
  const o = oldId.toLowerCase();
  const n = newId.toLowerCase();
  const segment = (id: string) => id.slice(id.indexOf('/') + 1);
  if (o.includes('/') && segment(o) === n.replace('/', '-')) return `${oldId} mirrored ${newId}`;
  if (!o.includes('/') && n.includes('/') && o === segment(n)) {
    return `${newId} is ${oldId} with its owner`;
  }
  return null;
}

/**
 * Why `row` (new on a page) is evidently the renamed `old` (gone from it), or null: the same
 * family, no stated size that differs, and either the Hugging Face name (`sameHubName`) or the
 * old name's words all kept with the same stated sizes (`ernie-1.0` → `ernie-1.0-base-zh`).
 */
function renameEvidence(old: Tracked, row: ZooRow): string | null {
  const before = old.row?.details;
  const after = row.details;
  const stated = (d: typeof after | undefined) => [d?.layers, d?.hiddenSize, d?.heads, d?.printed];
  const a = stated(before);
  const b = stated(after);
  const conflict = a.some((v, i) => v !== undefined && b[i] !== undefined && v !== b[i]);
  if (conflict) return null;
  const hub = sameHubName(old.id, row.id);
  if (hub !== null) return hub;
  const words = (id: string) => id.toLowerCase().split(/[/_-]/).filter(Boolean);
  const newWords = new Set(words(row.id));
  const allStated = a.every((v) => v !== undefined) && a.every((v, i) => v === b[i]);
  if (allStated && words(old.id).every((w) => newWords.has(w))) {
    return `every word of the old id kept, and the same layers, hidden size, heads and parameters`;
  }
  return null;
}

function compareWithHand(entry: Tracked, row: ZooRow, report: ImportReport): void {
  const stored = entry.stored ?? {};
  const architecture = (stored['architecture'] ?? {}) as Record<string, unknown>;
  const parameters = (stored['parameters'] ?? {}) as Record<string, unknown>;
  const pairs: [string, unknown, unknown][] = [
    ['architecture.layers', architecture['layers'], row.details.layers],
    ['architecture.hiddenSize', architecture['hiddenSize'], row.details.hiddenSize],
    ['architecture.heads', architecture['heads'], row.details.heads],
    ['parameters.printed', parameters['printed'], row.details.printed],
  ];
  for (const [field, verified, page] of pairs) {
    // A hand-verified null is "not known": nothing for the page to differ from.
    if (page !== undefined && verified !== null && verified !== undefined && verified !== page) {
      report.handDifferences.push({
        id: entry.id,
        field,
        verified: String(verified),
        page: String(page),
      });
    }
  }
}
