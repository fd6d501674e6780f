import { describe, expect, it } from 'vitest';
import { highlight } from '../../src/lib/highlight.ts';
import { usageSnippet } from '../../src/lib/usage.ts';

const classes = { modelClass: 'GPTLMHeadModel', tokenizerClass: 'GPTTokenizer' } as const;

describe('highlight', () => {
  it('gives the same HTML through the shared template as highlighting each page alone', async () => {
    for (const id of ['gpt2-en', 'junnyu/microsoft-DialoGPT-small', 'org00/gpt2.v2_x']) {
      const code = usageSnippet(id, classes);
      const direct = await highlight(code, 'python');
      expect(await highlight(code, 'python', { literal: id })).toBe(direct);
      expect(direct).toContain(id);
    }
  });

  it('highlights directly what the template cannot stand in for', async () => {
    // A quote or a `%` changes how Python's string is tokenized; such ids take the slow path.
    for (const id of ['100%-model', 'say"hi']) {
      const code = usageSnippet(id, classes);
      expect(await highlight(code, 'python', { literal: id })).toBe(
        await highlight(code, 'python'),
      );
    }
  });

  it('writes light colours inline and dark ones as custom properties', async () => {
    const html = await highlight('model.eval()', 'python');
    expect(html).toMatch(/^<pre class="shiki shiki-themes github-light github-dark"/);
    expect(html).toContain('--shiki-dark:');
  });
});

describe('highlight contrast', () => {
  it('never uses github-light’s orange, which fails WCAG contrast on the code background', async () => {
    const html = await highlight('f(x, num_classes=2)', 'python');
    expect(html).not.toMatch(/color:#E36209/i);
    expect(html).toContain('color:#953800');
  });
});
