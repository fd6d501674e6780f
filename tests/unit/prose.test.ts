import { describe, expect, it } from 'vitest';
import { ProseError, renderProse, splitFrontmatter } from '../../src/lib/prose.ts';

const options = { weightHref: (id: string) => `/base/en/weights/${id}/` };

/** Renders, or returns the error's position and message. */
function attempt(body: string) {
  try {
    return renderProse(body, options);
  } catch (error) {
    if (!(error instanceof ProseError)) throw error;
    return { line: error.line, column: error.column, message: error.message };
  }
}

describe('renderProse', () => {
  it('renders Markdown with GFM', () => {
    const { html } = renderProse(
      'A **bold** `GPTTokenizer` and ~~old~~ [a link](https://example.org).',
      options,
    );
    expect(html).toBe(
      '<p>A <strong>bold</strong> <code>GPTTokenizer</code> and <del>old</del> <a href="https://example.org">a link</a>.</p>',
    );
  });

  it('writes the same prose as plain Markdown for the Markdown twin', () => {
    const { markdown } = renderProse(
      [
        'A **bold** ~~old~~ <q>quote</q> in <span lang="zh-CN">中文</span>, from <WeightLink id="gpt2-en" />.',
        '{/* a note */}',
        '| a | b |\n| - | - |\n| 1 | 2 |',
      ].join('\n\n'),
      options,
    );
    expect(markdown).toBe(
      [
        'A **bold** ~~old~~ “quote” in 中文, from [`gpt2-en`](/base/en/weights/gpt2-en/).',
        '| a | b |\n| - | - |\n| 1 | 2 |',
      ].join('\n\n'),
    );
  });

  it('links the HTML by path and the Markdown, read apart from the site, by full URL', () => {
    const rendered = renderProse('See <WeightLink id="gpt2-en" />.', {
      weightHref: (id) => `/base/en/weights/${id}/`,
      weightUrl: (id) => `https://x.org/base/en/weights/${id}/`,
    });
    expect(rendered.html).toContain('href="/base/en/weights/gpt2-en/"');
    expect(rendered.markdown).toBe('See [`gpt2-en`](https://x.org/base/en/weights/gpt2-en/).');
  });

  it('turns <WeightLink> into a link to the weight, and lists its targets', () => {
    const result = renderProse(
      'Distilled from <WeightLink id="gpt2-en" />.\n\n<WeightLink id="junnyu/distilgpt2" />',
      options,
    );
    expect(result.html).toContain('<a href="/base/en/weights/gpt2-en/"><code>gpt2-en</code></a>.');
    expect(result.html).toContain(
      '<a href="/base/en/weights/junnyu/distilgpt2/"><code>junnyu/distilgpt2</code></a>',
    );
    expect(result.weightLinks).toEqual(['gpt2-en', 'junnyu/distilgpt2']);
  });

  it('treats a <WeightLink> written in inline code as text, not a link to check', () => {
    const result = renderProse('Write `<WeightLink id="gpt2-xxl" />` to link.', options);
    expect(result.weightLinks).toEqual([]);
    expect(result.html).toContain('<code>&#x3C;WeightLink id="gpt2-xxl" /></code>');
  });

  it('keeps plain HTML tags and drops MDX comments', () => {
    const { html } = renderProse(
      'E = mc<sup>2</sup>, <abbr title="Byte-pair encoding">BPE</abbr>{/* note */}',
      options,
    );
    expect(html).toBe('<p>E = mc<sup>2</sup>, <abbr title="Byte-pair encoding">BPE</abbr></p>');
  });

  it('sets each date as a <time>, which keeps it on one line, except in code', () => {
    const { html, markdown } = renderProse(
      '最后见于 **2022-04-25\u00a0版**，即 2025-03 之前；`2022-04-25` 与 12-2022 原样。',
      options,
    );
    expect(html).toBe(
      '<p>最后见于 <strong><time datetime="2022-04-25">2022-04-25</time>\u00a0版</strong>，即 <time datetime="2025-03">2025-03</time> 之前；<code>2022-04-25</code> 与 12-2022 原样。</p>',
    );
    expect(markdown).toBe(
      '最后见于 **2022-04-25\u00a0版**，即 2025-03 之前；`2022-04-25` 与 12-2022 原样。',
    );
  });

  it('escapes text, so prose cannot inject markup through a link id', () => {
    const { html } = renderProse('<WeightLink id="a&quot;b" /> 1 < 2', options);
    expect(html).not.toContain('"b"');
    expect(html).toContain('1 &#x3C; 2');
  });

  it.each([
    ['<Chart id="gpt2-en" />', 1, 1, '<Chart> is not available in weight prose'],
    ['Text\n\nMore {1 + 1} text', 3, 6, '{1 + 1}: expressions are not available'],
    ["import X from './x.js'\n\nText", 1, 1, 'import and export are not available'],
    ['<WeightLink />', 1, 1, '<WeightLink> needs an id'],
    ['<WeightLink id={"gpt2-en"} />', 1, 1, 'write the value as a quoted string'],
    ['<WeightLink id="gpt2-en" label="x" />', 1, 1, '<WeightLink> takes only id, not label'],
    ['<WeightLink id="gpt2-en">text</WeightLink>', 1, 1, '<WeightLink> has no content'],
    ['An autolink <https://example.org> is JSX in MDX', 1, 13, 'Unexpected character'],
  ])('refuses %j at %i:%i', (body, line, column, message) => {
    const result = attempt(body);
    expect(result).toMatchObject({ line, column });
    expect((result as { message: string }).message).toContain(message);
  });
});

describe('splitFrontmatter', () => {
  it('parses the YAML and keeps the body’s lines where they were in the file', () => {
    const { data, body } = splitFrontmatter(
      '---\ntitle: GPT-2\ndescription: "x"\n---\n\nText <Chart />\n',
    );
    expect(data).toEqual({ title: 'GPT-2', description: 'x' });
    expect(body.split('\n')[5]).toBe('Text <Chart />');
    // So a render error points at the file's own line 6.
    expect(attempt(body)).toMatchObject({ line: 6, column: 6 });
  });

  it('accepts Windows line ends and a byte-order mark', () => {
    expect(splitFrontmatter('\uFEFF---\r\ntitle: x\r\n---\r\nBody\r\n').data).toEqual({
      title: 'x',
    });
  });

  it.each([
    ['No frontmatter here', 1, 'must start with YAML frontmatter'],
    ['---\ntitle: x\n', 1, 'must start with YAML frontmatter'],
    ['---\ntitle: x\n  bad: indent\n---\nBody', 2, 'Nested mappings'],
    ['---\n- a list\n---\nBody', 2, 'must be a YAML mapping'],
  ])('refuses %j at line %i', (source, line, message) => {
    expect(() => splitFrontmatter(source)).toThrow(ProseError);
    try {
      splitFrontmatter(source);
    } catch (error) {
      expect((error as ProseError).line).toBe(line);
      expect((error as ProseError).message).toContain(message);
    }
  });
});
