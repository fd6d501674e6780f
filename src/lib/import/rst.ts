import { eastAsianWidth } from 'get-east-asian-width';

/**
 * The parts of reStructuredText that PaddleNLP's model-zoo pages use: a section title, the
 * paragraphs under it, one grid table, and hyperlink targets (`.. _name: url`). Not a general rst
 * parser: what these pages contain, read the way docutils reads it, with every deviation from
 * docutils either tolerated with a warning or refused with the file and line.
 */

/** A problem in a source file: where it is, and what is wrong, in words a maintainer can act on. */
export interface SourceProblem {
  file: string;
  /** 1-based. */
  line: number;
  message: string;
}

/** Thrown for input that cannot be read; the import stops before writing anything. */
export class ImportError extends Error {
  readonly problems: SourceProblem[];
  constructor(problems: SourceProblem[]) {
    super(problems.map((p) => `${p.file}:${p.line}: ${p.message}`).join('\n'));
    this.name = 'ImportError';
    this.problems = problems;
  }
}

/** Columns a character takes in a monospaced terminal, as docutils counts them (East Asian Width). */
export function displayWidth(text: string): number {
  let width = 0;
  for (const char of text) {
    const code = char.codePointAt(0) ?? 0;
    // Combining marks and zero-width characters take no column.
    if (/\p{Mn}|\p{Me}|\u200b|\u200d|\ufe0f/u.test(char)) continue;
    width += eastAsianWidth(code);
  }
  return width;
}

/** Tabs replaced by spaces up to the next multiple of 8 columns, as docutils reads them. */
export function expandTabs(text: string): string {
  if (!text.includes('\t')) return text;
  let out = '';
  let column = 0;
  for (const char of text) {
    if (char === '\t') {
      const pad = 8 - (column % 8);
      out += ' '.repeat(pad);
      column += pad;
    } else {
      out += char;
      column += displayWidth(char);
    }
  }
  return out;
}

/** `text` cut at display columns [start, end): wide characters count as two. */
export function sliceColumns(text: string, start: number, end: number): string {
  let column = 0;
  let out = '';
  for (const char of text) {
    const width = displayWidth(char);
    if (column >= start && column + width <= end) out += char;
    column += width;
    if (column >= end) break;
  }
  return out;
}

export interface GridTable {
  /** Header cells, trimmed. */
  header: string[];
  rows: GridRow[];
  /** Lines of the table in the file, 1-based, inclusive. */
  startLine: number;
  endLine: number;
}

export interface GridRow {
  /** One string per column: the cell's lines, trimmed at the right, common indentation removed. */
  cells: string[][];
  /** First line of the row's text in the file. */
  line: number;
}

/**
 * Reads the grid table that starts at `lines[start]` (a `+---+` border). Column edges come from the
 * first border, measured in display columns, as docutils measures them. Cells may span several
 * lines; cells spanning columns or rows are refused (these pages have none). A line longer than the
 * border only because of trailing spaces is read, with a warning: docutils refuses it and drops the
 * whole table (the 2025-03 BERT page), which is why PaddleNLP's site showed no BERT weights.
 */
export function readGridTable(
  lines: readonly string[],
  start: number,
  file: string,
  warn: (problem: SourceProblem) => void,
): GridTable {
  const border = lines[start] ?? '';
  if (!/^\+(-+\+)+$/.test(border)) {
    throw new ImportError([
      { file, line: start + 1, message: 'expected a grid table border such as +----+----+' },
    ]);
  }
  // Edges: the display columns of the border's "+" signs.
  const edges: number[] = [];
  let column = 0;
  for (const char of border) {
    if (char === '+') edges.push(column);
    column += displayWidth(char);
  }
  const width = edges[edges.length - 1] ?? 0;
  const columns = edges.length - 1;

  const header: string[][] = Array.from({ length: columns }, () => []);
  const rows: GridRow[] = [];
  let current: string[][] = Array.from({ length: columns }, () => []);
  let currentLine = 0;
  let inHeader = true;
  let sawHeaderRule = false;
  let index = start + 1;

  for (; index < lines.length; index++) {
    // docutils expands tabs to 8-column stops and strips trailing whitespace before it reads a
    // table (the 2022-04-24 RoFormer page has a tab in an id cell).
    let line = expandTabs(lines[index] ?? '').trimEnd();
    const lineNo = index + 1;
    if (line.trim() === '') break;
    if (!/^[|+]/.test(line) && (lines[index - 1] ?? '').startsWith('+')) {
      warn({
        file,
        line: lineNo,
        message:
          'no blank line after the table (docutils warns and ends the table here, as this import does)',
      });
      break;
    }
    if (!/^[|+]/.test(line)) {
      throw new ImportError([
        { file, line: lineNo, message: 'a grid table line must start with "|" or "+"' },
      ]);
    }
    const lineWidth = displayWidth(line);
    if (lineWidth !== width + 1) {
      const repaired = line.startsWith('|') ? realign(line, edges) : null;
      if (repaired === null) {
        throw new ImportError([
          {
            file,
            line: lineNo,
            message: `this table line is ${lineWidth} columns wide where the table's border is ${width + 1}: cells are cut by display width, so every line must end at the border's last "+"`,
          },
        ]);
      }
      warn({
        file,
        line: lineNo,
        message: `this line is ${lineWidth} columns wide where the border is ${width + 1}: a cell is padded wrong (docutils refuses the line and drops the whole table); read with its "|" put back under the border's "+", since only spaces were in the way`,
      });
      line = repaired;
    }
    if (line.startsWith('+')) {
      const isHeaderRule = /^\+(=+\+)+$/.test(line);
      if (!isHeaderRule && !/^\+(-+\+)+$/.test(line)) {
        throw new ImportError([
          {
            file,
            line: lineNo,
            message:
              'this border does not cross every column: cells spanning rows or columns are not supported',
          },
        ]);
      }
      if (isHeaderRule) {
        if (!inHeader || sawHeaderRule) {
          throw new ImportError([
            { file, line: lineNo, message: 'a second header rule (+====+) in one table' },
          ]);
        }
        sawHeaderRule = true;
        inHeader = false;
        header.splice(0, columns, ...current);
      } else if (!inHeader) {
        rows.push({ cells: current.map(dedent), line: currentLine });
      } else {
        // A border inside the header before "+===+": header rows are one row here.
        throw new ImportError([
          { file, line: lineNo, message: 'expected the header rule (+====+) after the header' },
        ]);
      }
      current = Array.from({ length: columns }, () => []);
      currentLine = 0;
      continue;
    }
    // A text line: every edge must be "|".
    for (const edge of edges) {
      if (sliceColumns(line, edge, edge + 1) !== '|') {
        throw new ImportError([
          {
            file,
            line: lineNo,
            message: `expected "|" at display column ${edge + 1}, where the border has "+": a cell's text is too wide or a character is missing`,
          },
        ]);
      }
    }
    if (currentLine === 0) currentLine = lineNo;
    for (let c = 0; c < columns; c++) {
      current[c]?.push(sliceColumns(line, (edges[c] ?? 0) + 1, edges[c + 1] ?? 0).trimEnd());
    }
  }
  if (!sawHeaderRule) {
    throw new ImportError([
      { file, line: start + 1, message: 'a grid table without a header rule (+====+)' },
    ]);
  }
  const last = lines[index - 1] ?? '';
  if (!last.startsWith('+')) {
    throw new ImportError([
      { file, line: index, message: 'the table ends without a closing border' },
    ]);
  }
  return {
    header: header.map((cell) => dedent(cell).join(' ').trim()),
    rows,
    startLine: start + 1,
    endLine: index,
  };
}

/**
 * A text line whose "|" edges are off the border's "+" columns because a cell was padded wrong
 * (one space too many, a tab), repaired only when it is unambiguous: exactly one "|" per edge, and
 * every cell's text fits its column. Anything else is not repaired (null): guessing where cells
 * end would mix up columns silently.
 */
function realign(line: string, edges: readonly number[]): string | null {
  const parts = line.split('|');
  // "|a|b|c|" splits into ["", a, b, c, ""].
  if (parts.length !== edges.length + 1 || parts[0] !== '' || parts.at(-1) !== '') return null;
  let out = '|';
  for (let c = 0; c < edges.length - 1; c++) {
    const text = (parts[c + 1] ?? '').trimEnd();
    const room = (edges[c + 1] ?? 0) - (edges[c] ?? 0) - 1;
    if (displayWidth(text) > room) return null;
    out += text + ' '.repeat(room - displayWidth(text)) + '|';
  }
  return out;
}

/** Removes trailing blank lines and the indentation every non-blank line shares. */
function dedent(cell: string[]): string[] {
  const lines = [...cell];
  while (lines.length > 0 && lines[lines.length - 1]?.trim() === '') lines.pop();
  while (lines.length > 0 && lines[0]?.trim() === '') lines.shift();
  const indent = Math.min(
    ...lines.filter((l) => l.trim() !== '').map((l) => l.length - l.trimStart().length),
  );
  return lines.map((l) => (l.trim() === '' ? '' : l.slice(Number.isFinite(indent) ? indent : 0)));
}

/** `.. _name: url` targets, by name as written (docutils matches names case-insensitively). */
export function readLinkTargets(
  lines: readonly string[],
): Map<string, { url: string; line: number }> {
  const targets = new Map<string, { url: string; line: number }>();
  lines.forEach((line, i) => {
    const match = /^\.\. _(`?)(.+?)\1:\s+(\S+)\s*$/.exec(line);
    if (match?.[2] !== undefined && match[3] !== undefined) {
      targets.set(match[2].toLowerCase(), { url: match[3], line: i + 1 });
    }
  });
  return targets;
}

/** A section title over- and underlined (`----`) or underlined only, and the text under it. */
export interface RstSection {
  title: string;
  line: number;
  /** Paragraphs before the first table, directive or next section, each joined into one line. */
  paragraphs: string[];
}

const adornment = /^([-=~^"'`#*+_.:])\1{2,}\s*$/;

/** Every section of a page, in order. */
export function readSections(lines: readonly string[]): RstSection[] {
  const sections: RstSection[] = [];
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] ?? '';
    const next = lines[i + 1] ?? '';
    if (line.trim() === '' || adornment.test(line) || !adornment.test(next)) continue;
    if (/^[|+]/.test(line) || line.startsWith('..')) continue;
    const title = line.trim();
    const paragraphs: string[] = [];
    let paragraph: string[] = [];
    let j = i + 2;
    for (; j < lines.length; j++) {
      const text = lines[j] ?? '';
      if (/^[+|]/.test(text) || text.startsWith('..') || adornment.test(lines[j + 1] ?? '')) break;
      if (adornment.test(text)) break;
      if (text.trim() === '') {
        if (paragraph.length > 0) paragraphs.push(joinLines(paragraph));
        paragraph = [];
      } else {
        paragraph.push(text.trim());
      }
    }
    if (paragraph.length > 0) paragraphs.push(joinLines(paragraph));
    sections.push({ title, line: i + 1, paragraphs });
  }
  return sections;
}

/**
 * Joins the lines of a paragraph as a browser would show them: Chinese lines join with no space
 * (a line break between two CJK characters is not a space in Chinese), others with one.
 */
export function joinLines(lines: readonly string[]): string {
  return lines.reduce((text, line) => {
    if (text === '') return line;
    const cjk =
      /[\p{Script=Han}\u3000-\u303f\uff00-\uffef]$/u.test(text) ||
      /^[\p{Script=Han}\u3000-\u303f\uff00-\uffef]/u.test(line);
    return text + (cjk ? '' : ' ') + line;
  }, '');
}
