import { describe, expect, it } from 'vitest';
import { slashBreaks } from '../../src/lib/line-breaks.ts';

describe('slashBreaks', () => {
  it('cuts a path after each slash, and keeps every character', () => {
    const note = 'its code (paddlenlp/transformers/electra/configuration.py) says 256';
    expect(slashBreaks(note)).toEqual([
      'its code (paddlenlp/',
      'transformers/',
      'electra/',
      'configuration.py) says 256',
    ]);
    expect(slashBreaks(note).join('')).toBe(note);
  });

  it('leaves a text without a path, a lone slash and a URL’s double slash whole', () => {
    expect(slashBreaks('12 layers')).toEqual(['12 layers']);
    expect(slashBreaks('page / code')).toEqual(['page / code']);
    expect(slashBreaks('https://x')).toEqual(['https://x']);
  });
});
