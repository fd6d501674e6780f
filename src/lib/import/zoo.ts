import {
  ImportError,
  readGridTable,
  readLinkTargets,
  readSections,
  type SourceProblem,
} from './rst.ts';
import { parseDetails, type PageDetails } from './details.ts';
import { zooTaskNames } from '../../schemas/weight.ts';

/** One row of a family page's table, as the page states it. */
export interface ZooRow {
  /** The id exactly as the page spells it, without the ``literal`` marks. */
  id: string;
  /** The Language cell as written. */
  languageText: string;
  /** The Details cell, its lines joined with single spaces. */
  detailsText: string;
  details: PageDetails;
  /** Where the details' references point (`Please refer to: `x`_`), resolved on this page. */
  links: { name: string; url: string }[];
  line: number;
}

/** One family page (`<Family>/contents.rst`). */
export interface ZooPage {
  /** The folder name, as the index's toctree names it: `GPT`, `BERT-Japanese`. */
  folder: string;
  file: string;
  /** The section title over the table: `GPT模型汇总`. */
  title: string;
  /** The paragraphs between the title and the table. */
  intro: string[];
  rows: ZooRow[];
  /** Link targets no row refers to (ERNIE's page keeps one for a weight it no longer lists). */
  orphanTargets: { name: string; url: string; line: number }[];
}

const expectedHeader = ['Pretrained Weight', 'Language', 'Details of the model'];

/**
 * Reads a family page. The table must have the three columns every page has; a row whose id is
 * not one ``literal``, or whose reference has no target, fails with the file and line.
 */
export function readZooPage(
  text: string,
  file: string,
  folder: string,
  warn: (problem: SourceProblem) => void,
): ZooPage {
  const lines = text.replace(/\r\n?/g, '\n').split('\n');
  const start = lines.findIndex((l) => /^\+(-+\+)+$/.test(l));
  if (start < 0) throw new ImportError([{ file, line: 1, message: 'no grid table on this page' }]);
  const table = readGridTable(lines, start, file, warn);
  const header = table.header;
  if (header.join('|') !== expectedHeader.join('|')) {
    throw new ImportError([
      {
        file,
        line: table.startLine + 1,
        message: `the table's columns are "${header.join('" | "')}"; expected "${expectedHeader.join('" | "')}"`,
      },
    ]);
  }
  const section = readSections(lines.slice(0, start)).at(-1);
  if (section === undefined) {
    throw new ImportError([{ file, line: 1, message: 'no section title above the table' }]);
  }
  const targets = readLinkTargets(lines);
  const used = new Set<string>();
  const problems: SourceProblem[] = [];
  const rows: ZooRow[] = [];
  for (const row of table.rows) {
    const [idCell = [], languageCell = [], detailsCell = []] = row.cells;
    const idText = idCell.join(' ').trim();
    const id = /^``([^`\s]+)``$/.exec(idText)?.[1];
    if (id === undefined) {
      problems.push({
        file,
        line: row.line,
        message: `the Pretrained Weight cell must be one id in double backquotes (\`\`id\`\`); found "${idText}"`,
      });
      continue;
    }
    const languageText = languageCell.join(' ').trim();
    if (languageText === '') {
      problems.push({ file, line: row.line, message: `${id}: the Language cell is empty` });
    }
    const details = parseDetails(detailsCell);
    const links: ZooRow['links'] = [];
    for (const name of details.references) {
      const target = targets.get(name.toLowerCase());
      if (target === undefined) {
        problems.push({
          file,
          line: row.line,
          message: `${id}: "${name}"_ refers to a link target that is not on the page (add ".. _${name}: <url>")`,
        });
        continue;
      }
      used.add(name.toLowerCase());
      links.push({ name, url: target.url });
    }
    rows.push({
      id,
      languageText,
      detailsText: detailsCell.filter(Boolean).join(' '),
      details,
      links,
      line: row.line,
    });
  }
  const seen = new Map<string, number>();
  for (const row of rows) {
    const first = seen.get(row.id);
    if (first !== undefined) {
      warn({
        file,
        line: row.line,
        message: `${row.id} is listed twice (first on line ${first}); the first row is used`,
      });
    } else {
      seen.set(row.id, row.line);
    }
  }
  if (problems.length > 0) throw new ImportError(problems);
  const orphanTargets = [...targets.entries()]
    .filter(([name]) => !used.has(name))
    .map(([name, t]) => ({ name, url: t.url, line: t.line }));
  return {
    folder,
    file,
    title: section.title,
    intro: section.paragraphs,
    rows: rows.filter((row) => seen.get(row.id) === row.line),
    orphanTargets,
  };
}

/**
 * The papers the index links each family to (`.. _BERT: https://arxiv.org/abs/1810.04805`), with
 * the line of its Reference list that cites the same arXiv id, as PaddleNLP writes it.
 */
export function readIndexPapers(
  text: string,
): Map<string, { url: string; reference: string | null }> {
  const lines = text.replace(/\r\n?/g, '\n').split('\n');
  const references = lines
    .filter((l) => l.startsWith('- ') && /arXiv/i.test(l))
    .map((l) => l.slice(2).trim());
  const papers = new Map<string, { url: string; reference: string | null }>();
  for (const [name, target] of readLinkTargets(lines)) {
    const arxiv = /arxiv\.org\/(?:abs|pdf)\/(\d{4}\.\d{4,5})/.exec(target.url)?.[1];
    if (arxiv === undefined) continue;
    const reference = references.find((r) => r.includes(arxiv)) ?? null;
    papers.set(name, { url: target.url, reference });
  }
  return papers;
}

/** The downstream tasks the index's task matrix names, in its column order. */
export const zooTasks = zooTaskNames;
export type ZooTask = (typeof zooTasks)[number];

const taskColumns: Record<string, ZooTask> = {
  'Sequence Classification': 'sequence-classification',
  'Token Classification': 'token-classification',
  'Question Answering': 'question-answering',
  'Text Generation': 'text-generation',
  'Multiple Choice': 'multiple-choice',
};

/**
 * The index's "适用任务汇总" table: for each family (by the name its link uses, `GPT_`), the tasks
 * marked ✅. The marks are two columns wide, which is why the grid reader counts display columns.
 */
export function readTaskMatrix(
  text: string,
  file: string,
  warn: (problem: SourceProblem) => void,
): Map<string, ZooTask[]> {
  const lines = text.replace(/\r\n?/g, '\n').split('\n');
  const start = lines.findIndex(
    (l, i) => /^\+(-+\+)+$/.test(l) && /\|\s*Model\s*\|/.test(lines[i + 1] ?? ''),
  );
  if (start < 0) {
    throw new ImportError([
      { file, line: 1, message: 'no task table (a grid table whose first column is "Model")' },
    ]);
  }
  const table = readGridTable(lines, start, file, warn);
  const columns = table.header.slice(1).map((name, i) => {
    const task = taskColumns[name];
    if (task === undefined) {
      throw new ImportError([
        {
          file,
          line: table.startLine + 1,
          message: `unknown task column "${name}" (column ${i + 2}); known: ${Object.keys(taskColumns).join(', ')}`,
        },
      ]);
    }
    return task;
  });
  const matrix = new Map<string, ZooTask[]>();
  for (const row of table.rows) {
    const name = (row.cells[0] ?? []).join('').trim().replace(/_$/, '').replace(/^`|`$/g, '');
    const tasks: ZooTask[] = [];
    row.cells.slice(1).forEach((cell, i) => {
      const mark = cell.join('').trim();
      const task = columns[i];
      if (task === undefined) return;
      if (mark === '✅') tasks.push(task);
      else if (mark !== '❌') {
        throw new ImportError([
          {
            file,
            line: row.line,
            message: `${name}: "${mark}" in the ${task} column; expected ✅ or ❌`,
          },
        ]);
      }
    });
    matrix.set(name, tasks);
  }
  return matrix;
}
