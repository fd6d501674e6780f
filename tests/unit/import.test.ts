import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { parseDetails } from '../../src/lib/import/details.ts';
import { readLanguage } from '../../src/lib/import/language.ts';
import { ImportError, readGridTable, type SourceProblem } from '../../src/lib/import/rst.ts';
import { readTaskMatrix, readZooPage } from '../../src/lib/import/zoo.ts';
import { planImport, type ExistingContent, type Revision } from '../../src/lib/import/plan.ts';
import { ownership, seal } from '../../src/lib/import/generated.ts';
import { readConfigSnapshot } from '../../src/lib/import/configs.ts';
import { weightFactsSchema, weightProseSchema } from '../../src/schemas/weight.ts';
import { splitFrontmatter } from '../../src/lib/prose.ts';

/** A family page as PaddleNLP writes them, from rows of [id cell, language, details lines]. */
function page(title: string, rows: [string, string, string[]][], targets: string[] = []): string {
  const widths = [40, 14, 44];
  const border = `+${widths.map((w) => '-'.repeat(w)).join('+')}+`;
  const line = (cells: string[]) =>
    `|${cells.map((c, i) => ` ${c}`.padEnd(widths[i] ?? 0)).join('|')}|`;
  const out = ['', '-'.repeat(20), title, '-'.repeat(20), '', `下表汇总介绍了${title}。`, ''];
  out.push(border, line(['Pretrained Weight', 'Language', 'Details of the model']));
  out.push(border.replaceAll('-', '='));
  for (const [id, language, details] of rows) {
    details.forEach((d, i) => out.push(line([i === 0 ? id : '', i === 0 ? language : '', d])));
    out.push(border);
  }
  out.push('', ...targets, '');
  return out.join('\n');
}

const warnings: SourceProblem[] = [];
const warn = (p: SourceProblem) => warnings.push(p);

describe('readGridTable', () => {
  it('reads cells over several lines and counts wide characters as two columns', () => {
    const lines = [
      '+------+------+',
      '| Model| Task |',
      '+======+======+',
      '|GPT_  | ✅   |',
      '+------+------+',
      '|BERT_ | ❌   |',
      '+------+------+',
    ];
    const table = readGridTable(lines, 0, 'x.rst', warn);
    expect(table.header).toEqual(['Model', 'Task']);
    expect(table.rows.map((r) => r.cells.map((c) => c.join(' ')))).toEqual([
      ['GPT_', '✅'],
      ['BERT_', '❌'],
    ]);
  });

  it('reads a line padded one space too wide, with a warning naming the line', () => {
    const text = page('GPT模型汇总', [['``a``', 'English', ['12-layer, 768-hidden,']]]);
    const lines = text.split('\n');
    const at = lines.findIndex((l) => l.includes('``a``'));
    lines[at] = lines[at]!.replace(/\|$/, ' |');
    const seen: SourceProblem[] = [];
    const result = readZooPage(lines.join('\n'), 'GPT/contents.rst', 'GPT', (p) => seen.push(p));
    expect(result.rows.map((r) => r.id)).toEqual(['a']);
    expect(seen).toHaveLength(1);
    expect(seen[0]).toMatchObject({ file: 'GPT/contents.rst', line: at + 1 });
    expect(seen[0]?.message).toMatch(/padded wrong/);
  });

  it('fails with the file and line when a cell cannot be realigned', () => {
    const text = page('GPT模型汇总', [['``a``', 'English', ['12-layer']]]);
    const lines = text.split('\n');
    const at = lines.findIndex((l) => l.includes('``a``'));
    // The Details text runs past its column: no "|" can be put back without cutting text.
    lines[at] = lines[at]!.replace(/ +\|$/, ` ${'x'.repeat(50)}|`);
    expect(() => readZooPage(lines.join('\n'), 'GPT/contents.rst', 'GPT', warn)).toThrow(
      new RegExp(`^GPT/contents.rst:${at + 1}: `),
    );
  });

  it('refuses a table with no header rule', () => {
    expect(() => readGridTable(['+--+', '|a |', '+--+'], 0, 'y.rst', warn)).toThrow(ImportError);
  });
});

describe('parseDetails', () => {
  it('reads the common shape', () => {
    expect(
      parseDetails([
        '12-layer, 768-hidden,',
        '12-heads, 110M parameters.',
        'Trained on English text.',
      ]),
    ).toMatchObject({
      layers: 12,
      hiddenSize: 768,
      heads: 12,
      printed: '110M',
      note: 'Trained on English text.',
    });
  });
  it('reads ALBERT’s repeating layers and embedding size', () => {
    expect(
      parseDetails([
        '12 repeating layers, 128 embedding,',
        '768-hidden, 12-heads, 11M parameters.',
      ]),
    ).toMatchObject({
      layers: 12,
      layersShared: true,
      embeddingSize: 128,
      hiddenSize: 768,
      printed: '11M',
    });
  });
  it('keeps a placeholder count unknown, and reads Blenderbot without a hidden size', () => {
    const d = parseDetails(['14-layer,', '32-heads, _M parameters.']);
    expect(d.printed).toBeUndefined();
    expect(d.printedPlaceholder).toBe('_M');
    expect(d.hiddenSize).toBeUndefined();
    expect(d.layers).toBe(14);
  });
  it('reads an ELECTRA role and the references at the end', () => {
    const d = parseDetails([
      'Generator, 12-layer, 64-hidden,',
      '1-heads, 3M parameters.',
      '',
      'Please refer to:',
      '`hfl/x`_',
    ]);
    expect(d).toMatchObject({
      role: 'generator',
      layers: 12,
      hiddenSize: 64,
      heads: 1,
      references: ['hfl/x'],
    });
  });
  it('finds the teacher of a distilled model', () => {
    const d = parseDetails([
      '6-layer, 768-hidden,',
      '12-heads, 66M parameters.',
      'The DistilBERT model distilled from',
      'the BERT model ``bert-base-uncased``',
    ]);
    expect(d.distilledFrom).toBe('bert-base-uncased');
  });
});

describe('readLanguage', () => {
  it('maps names to BCP-47 tags', () => {
    expect(readLanguage('Chinese')).toEqual({ tags: ['zh'] });
    expect(readLanguage('Multilingual')).toEqual({ tags: ['mul'] });
  });
  it('reads typos, compounds and descriptions with a warning that says how', () => {
    expect(readLanguage('Germanh')?.tags).toEqual(['de']);
    expect(readLanguage('Germanh')?.warning).toMatch(/German/);
    expect(readLanguage('English and Russian')).toMatchObject({ tags: ['en', 'ru'] });
    expect(readLanguage('japanese')?.warning).toMatch(/lower-case/);
    expect(readLanguage('(DA) and MSA')?.tags).toEqual(['ar']);
  });
  it('does not guess an unknown value', () => {
    expect(readLanguage('Klingon')).toBeNull();
  });
  it('gives only tags Intl accepts', () => {
    for (const text of ['Indian', 'Germanh', 'Multilingual', 'Javanese']) {
      for (const tag of readLanguage(text)?.tags ?? []) {
        expect(Intl.getCanonicalLocales(tag)).toHaveLength(1);
      }
    }
  });
});

describe('readTaskMatrix', () => {
  it('reads ✅/❌ columns aligned by display width', () => {
    const index = [
      '+--------+-------------------------+-----------------+',
      '| Model  | Sequence Classification | Text Generation |',
      '+========+=========================+=================+',
      '|GPT_    | ✅                      | ✅              |',
      '+--------+-------------------------+-----------------+',
      '|BERT_   | ✅                      | ❌              |',
      '+--------+-------------------------+-----------------+',
    ].join('\n');
    const matrix = readTaskMatrix(index, 'index.rst', warn);
    expect(matrix.get('GPT')).toEqual(['sequence-classification', 'text-generation']);
    expect(matrix.get('BERT')).toEqual(['sequence-classification']);
  });
});

const gptOld = page('GPT模型汇总', [
  ['``gpt2-en``', 'English', ['12-layer, 768-hidden,', '12-heads, 117M parameters.']],
  [
    '``junnyu/microsoft-DialoGPT-small``',
    'English',
    ['12-layer, 768-hidden,', '12-heads, 124M parameters.'],
  ],
  ['``old-one``', 'English', ['6-layer, 512-hidden,', '8-heads, 40M parameters.']],
]);
const gptNew = page(
  'GPT模型汇总',
  [
    ['``gpt2-en``', 'English', ['12-layer, 768-hidden,', '12-heads, 117M parameters.']],
    [
      '``microsoft/DialoGPT-small``',
      'English',
      ['Please refer to:', '`microsoft/DialoGPT-small`_'],
    ],
    ['``fresh/model``', 'Germanh', ['Please refer to:', '`fresh/model`_']],
  ],
  [
    '.. _microsoft/DialoGPT-small: https://huggingface.co/microsoft/DialoGPT-small',
    '.. _fresh/model: https://huggingface.co/fresh/model',
  ],
);

function revision(label: string, text: string): Revision {
  return {
    label,
    pages: [readZooPage(text, `${label}/GPT/contents.rst`, 'GPT', warn)],
    tasks: new Map([['GPT', ['text-generation']]]),
    order: ['GPT'],
    papers: new Map([['gpt', { url: 'https://arxiv.org/abs/2012.00413', reference: null }]]),
    pageUrl: (folder) => `https://example.org/${label}/${folder}`,
  };
}

const handFacts = `language: en
family: gpt
provider: paddlenlp
architecture: { layers: 12, hiddenSize: 768, heads: 12, ffnSize: 3072, vocabSize: 50257, contextLength: 1024 }
parameters: { printed: 124M, exact: 124439808 }
tokenizer: byte-level-bpe
license: unknown
sources: [{ label: s, url: 'https://example.org/' }]
`;

function empty(): ExistingContent {
  return {
    facts: new Map([['gpt2-en', handFacts]]),
    prose: new Map([
      ['en/gpt2-en', '---\ntitle: x\n---\nHand-written.'],
      ['zh-cn/gpt2-en', '---\ntitle: x\n---\n手写。'],
    ]),
    families: new Map(),
  };
}

/** The content after applying a plan to `existing`. */
function apply(existing: ExistingContent, plan: ReturnType<typeof planImport>): ExistingContent {
  const next: ExistingContent = {
    facts: new Map(existing.facts),
    prose: new Map(existing.prose),
    families: new Map(existing.families),
  };
  for (const path of plan.deletes) {
    if (path.startsWith('weights/facts/')) next.facts.delete(path.slice(14, -5));
    else next.prose.delete(path.slice(8, -4));
  }
  for (const [path, text] of plan.writes) {
    if (path.startsWith('weights/facts/')) next.facts.set(path.slice(14, -5), text);
    else if (path.startsWith('weights/')) next.prose.set(path.slice(8, -4), text);
    else next.families.set(path.slice(9, -5), text);
  }
  return next;
}

describe('planImport', () => {
  const configs = readConfigSnapshot(
    {
      'old-one': {
        file: 'paddlenlp/transformers/gpt/configuration.py',
        hidden_size: 256,
        num_hidden_layers: 6,
        vocab_size: 100,
      },
    },
    '2025-03',
  );
  const first = planImport([revision('r1', gptOld)], configs, empty());
  const afterFirst = apply(empty(), first);
  const second = planImport([revision('r2', gptNew)], configs, afterFirst);
  const afterSecond = apply(afterFirst, second);

  it('never writes a hand-verified entry, and reports where the page differs from it', () => {
    for (const plan of [first, second]) {
      expect([...plan.writes.keys()].filter((p) => p.includes('gpt2-en'))).toEqual([]);
    }
    expect(first.report.handDifferences).toEqual([
      { id: 'gpt2-en', field: 'parameters.printed', verified: '124M', page: '117M' },
    ]);
  });

  it('gives every imported weight facts that pass the schema, saying where each came from', () => {
    const facts = parse(afterFirst.facts.get('old-one')!);
    const parsed = weightFactsSchema.parse(facts);
    expect(parsed.architecture).toMatchObject({
      layers: 6,
      hiddenSize: 256,
      heads: 8,
      vocabSize: 100,
      ffnSize: null,
    });
    expect(parsed.factSources).toMatchObject({
      layers: ['page', 'config'],
      heads: ['page'],
      vocabSize: ['config'],
    });
    expect(parsed.disagreements).toEqual([
      {
        field: 'hiddenSize',
        page: 512,
        config: 256,
        configFile: 'paddlenlp/transformers/gpt/configuration.py',
      },
    ]);
  });

  it('records its sources as parts for each language to word, not as English sentences', () => {
    const { sources } = weightFactsSchema.parse(parse(afterFirst.facts.get('old-one')!));
    expect(sources).toContainEqual(expect.objectContaining({ kind: 'zoo-page', revision: 'r1' }));
    expect(sources).toContainEqual({
      kind: 'source-code',
      file: 'paddlenlp/transformers/gpt/configuration.py',
      revision: '2025-03',
      url: expect.stringContaining('paddlenlp/transformers/gpt/configuration.py'),
    });
    expect(sources.filter((source) => 'label' in source)).toEqual([]);
  });

  it('writes prose in both languages that passes the schema and is marked generated', () => {
    for (const locale of ['en', 'zh-cn']) {
      const text = afterFirst.prose.get(`${locale}/old-one`)!;
      const { data, body } = splitFrontmatter(text);
      expect(weightProseSchema.parse(data).generated).toBe(true);
      expect(body).toContain('GPT模型汇总');
      expect(ownership(text, 'mdx')).toBe('import');
    }
  });

  it('gives the table PaddleNLP’s own note as details, quoted in English on the Chinese page', () => {
    const noted = planImport(
      [
        revision(
          'r1',
          page('BERT模型汇总', [
            [
              '``noted-one``',
              'English',
              [
                '12-layer, 768-hidden,',
                '12-heads, 110M parameters.',
                'Trained on cased English text.',
              ],
            ],
          ]),
        ),
      ],
      configs,
      empty(),
    );
    const prose = apply(empty(), noted).prose;
    const data = (locale: string) =>
      weightProseSchema.parse(splitFrontmatter(prose.get(`${locale}/noted-one`)!).data);
    expect(data('en')).toMatchObject({ details: 'Trained on cased English text.' });
    expect(data('en').detailsLang).toBeUndefined();
    expect(data('zh-cn')).toMatchObject({
      details: 'Trained on cased English text.',
      detailsLang: 'en',
    });
    // No note: the sizes, in the page's language.
    const plain = weightProseSchema.parse(
      splitFrontmatter(afterFirst.prose.get('zh-cn/old-one')!).data,
    );
    // The hidden size its code loads with (256), not the page's (512): the sizes as the facts give them.
    expect(plain.details).toBe('6\u00a0层、隐藏维度 256、8\u00a0个注意力头。');
    expect(plain.detailsLang).toBeUndefined();
  });

  it('points the details of a row the page only refers elsewhere to that page, as a link', () => {
    const refers = planImport(
      [
        revision(
          'r1',
          page(
            'GPT模型汇总',
            [
              ['``fresh/model``', 'English', ['Please refer to:', '`fresh/model`_']],
              ['``bare/model``', 'English', ['']],
            ],
            ['.. _fresh/model: https://huggingface.co/fresh/model'],
          ),
        ),
      ],
      configs,
      empty(),
    );
    const files = apply(empty(), refers).prose;
    const data = (key: string) => weightProseSchema.parse(splitFrontmatter(files.get(key)!).data);
    expect(data('en/fresh/model')).toMatchObject({
      details: 'View on Hugging Face',
      detailsUrl: 'https://huggingface.co/fresh/model',
    });
    expect(data('zh-cn/fresh/model')).toMatchObject({
      details: '详见 Hugging Face 页面',
      detailsUrl: 'https://huggingface.co/fresh/model',
    });
    // Nothing to refer to: PaddleNLP's own page, where the row is.
    expect(data('en/bare/model')).toMatchObject({
      details: 'View PaddleNLP’s page',
      detailsUrl: 'https://example.org/r1/GPT',
    });
    expect(data('zh-cn/bare/model').detailsUrl).toBe('https://example.org/r1/GPT');
  });

  it('writes an overview that adds to the lead, not one that repeats its figures', () => {
    const rows = planImport(
      [
        revision(
          'r1',
          page(
            'BERT模型汇总',
            [
              ['``noted``', 'English', ['12-layer, 768-hidden,', '12-heads.', 'Trained on text.']],
              ['``sized``', 'English', ['24-layer, 1024-hidden,', '16-heads.']],
              ['``pointer/model``', 'English', ['Please refer to:', '`pointer/model`_']],
            ],
            ['.. _pointer/model: https://huggingface.co/pointer/model'],
          ),
        ),
      ],
      configs,
      empty(),
    );
    const files = apply(empty(), rows).prose;
    const read = (key: string) => {
      const { data, body } = splitFrontmatter(files.get(key)!);
      return { lead: weightProseSchema.parse(data).description, body };
    };
    for (const locale of ['en', 'zh-cn']) {
      const noted = read(`${locale}/noted`);
      // The figures are the lead's; the overview quotes the page.
      expect(noted.lead).toMatch(/768/);
      expect(noted.body).not.toMatch(/768/);
      expect(noted.body).toContain('Trained on text.');
      const sized = read(`${locale}/sized`);
      expect(sized.lead).toContain('1,024');
      expect(sized.body).not.toContain('1,024');
      expect(sized.body).toMatch(locale === 'en' ? /no description/ : /没有其他说明/);
      // Nothing to describe it by: the lead names the page, the overview says where to look.
      const pointer = read(`${locale}/pointer/model`);
      expect(pointer.lead).toContain('BERT模型汇总');
      expect(pointer.body).toContain('(https://huggingface.co/pointer/model)');
    }
  });

  it('says where the page sends the reader by its own link, and credits the page only with its own figures', () => {
    const rows = planImport(
      [
        revision(
          'r1',
          page(
            'ERNIE-CTM模型汇总',
            [
              [
                '``linked``',
                'Chinese',
                ['12-layer, 768-hidden,', '12-heads. For details,', 'please refer to the linked_'],
              ],
              ['``elsewhere``', 'English', ['Please refer to:', '`elsewhere`_']],
              // Its figures are all PaddleNLP's code's (configs above): the page gives none.
              ['``old-one``', 'English', ['_M parameters.']],
            ],
            [
              '.. _linked: https://example.org/linked',
              '.. _elsewhere: https://example.org/elsewhere',
            ],
          ),
        ),
      ],
      configs,
      empty(),
    );
    const files = apply(empty(), rows).prose;
    const body = (key: string) => splitFrontmatter(files.get(key)!).body;
    for (const locale of ['en', 'zh-cn']) {
      const linked = body(`${locale}/linked`);
      expect(linked).toContain('](https://example.org/linked)');
      expect(linked).not.toMatch(/Hugging Face|no description|没有其他说明/);
      expect(body(`${locale}/elsewhere`)).toContain('(https://example.org/elsewhere)');
      const configured = body(`${locale}/old-one`);
      expect(configured).not.toMatch(/its size|规模/);
      expect(configured).toMatch(/lists it without a description|列出了它，但没有任何说明/);
    }
  });

  it('ends a Chinese sentence quoting a whole English sentence inside the quote, not after it', () => {
    const noted = planImport(
      [
        revision(
          'r1',
          page('BERT模型汇总', [
            [
              '``full-stop``',
              'English',
              ['12-layer, 768-hidden,', '12-heads.', 'Trained on text.'],
            ],
            ['``no-stop``', 'English', ['12-layer, 768-hidden,', '12-heads.', 'Trained on text']],
          ]),
        ),
      ],
      configs,
      empty(),
    );
    const files = apply(empty(), noted).prose;
    const body = (id: string) => splitFrontmatter(files.get(`zh-cn/${id}`)!).body;
    expect(body('full-stop')).toContain('<q lang="en">Trained on text.</q>');
    expect(body('full-stop')).not.toContain('</q>。');
    expect(body('no-stop')).toContain('<q lang="en">Trained on text</q>。');
  });

  it('writes figures in prose as the facts table does: 1,024, not 1024', () => {
    const large = planImport(
      [
        revision(
          'r1',
          page('BERT模型汇总', [
            ['``wide-one``', 'Chinese', ['24-layer, 1024-hidden,', '16-heads, 340M parameters.']],
          ]),
        ),
      ],
      configs,
      empty(),
    );
    const files = apply(empty(), large).prose;
    const read = (locale: string) => splitFrontmatter(files.get(`${locale}/wide-one`)!);
    const en = read('en');
    const zh = read('zh-cn');
    expect(weightProseSchema.parse(en.data).details).toBe(
      '24 layers, a hidden size of 1,024 and 16 attention heads.',
    );
    expect(weightProseSchema.parse(zh.data).details).toBe(
      '24\u00a0层、隐藏维度 1,024、16\u00a0个注意力头。',
    );
    for (const { data, body } of [en, zh]) {
      expect(weightProseSchema.parse(data).description).toContain('1,024');
      expect(`${JSON.stringify(data)}${body}`).not.toContain('1024');
    }
  });

  it('quotes a note written in Chinese unmarked, not as English', () => {
    const noted = planImport(
      [
        revision(
          'r1',
          page('BERT模型汇总', [
            [
              '``zh-noted``',
              'Chinese',
              ['12-layer, 768-hidden,', '12-heads, 110M parameters.', '用中文语料训练。'],
            ],
          ]),
        ),
      ],
      configs,
      empty(),
    );
    const file = apply(empty(), noted).prose.get('zh-cn/zh-noted')!;
    const { data, body } = splitFrontmatter(file);
    const zh = weightProseSchema.parse(data);
    expect(zh.details).toBe('用中文语料训练。');
    expect(zh.detailsLang).toBeUndefined();
    expect(body).toContain('<q>用中文语料训练。</q>');
    expect(body).not.toContain('lang="en"');
  });

  it('turns a rename into an alias of the new id, and marks a vanished id as no longer listed', () => {
    expect(second.report.renames).toEqual([
      expect.objectContaining({
        from: 'junnyu/microsoft-DialoGPT-small',
        to: 'microsoft/DialoGPT-small',
      }),
    ]);
    expect(second.deletes).toContain('weights/facts/junnyu/microsoft-DialoGPT-small.yaml');
    const renamed = weightFactsSchema.parse(
      parse(afterSecond.facts.get('microsoft/DialoGPT-small')!),
    );
    expect(renamed.aliases).toEqual(['junnyu/microsoft-DialoGPT-small']);
    expect(renamed.listing).toMatchObject({ firstListed: 'r1', lastListed: 'r2', listed: true });
    const gone = weightFactsSchema.parse(parse(afterSecond.facts.get('old-one')!));
    expect(gone.listing).toMatchObject({ listed: false, lastListed: 'r1' });
    expect(second.report.unlisted).toEqual([{ id: 'old-one', family: 'GPT', lastListed: 'r1' }]);
    // Its page tells of PaddleNLP's listing in the past tense, and says it is gone.
    const body = (locale: string) =>
      splitFrontmatter(afterSecond.prose.get(`${locale}/old-one`)!).body;
    expect(body('en')).toMatch(
      / gave only its size, .* no longer list it \(last seen in the r1 revision\)/,
    );
    expect(body('zh-cn')).toContain('已不再列出它（最后见于 r1\u00a0版）');
  });

  it('reports the language readings it made', () => {
    expect(second.report.languages).toEqual([
      expect.objectContaining({ id: 'fresh/model', text: 'Germanh' }),
    ]);
  });

  it('changes no file when run again on the same pages', () => {
    const again = planImport([revision('r2', gptNew)], configs, afterSecond);
    expect([...again.writes.keys()]).toEqual([]);
    expect(again.deletes).toEqual([]);
  });

  it('keeps a generated file someone has edited, and says so', () => {
    const edited = new Map(afterSecond.prose);
    edited.set(
      'en/fresh/model',
      afterSecond.prose.get('en/fresh/model')!.replace('community', 'hand-checked community'),
    );
    const plan = planImport([revision('r3', gptNew)], configs, { ...afterSecond, prose: edited });
    expect(plan.writes.has('weights/en/fresh/model.mdx')).toBe(false);
    expect(plan.report.kept).toContainEqual({
      file: 'weights/en/fresh/model.mdx',
      why: expect.stringMatching(/edited by hand/),
    });
  });

  it('writes the family record with the page’s title, intro and tasks', () => {
    const family = parse(afterSecond.families.get('gpt')!);
    expect(family.zoo).toMatchObject({
      title: 'GPT模型汇总',
      tasks: ['text-generation'],
      revision: 'r2',
    });
    expect(family.zoo.weights).toEqual(['gpt2-en', 'microsoft/DialoGPT-small', 'fresh/model']);
    expect(family.zoo.intro[0]).toContain('GPT模型汇总');
  });
});

describe('seal', () => {
  it('tells the import’s own files from edited and hand-written ones', () => {
    const text = seal('a: 1\n', 'yaml');
    expect(ownership(text, 'yaml')).toBe('import');
    expect(ownership(text.replace('a: 1', 'a: 2'), 'yaml')).toBe('edited');
    expect(ownership('a: 1\n', 'yaml')).toBe('hand');
  });

  it('still knows its file after Prettier re-quotes and re-wraps it', () => {
    const yaml = seal('label: "PaddleNLP: GPT"\nlist: [a, b]\n', 'yaml');
    const formatted = yaml
      .replace('"PaddleNLP: GPT"', "'PaddleNLP: GPT'")
      .replace('[a, b]', '\n  - a\n  - b');
    expect(ownership(formatted, 'yaml')).toBe('import');
    const mdx = seal("---\ntitle: 'x'\n---\n\nOne sentence, and\nanother.\n", 'mdx');
    expect(ownership(mdx.replace('and\nanother', 'and another'), 'mdx')).toBe('import');
    expect(ownership(mdx.replace('another', 'a third'), 'mdx')).toBe('edited');
  });

  it('takes a no-break space in prose for a choice, not layout', () => {
    // "12 层" with U+00A0 keeps a number with its unit; Prettier never writes one.
    const mdx = seal("---\ntitle: 'x'\n---\n\n共 12\u00a0层。\n", 'mdx');
    expect(ownership(mdx, 'mdx')).toBe('import');
    expect(ownership(mdx.replace('\u00a0', ' '), 'mdx')).toBe('edited');
  });
});
