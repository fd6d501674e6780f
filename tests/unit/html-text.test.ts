import { describe, expect, it } from 'vitest';
import { plainText } from '../../src/lib/html-text.ts';

describe('plainText', () => {
  it('keeps the words of a heading and drops its tags', () => {
    expect(plainText('Linking from <code>conf.py</code>')).toBe('Linking from conf.py');
    expect(plainText('<span lang="zh-CN">GPT模型汇总</span> and more')).toBe(
      'GPT模型汇总 and more',
    );
  });
  it('decodes the references a Markdown renderer writes', () => {
    expect(plainText('Weights &#x26; sizes: &lt;id&gt; &quot;x&quot; it&#39;s&nbsp;so')).toBe(
      'Weights & sizes: <id> "x" it\'s\u00a0so',
    );
  });
  it('leaves an unknown reference as written and folds white space', () => {
    expect(plainText('a &unknown; \n  b')).toBe('a &unknown; b');
  });
});
