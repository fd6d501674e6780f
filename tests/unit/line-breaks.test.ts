import { describe, expect, it } from 'vitest';
import { dateParts, slashBreaks } from '../../src/lib/line-breaks.ts';

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

describe('dateParts', () => {
  it('cuts a text around its ISO dates and months, and keeps every character', () => {
    const text = 'PaddleNLP’s page, 2022-04-24 revision; code, 2025-03 revision';
    expect(dateParts(text)).toEqual([
      { text: 'PaddleNLP’s page, ', date: false },
      { text: '2022-04-24', date: true },
      { text: ' revision; code, ', date: false },
      { text: '2025-03', date: true },
      { text: ' revision', date: false },
    ]);
    expect(dateParts('2022-09').map((part) => part.text)).toEqual(['2022-09']);
    // Written against Chinese, with no space: still a date.
    expect(dateParts('于2022-04版').map((part) => part.date)).toEqual([false, true, false]);
  });

  it('leaves numbers that are not a date whole', () => {
    for (const text of [
      '1e-5',
      '2019-2020',
      '2022-13',
      '12-2022',
      'v2022-04-24-1',
      'v2022-04',
      'x4096-10',
      '2022-04_x',
      'ab2022-04-24',
      '',
      'GPT-2',
    ])
      expect(dateParts(text), text).toEqual([{ text, date: false }]);
  });
});
