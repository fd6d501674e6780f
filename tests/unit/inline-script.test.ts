import { describe, expect, it } from 'vitest';
import { scriptJson } from '../../src/lib/inline-script.ts';

describe('scriptJson', () => {
  const data = {
    sentence: 'Ends here: </script><script>alert(1)</script> <!-- and a comment',
    quotes: '“GPT模型汇总” and "quoted"',
    nested: { ids: ['gpt2-en', 'junnyu/distilgpt2'], count: 2 },
  };

  it('reads back as the same value', () => {
    expect(JSON.parse(scriptJson(data))).toEqual(data);
  });

  it('cannot close its <script> element or open a comment in it', () => {
    const text = scriptJson(data);
    expect(text).not.toContain('<');
    expect(text.toLowerCase()).not.toContain('</script');
  });

  it('keeps quotes as quotes, not as entities', () => {
    expect(scriptJson(data)).toContain('"quoted\\"');
    expect(scriptJson(data)).not.toContain('&quot;');
  });
});
