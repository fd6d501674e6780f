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
