import { describe, expect, it } from 'vitest';
import { memo, remembered } from '../../src/lib/remember.ts';

describe('remembered', () => {
  it('makes each key once, and each key its own value', () => {
    const made: string[] = [];
    const upper = remembered((key) => {
      made.push(key);
      return key.toUpperCase();
    });
    expect([upper('a'), upper('b'), upper('a')]).toEqual(['A', 'B', 'A']);
    expect(made).toEqual(['a', 'b']);
  });

  it('starts over when it holds its most keys, so it never grows past them', () => {
    let made = 0;
    const get = memo<number>(2);
    const value = (key: string) => get(key, () => ++made);
    value('a');
    value('b');
    expect(value('a')).toBe(1);
    value('c'); // full: forgets a and b
    expect(value('a')).toBe(4);
    expect(made).toBe(4);
  });
});
