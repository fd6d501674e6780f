import type {
  BlockContent,
  List,
  ListItem,
  Parents,
  PhrasingContent,
  Root,
  RootContent,
  Text,
} from 'mdast';
import { toMarkdown, type Info, type SafeConfig, type State } from 'mdast-util-to-markdown';
import { memo } from './remember.ts';

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

/**
 * What the writer made of a text in one context. `state.safe` tries each of its ~40 escaping
 * patterns on every text it writes, and the twins write the same labels, values and separators in
 * the same places thousands of times: 1,000 weights' twins spent 4 of their 9 s of build there.
 * Its result is a function of the key's parts alone (mdast-util-to-markdown's lib/util/safe.js:
 * the value, the characters around it, the neighbours' node types, the constructs it is in, and the
 * writer's options, which are fixed here).
 */
const escaped = memo<string>(100_000);

/** mdast-util-to-markdown's own `text` handler (lib/handle/text.js), remembering its results. */
function rememberedText(node: Text, parent: Parents | undefined, state: State, info: Info): string {
  const siblings = parent ? parent.children : [];
  const index = state.indexStack[state.indexStack.length - 1] ?? 0;
  const beforeNode = siblings[index - 1];
  const afterNode = siblings[index + 1];
  const key = [
    node.value,
    info.before,
    info.after,
    beforeNode?.type ?? '',
    afterNode?.type ?? '',
    // Not in `Info`'s type, but `safe` reads it if a handler passes it on.
    (info as SafeConfig).encode?.join('') ?? '',
    state.stack.join(' '),
  ].join('\u0000');
  return escaped(key, () => state.safe(node.value, { ...info, beforeNode, afterNode }));
}

/** Markdown text: `-` bullets, fenced code. `remember: false` writes without the memo (tests). */
export function writeMarkdown(children: RootContent[], { remember = true } = {}): string {
  const tree: Root = { type: 'root', children };
  return toMarkdown(tree, {
    bullet: '-',
    fences: true,
    rule: '-',
    ...(remember ? { handlers: { text: rememberedText } } : {}),
  });
}
