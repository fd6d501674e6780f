import { describe, expect, it } from 'vitest';
import { displayName, inventoryEntries, inventoryLines } from '../../src/lib/inventory.ts';
import { relativePath } from '../../src/lib/urls.ts';

const weights = [
  { id: 'gpt2-en', aliases: [], title: 'GPT-2 small' },
  {
    id: 'junnyu/microsoft-DialoGPT-small',
    aliases: ['microsoft/DialoGPT-small'],
    title: 'junnyu/microsoft-DialoGPT-small',
  },
  { id: 'junnyu/distilgpt2', aliases: ['distilgpt2', 'GPT2-EN'], title: 'DistilGPT2' },
];
const uriOf = (id: string) => relativePath('/', `/en/weights/${id}/`);

describe('inventoryEntries', () => {
  it('labels each id and alias in lower case, and each page as a document', () => {
    const entries = inventoryEntries(weights, uriOf);
    expect(entries.filter((e) => e.role === 'std:label').map((e) => [e.name, e.uri])).toEqual([
      ['gpt2-en', 'en/weights/gpt2-en/'],
      ['junnyu/microsoft-dialogpt-small', 'en/weights/junnyu/microsoft-DialoGPT-small/'],
      ['junnyu/distilgpt2', 'en/weights/junnyu/distilgpt2/'],
      ['microsoft/dialogpt-small', 'en/weights/junnyu/microsoft-DialoGPT-small/'],
      ['distilgpt2', 'en/weights/junnyu/distilgpt2/'],
      // `GPT2-EN` is gpt2-en's id already: the weight of that id keeps the name.
    ]);
    expect(entries.filter((e) => e.role === 'std:doc').map((e) => e.name)).toEqual([
      'weights/gpt2-en',
      'weights/junnyu/microsoft-DialoGPT-small',
      'weights/junnyu/distilgpt2',
    ]);
  });

  it('names a weight by its id and title', () => {
    expect(displayName(weights[0]!)).toBe('gpt2-en (GPT-2 small)');
    expect(displayName(weights[1]!)).toBe('junnyu/microsoft-DialoGPT-small');
  });
});

describe('inventoryLines', () => {
  it('writes the header and one line per entry, as Sphinx reads them', () => {
    const { header, body } = inventoryLines(
      { project: 'PaddleNLP pretrained weights', version: '2025-03' },
      inventoryEntries(weights.slice(0, 1), uriOf),
    );
    expect(header).toBe(
      '# Sphinx inventory version 2\n# Project: PaddleNLP pretrained weights\n' +
        '# Version: 2025-03\n# The remainder of this file is compressed using zlib.\n',
    );
    expect(body).toBe(
      'gpt2-en std:label -1 en/weights/gpt2-en/ gpt2-en (GPT-2 small)\n' +
        'weights/gpt2-en std:doc -1 en/weights/gpt2-en/ gpt2-en (GPT-2 small)\n',
    );
  });

  it('writes "-" for a display name that is the name itself', () => {
    const { body } = inventoryLines({ project: 'p', version: 'v' }, [
      { name: 'distilgpt2', role: 'std:label', uri: 'a/', dispname: 'distilgpt2' },
    ]);
    expect(body).toBe('distilgpt2 std:label -1 a/ -\n');
  });

  it('refuses a URI with a space and a header with a line break, naming them', () => {
    expect(() =>
      inventoryLines({ project: 'p', version: 'v' }, [
        { name: 'x', role: 'std:label', uri: 'a b/', dispname: 'x' },
      ]),
    ).toThrow(/x: the URI "a b\/"/);
    expect(() => inventoryLines({ project: 'p\nq', version: 'v' }, [])).toThrow(/project/);
  });
});

describe('relativePath', () => {
  it('makes a page path relative to a folder that holds it, and refuses one outside', () => {
    expect(relativePath('/zh-cn/', '/zh-cn/weights/gpt2-en/')).toBe('weights/gpt2-en/');
    expect(() => relativePath('/en/', '/zh-cn/weights/gpt2-en/')).toThrow(/not inside/);
  });
});
