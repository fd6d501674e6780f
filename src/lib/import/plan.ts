import { parseDocument, stringify } from 'yaml';
import type { ConfigFacts } from './configs.ts';
import { ownership, seal } from './generated.ts';
import { generateProse, proseFile } from './prose.ts';
import { buildRecord, type ImportedFacts, type Listing } from './record.ts';
import type { ZooPage, ZooRow, ZooTask } from './zoo.ts';

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

  for (const revision of revisions) {
    for (const page of revision.pages) {
      familyRecords.set(page.folder, { folder: page.folder, page, revision });
      perFamily.set(page.folder, page.rows.length);
      for (const orphan of page.orphanTargets) {
        report.warnings.push(
          `${page.file}:${orphan.line}: link target "${orphan.name}" is used by no row (a weight the page no longer lists?)`,
        );
      }
      const url = revision.pageUrl(page.folder);
      const seen = new Set<string>();
      const fresh: ZooRow[] = [];
      for (const row of page.rows) {
        const id = byName.get(row.id.toLowerCase());
        if (id === undefined) {
          fresh.push(row);
          continue;
        }
        const entry = tracked.get(id) as Tracked;
        seen.add(id);
        if (entry.hand) {
          compareWithHand(entry, row, report);
          if (entry.id !== row.id && !entry.aliases.has(row.id)) entry.aliases.add(row.id);
          continue;
        }
        entry.row = row;
        entry.folder = page.folder;
        entry.listing = {
          page: page.folder,
          url,
          firstListed: entry.listing?.firstListed ?? revision.label,
          lastListed: revision.label,
          listed: true,
          language: row.languageText,
          details: row.detailsText,
        };
      }

      // Imported weights this page listed before and lists no more: renamed, or gone.
      const vanished = [...tracked.values()].filter(
        (t) =>
          !t.hand &&
          t.renamedTo === undefined &&
          t.folder === page.folder &&
          t.listing?.listed === true &&
          !seen.has(t.id),
      );
      for (const old of vanished) {
        const candidates = fresh.filter((row) => renameEvidence(old, row) !== null);
        const [only] = candidates;
        if (candidates.length === 1 && only !== undefined) {
          const evidence = renameEvidence(old, only) as string;
          fresh.splice(fresh.indexOf(only), 1);
          const moved: Tracked = {
            id: only.id,
            stored: null,
            hand: false,
            aliases: new Set([...old.aliases, old.id]),
            folder: page.folder,
            row: only,
            listing: {
              page: page.folder,
              url,
              firstListed: old.listing?.firstListed ?? revision.label,
              lastListed: revision.label,
              listed: true,
              language: only.languageText,
              details: only.detailsText,
            },
            renamedFrom: old.id,
          };
          old.renamedTo = only.id;
          tracked.set(only.id, moved);
          for (const name of [only.id, ...moved.aliases]) byName.set(name.toLowerCase(), only.id);
          report.renames.push({ from: old.id, to: only.id, family: page.folder, evidence });
        } else {
          if (candidates.length > 1) {
            report.warnings.push(
              `${old.id}: no longer on the ${page.folder} page; ${candidates.length} new ids could be its new name (${candidates.map((c) => c.id).join(', ')}), so none is taken`,
            );
          }
          old.listing = { ...(old.listing as Listing), listed: false };
        }
      }
      for (const row of fresh) {
        tracked.set(row.id, {
          id: row.id,
          stored: null,
          hand: false,
          aliases: new Set(),
          folder: page.folder,
          row,
          listing: {
            page: page.folder,
            url,
            firstListed: revision.label,
            lastListed: revision.label,
            listed: true,
            language: row.languageText,
            details: row.detailsText,
          },
        });
        byName.set(row.id.toLowerCase(), row.id);
      }
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
    const pageTitle = family?.page.title ?? `${familyName}模型汇总`;
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
      } else if (current === sealed) {
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
      doc.set('order', Math.max(0, (newest?.order ?? revision.order).indexOf(folder)) + 1);
      doc.set('paper', null);
      doc.commentBefore = ` The ${folder} family: PaddleNLP's page "${page.title}". The import rewrites the zoo block only.`;
    }
    const tasks = revision.tasks?.get(folder) ?? null;
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
        url: revision.pageUrl(folder),
        revision: revision.label,
        weights: page.rows.map((row) => row.id),
      }),
    );
    const text = doc.toString({ lineWidth: 0 });
    if (current === text) report.unchanged.push(path);
    else {
      writes.set(path, text);
      (current === undefined ? report.created : report.updated).push(path);
    }
  }

  return { writes, deletes, report, imported, perFamily };
}

function storedNote(stored: Record<string, unknown> | null): string | undefined {
  const listing = stored?.['listing'] as Listing | undefined;
  if (listing === undefined) return undefined;
  const note = /parameters\.\s*(.*?)(?:\s*(?:For details, )?[Pp]lease refer to.*)?$/.exec(
    listing.details,
  )?.[1];
  return note === undefined || note === '' ? undefined : note.replace(/``([^`]+)``/g, '$1');
}

/** The facts file: a header comment, then the facts in a fixed order (idempotent output). */
function factsFile(id: string, facts: ImportedFacts): string {
  const header = [
    `# ${id}, imported from PaddleNLP's page ${facts.listing.page} (${facts.listing.url}).`,
    `# factSources says where each fact comes from: "page" is the Details cell, "config" PaddleNLP's code.`,
  ];
  return `${header.join('\n')}\n${stringify(facts, { lineWidth: 0 })}`;
}

/** The row's ids, each as written, as lower-case names to compare. */
function nameVariants(id: string): Set<string> {
  const lower = id.toLowerCase();
  const [owner, name] = lower.includes('/')
    ? (lower.split('/', 2) as [string, string])
    : ['', lower];
  const variants = new Set([lower, name, lower.replace('/', '-')]);
  if (owner !== '') variants.add(name);
  return variants;
}

/**
 * Why `row` (new on a page) is evidently the renamed `old` (gone from it), or null: the same
 * family, no stated size that differs, and either the Hugging Face name (`junnyu/x-y` → `x/y`,
 * `rbt3` → `hfl/rbt3`) or the old name's words all kept with the same stated sizes
 * (`ernie-1.0` → `ernie-1.0-base-zh`).
 */
function renameEvidence(old: Tracked, row: ZooRow): string | null {
  const before = old.row?.details;
  const after = row.details;
  const stated = (d: typeof after | undefined) => [d?.layers, d?.hiddenSize, d?.heads, d?.printed];
  const a = stated(before);
  const b = stated(after);
  const conflict = a.some((v, i) => v !== undefined && b[i] !== undefined && v !== b[i]);
  if (conflict) return null;
  const oldNames = nameVariants(old.id);
  for (const name of nameVariants(row.id)) {
    if (oldNames.has(name)) return `same name (“${name}”) under another owner`;
  }
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
    if (page !== undefined && verified !== page) {
      report.handDifferences.push({
        id: entry.id,
        field,
        verified: String(verified),
        page: String(page),
      });
    }
  }
}
