import type { Root } from 'hast';
import { toHtml } from 'hast-util-to-html';
import { toMdast } from 'hast-util-to-mdast';
import { gfmToMarkdown } from 'mdast-util-gfm';
import { toMarkdown } from 'mdast-util-to-markdown';
import { mdxToHast, type HastNode } from 'satteri';
import { parse as parseYaml, YAMLParseError } from 'yaml';
import { dateParts } from './line-breaks.ts';

/*
 * A weight's prose is MDX: Markdown plus the one component the catalog offers,
 * `<WeightLink id="…" />`, and plain lower-case HTML tags (`<sup>`, `<abbr title="…">`).
 *
 * It is rendered to HTML here, once, when content is synced, instead of compiling every entry to
 * its own JavaScript module: at 1,000 weights that was 2,000 modules for Vite to bundle and for
 * the build to import again, page by page (about 8 s of a 33 s build). The parser is satteri, the
 * one @astrojs/mdx uses, so the syntax accepted is MDX's own. What prose cannot need (imports,
 * exports, `{expressions}`, other components) is refused with the line and column, rather than
 * rendered differently from what its author expects.
 */

/** A problem in a prose file; `line` and `column` are 1-based, in the whole file, when known. */
export class ProseError extends Error {
  // Plain fields, not parameter properties: Node runs this file with type stripping only.
  readonly line: number | undefined;
  readonly column: number | undefined;
  constructor(message: string, line: number | undefined, column: number | undefined) {
    super(message);
    this.name = 'ProseError';
    this.line = line;
    this.column = column;
  }
}

export interface RenderedProse {
  html: string;
  /**
   * The same prose as plain Markdown, for the weight page's Markdown twin: HTML tags become their
   * text (`<q>` its quotation marks), `<WeightLink>` a link to the page.
   */
  markdown: string;
  /** The ids `<WeightLink>` points at, in order; the catalog checks that each exists. */
  weightLinks: string[];
}

export interface ProseOptions {
  /** The URL of a weight's page, for `<WeightLink id>`. */
  weightHref: (id: string) => string;
  /**
   * The same for the Markdown, which is read apart from the site: absolute when the site's
   * origin is known. `weightHref` when not given.
   */
  weightUrl?: (id: string) => string;
}

/** A `<WeightLink>` rendered as an anchor, and the id it points at. */
interface WeightAnchor {
  id: string;
  properties: { href: string };
}

type Node = HastNode & {
  /** A JSX element's name (`<code>` written as HTML), and a Markdown element's tag. */
  name?: string | null;
  tagName?: string;
  value?: unknown;
  attributes?: { type: string; name?: string; value?: unknown }[];
  children?: Node[];
  position?: { start: { line: number; column: number } };
};

/**
 * Renders the body of a prose file (frontmatter already removed, with its lines kept blank so
 * that positions are the file's). Throws `ProseError` for MDX syntax errors and for anything
 * beyond Markdown, `<WeightLink>` and plain HTML tags.
 */
export function renderProse(body: string, options: ProseOptions): RenderedProse {
  let tree: Node;
  try {
    tree = mdxToHast(body, { features: { gfm: true, frontmatter: false } }) as Node;
  } catch (error) {
    // satteri reports "line:column: message (rule)".
    const text = error instanceof Error ? error.message : String(error);
    const at = /^(\d+):(\d+):\s*/.exec(text);
    throw new ProseError(
      at ? text.slice(at[0].length) : text,
      at ? Number(at[1]) : undefined,
      at ? Number(at[2]) : undefined,
    );
  }
  const weightLinks: string[] = [];
  const anchors: WeightAnchor[] = [];
  const hast = transform(tree, options, weightLinks, anchors) as Root;
  const html = toHtml(hast);
  // The tree is the HTML's; its <WeightLink> anchors then take the Markdown's URL.
  const weightUrl = options.weightUrl ?? options.weightHref;
  for (const anchor of anchors) anchor.properties.href = weightUrl(anchor.id);
  // `<q>` is quoted as browsers show it, in both languages: “…”, and ‘…’ inside.
  // Prose is GFM (tables, ~~strikethrough~~), and so is its Markdown.
  const markdown = toMarkdown(toMdast(hast, { quotes: ['“”', '‘’'] }), {
    extensions: [gfmToMarkdown()],
  });
  return { html: html.trim(), markdown: markdown.trim(), weightLinks };
}

function transform(
  node: Node,
  options: ProseOptions,
  links: string[],
  anchors: WeightAnchor[],
): Node | null {
  switch (node.type) {
    case 'mdxjsEsm':
      return fail(
        node,
        'import and export are not available in weight prose; the catalog’s components need no import',
      );
    case 'mdxFlowExpression':
    case 'mdxTextExpression':
      // `{/* a comment */}` is how MDX authors leave notes; anything else would be code.
      if (/^\s*\/\*[\s\S]*\*\/\s*$/.test(String(node.value ?? ''))) return null;
      return fail(node, `{${String(node.value)}}: expressions are not available in weight prose`);
    case 'mdxJsxFlowElement':
    case 'mdxJsxTextElement':
      return element(node, options, links, anchors);
  }
  if (node.children) node.children = transformChildren(node, options, links, anchors);
  return node;
}

function element(
  node: Node,
  options: ProseOptions,
  links: string[],
  anchors: WeightAnchor[],
): Node {
  const name = node.name ?? '';
  const attributes = stringAttributes(node);
  if (name === 'WeightLink') {
    const { id, ...rest } = attributes;
    const extra = Object.keys(rest);
    if (id === undefined || id === '')
      fail(node, '<WeightLink> needs an id: <WeightLink id="gpt2-en" />');
    if (extra.length > 0) fail(node, `<WeightLink> takes only id, not ${extra.join(', ')}`);
    if ((node.children ?? []).length > 0)
      fail(node, '<WeightLink> has no content: write <WeightLink id="…" />');
    links.push(id!);
    const properties = { href: options.weightHref(id!) };
    anchors.push({ id: id!, properties });
    return {
      type: 'element',
      tagName: 'a',
      properties,
      children: [
        {
          type: 'element',
          tagName: 'code',
          properties: {},
          children: [{ type: 'text', value: id! }],
        },
      ],
    } as Node;
  }
  if (!/^[a-z][a-z0-9]*$/.test(name)) {
    fail(
      node,
      `<${name}> is not available in weight prose: use Markdown, an HTML tag, or <WeightLink id="…" />`,
    );
  }
  return {
    type: 'element',
    tagName: name,
    properties: attributes,
    children: transformChildren(node, options, links, anchors),
  } as Node;
}

/** A node's children, transformed, without the ones `transform` drops (MDX comments). */
function transformChildren(
  node: Node,
  options: ProseOptions,
  links: string[],
  anchors: WeightAnchor[],
): Node[] {
  const children = (node.children ?? [])
    .map((child) => transform(child, options, links, anchors))
    .filter((child): child is Node => child !== null);
  // A date keeps to one line, as <LineText> sets it in the page around the prose; code as written.
  if ((node.tagName ?? node.name) === 'code') return children;
  return children.flatMap((child) =>
    child.type === 'text' && typeof child.value === 'string' ? dated(child.value) : [child],
  );
}

/** A text node, with each date in it a `<time>` (src/lib/line-breaks.ts). */
function dated(text: string): Node[] {
  return dateParts(text).map((part) =>
    part.date
      ? ({
          type: 'element',
          tagName: 'time',
          properties: { dateTime: part.text },
          children: [{ type: 'text', value: part.text }],
        } as Node)
      : ({ type: 'text', value: part.text } as Node),
  );
}

/** A JSX element's attributes; only plain strings, since values are not evaluated. */
function stringAttributes(node: Node): Record<string, string> {
  const result: Record<string, string> = {};
  for (const attribute of node.attributes ?? []) {
    if (attribute.type !== 'mdxJsxAttribute' || attribute.name === undefined) {
      fail(node, `<${node.name}>: {...spread} attributes are not available in weight prose`);
    }
    if (typeof attribute.value !== 'string') {
      fail(
        node,
        `<${node.name} ${attribute.name}>: write the value as a quoted string, e.g. ${attribute.name}="…"`,
      );
    }
    result[attribute.name!] = attribute.value as string;
  }
  return result;
}

function fail(node: Node, message: string): never {
  const start = node.position?.start;
  throw new ProseError(message, start?.line, start?.column);
}

export interface ProseFile {
  /** The frontmatter, parsed but not yet validated. */
  data: Record<string, unknown>;
  /** Everything after the frontmatter, with the frontmatter's lines left blank. */
  body: string;
}

/**
 * Splits a prose file into its YAML frontmatter and its MDX body. The body keeps one empty line
 * for every line of frontmatter, so the positions in render errors are the file's own.
 */
export function splitFrontmatter(source: string): ProseFile {
  const text = source.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
  const match = /^---\n([\s\S]*?)\n?^---[ \t]*$\n?/m.exec(text);
  if (!match || match.index !== 0) {
    throw new ProseError('the file must start with YAML frontmatter between two "---" lines', 1, 1);
  }
  let data: unknown;
  try {
    data = parseYaml(match[1] ?? '');
  } catch (error) {
    if (error instanceof YAMLParseError) {
      const at = error.linePos?.[0];
      // +1: the opening "---" line comes before the YAML.
      throw new ProseError(
        error.message.split('\n')[0] ?? error.message,
        at && at.line + 1,
        at?.col,
      );
    }
    throw error;
  }
  if (data === null || typeof data !== 'object' || Array.isArray(data)) {
    throw new ProseError('the frontmatter must be a YAML mapping of fields (title: …)', 2, 1);
  }
  const lines = match[0].split('\n').length - 1;
  return {
    data: data as Record<string, unknown>,
    body: '\n'.repeat(lines) + text.slice(match[0].length),
  };
}
