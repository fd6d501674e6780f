import type { BlockContent, List, ListItem, PhrasingContent, Root, RootContent } from 'mdast';
import { toMarkdown } from 'mdast-util-to-markdown';

/*
 * The Markdown this site writes for readers that are not browsers (the weight pages' Markdown
 * twins, llms.txt, the link forms): small mdast builders, and one writer, mdast-util-to-markdown,
 * which escapes what an id, a title or a URL would otherwise turn into syntax.
 */

export const text = (value: string): PhrasingContent => ({ type: 'text', value });
export const strong = (value: string): PhrasingContent => ({
  type: 'strong',
  children: [text(value)],
});
export const code = (value: string): PhrasingContent => ({ type: 'inlineCode', value });
export const anchor = (url: string, children: PhrasingContent[]): PhrasingContent => ({
  type: 'link',
  url,
  children,
});
export const paragraph = (...children: PhrasingContent[]): BlockContent => ({
  type: 'paragraph',
  children,
});
export const heading = (depth: 1 | 2 | 3, value: string): RootContent => ({
  type: 'heading',
  depth,
  children: [text(value)],
});
/** A tight bullet list: each item's blocks. */
export const list = (items: BlockContent[][]): List => ({
  type: 'list',
  ordered: false,
  spread: false,
  children: items.map((children): ListItem => ({ type: 'listItem', spread: false, children })),
});

/** Markdown text: `-` bullets, fenced code. */
export function writeMarkdown(children: RootContent[]): string {
  const tree: Root = { type: 'root', children };
  return toMarkdown(tree, { bullet: '-', fences: true, rule: '-' });
}
