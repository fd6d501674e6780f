/**
 * `npm run import -- <folder> [<folder> …] [--configs <dir>] [--report <file.json>]`
 *
 * Imports PaddleNLP's model-zoo family pages (`<folder>/<Family>/contents.rst`, and the zoo's
 * `<folder>/index.rst` for the task table and the family order) into content/. Several folders
 * are read oldest first, so that weights renamed between revisions become aliases of their new
 * id. `--configs` is a folder of source-config snapshots (`<snapshot>.json`, newest last by name;
 * default: `source-configs/` beside the first folder).
 *
 * Nothing is written unless every page reads and every generated entry passes the content
 * schema; then the files are written into a copy of content/ that replaces it in one rename.
 */
import { existsSync } from 'node:fs';
import { cp, mkdir, readdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { basename, dirname, join, resolve } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { contentRoot } from '../lib/content-paths.ts';
import { mergeSnapshots, readConfigSnapshot, type ConfigFacts } from '../lib/import/configs.ts';
import { planImport, type ExistingContent, type Revision } from '../lib/import/plan.ts';
import { ImportError, type SourceProblem } from '../lib/import/rst.ts';
import { readIndexPapers, readTaskMatrix, readZooPage, type ZooPage } from '../lib/import/zoo.ts';
import { splitFrontmatter } from '../lib/prose.ts';
import { weightFactsSchema, weightProseSchema } from '../schemas/weight.ts';

export const pageUrl = (folder: string) =>
  `https://github.com/PaddlePaddle/PaddleNLP/blob/develop/docs/model_zoo/transformers/${folder}/contents.rst`;

async function readRevision(folder: string, warn: (p: SourceProblem) => void): Promise<Revision> {
  const entries = await readdir(folder, { withFileTypes: true });
  const pages: ZooPage[] = [];
  const problems: SourceProblem[] = [];
  for (const dir of entries
    .filter((e) => e.isDirectory())
    .map((e) => e.name)
    .sort()) {
    const file = join(folder, dir, 'contents.rst');
    if (!existsSync(file)) continue;
    try {
      pages.push(readZooPage(await readFile(file, 'utf8'), file, dir, warn));
    } catch (error) {
      if (error instanceof ImportError) problems.push(...error.problems);
      else throw error;
    }
  }
  if (problems.length > 0) throw new ImportError(problems);
  if (pages.length === 0) {
    throw new ImportError([
      { file: folder, line: 0, message: 'no <Family>/contents.rst in this folder' },
    ]);
  }
  const indexFile = join(folder, 'index.rst');
  let tasks: Revision['tasks'] = null;
  let papers: Revision['papers'] = new Map();
  let order: string[] = pages.map((p) => p.folder);
  if (existsSync(indexFile)) {
    const index = await readFile(indexFile, 'utf8');
    tasks = readTaskMatrix(index, indexFile, warn);
    papers = readIndexPapers(index);
    const listed = [...index.matchAll(/^\s+\S.*<transformers\/([^/]+)\/contents>\s*$/gm)].map(
      (m) => m[1] as string,
    );
    if (listed.length > 0) order = listed;
  } else {
    warn({
      file: indexFile,
      line: 0,
      message: 'no index.rst: families get no tasks and keep their folder order',
    });
  }
  return { label: basename(resolve(folder)), pages, tasks, order, papers, pageUrl };
}

async function readConfigs(dir: string): Promise<Map<string, ConfigFacts>> {
  if (!existsSync(dir)) return new Map();
  const files = (await readdir(dir))
    .filter((f) => f.endsWith('.json'))
    .sort()
    .reverse();
  const snapshots = [];
  for (const file of files) {
    snapshots.push(
      readConfigSnapshot(
        JSON.parse(await readFile(join(dir, file), 'utf8')),
        file.replace(/\.json$/, ''),
      ),
    );
  }
  return mergeSnapshots(snapshots);
}

async function readTree(root: string, ext: string): Promise<Map<string, string>> {
  const out = new Map<string, string>();
  if (!existsSync(root)) return out;
  for (const file of await readdir(root, { recursive: true })) {
    const path = String(file).replaceAll('\\', '/');
    if (!path.endsWith(ext)) continue;
    out.set(path.slice(0, -ext.length), await readFile(join(root, path), 'utf8'));
  }
  return out;
}

export async function readExisting(content: string): Promise<ExistingContent> {
  return {
    facts: await readTree(join(content, 'weights/facts'), '.yaml'),
    prose: new Map([...(await readTree(join(content, 'weights'), '.mdx')).entries()]),
    families: await readTree(join(content, 'families'), '.yaml'),
  };
}

/** Every file the plan writes must pass the schema the build applies. */
function validate(writes: Map<string, string>): string[] {
  const problems: string[] = [];
  for (const [path, text] of writes) {
    if (path.startsWith('weights/facts/')) {
      const result = weightFactsSchema.safeParse(parseYaml(text));
      if (!result.success)
        problems.push(
          `${path}: ${result.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`,
        );
    } else if (path.endsWith('.mdx')) {
      const { data } = splitFrontmatter(text);
      const result = weightProseSchema.safeParse(data);
      if (!result.success)
        problems.push(
          `${path}: ${result.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`,
        );
    }
  }
  return problems;
}

async function main(argv: string[]): Promise<number> {
  const folders: string[] = [];
  let configsDir: string | undefined;
  let reportFile: string | undefined;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] as string;
    if (arg === '--configs') configsDir = argv[++i];
    else if (arg === '--report') reportFile = argv[++i];
    else if (arg.startsWith('--')) {
      console.error(`Unknown option ${arg}`);
      return 2;
    } else folders.push(arg);
  }
  if (folders.length === 0) {
    console.error(
      'Usage: npm run import -- <folder of PaddleNLP family pages> [<newer folder> …] [--configs <dir>] [--report <file.json>]',
    );
    return 2;
  }
  const content = contentRoot();
  const warnings: string[] = [];
  const warn = (p: SourceProblem) => warnings.push(`${p.file}:${p.line}: ${p.message}`);
  let revisions: Revision[];
  try {
    revisions = [];
    for (const folder of folders) revisions.push(await readRevision(folder, warn));
  } catch (error) {
    if (error instanceof ImportError) {
      console.error(`Import failed; nothing was written.\n${error.message}`);
      return 1;
    }
    throw error;
  }
  const configs = await readConfigs(
    configsDir ?? join(dirname(resolve(folders[0] as string)), 'source-configs'),
  );
  const plan = planImport(revisions, configs, await readExisting(content));
  const problems = validate(plan.writes);
  if (problems.length > 0) {
    console.error(
      `Import failed: ${problems.length} generated file(s) break the content schema; nothing was written.\n${problems.join('\n')}`,
    );
    return 1;
  }

  // Apply: a full copy of content/ with the changes, swapped in with one rename.
  const staging = `${content}.import-${process.pid}`;
  const old = `${content}.old-${process.pid}`;
  await rm(staging, { recursive: true, force: true });
  await cp(content, staging, { recursive: true });
  for (const path of plan.deletes) await rm(join(staging, path), { force: true });
  // Written as Prettier would write them, so `npm run format` leaves them alone (the seal
  // hashes the content, not the layout, so either way the import still knows them as its own).
  const prettier = await import('prettier');
  for (const [path, text] of plan.writes) {
    const file = join(staging, path);
    await mkdir(dirname(file), { recursive: true });
    const options = (await prettier.resolveConfig(join(content, path))) ?? {};
    await writeFile(file, await prettier.format(text, { ...options, filepath: file }));
  }
  await rename(content, old);
  await rename(staging, content);
  await rm(old, { recursive: true, force: true });

  const r = plan.report;
  const lines = [
    `Imported ${revisions.map((r) => r.label).join(' → ')}: ${plan.imported.size} imported weights (${r.unlisted.length} no longer listed), ${[...plan.perFamily.values()].reduce((a, b) => a + b, 0)} rows on ${plan.perFamily.size} family pages.`,
    `Files: ${r.created.length} created, ${r.updated.length} updated, ${plan.deletes.length} deleted, ${r.unchanged.length} unchanged, ${r.kept.length} kept as edited by hand.`,
    ...r.renames.map((x) => `  renamed: ${x.from} → ${x.to} (${x.family}; ${x.evidence})`),
    ...r.unlisted.map((x) => `  no longer listed: ${x.id} (${x.family}, last in ${x.lastListed})`),
    ...r.disagreements.map(
      (x) =>
        `  page vs code: ${x.id} ${x.field}: page ${x.page}, code ${x.config} (${x.configFile})`,
    ),
    ...r.handDifferences.map(
      (x) =>
        `  hand-verified differs: ${x.id} ${x.field}: verified ${x.verified}, page ${x.page} (not changed)`,
    ),
    ...r.languages.map((x) => `  language: ${x.id}: ${x.reading}`),
    ...r.kept.map((x) => `  kept: ${x.file}: ${x.why}`),
    ...[...warnings, ...r.warnings].map((w) => `  warning: ${w}`),
  ];
  console.log(lines.join('\n'));
  if (reportFile !== undefined) {
    await writeFile(
      reportFile,
      `${JSON.stringify({ ...r, warnings: [...warnings, ...r.warnings] }, null, 2)}\n`,
    );
  }
  return 0;
}

if (import.meta.main) process.exitCode = await main(process.argv.slice(2));
