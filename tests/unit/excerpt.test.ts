import { describe, expect, it } from 'vitest';
import {
  breaksAroundMarks,
  chinesePunctuation,
  excerptWithoutId,
  placeExcerpt,
  resultExcerpt,
  sectionExcerpt,
  shownWords,
  shows,
  tidyMarks,
  withEllipses,
} from '../../src/lib/excerpt.ts';

describe('excerptWithoutId', () => {
  const id = 'junnyu/microsoft-DialoGPT-small';

  it('drops the id the excerpt begins with, and the full stop after it', () => {
    expect(
      excerptWithoutId(
        'junnyu/microsoft-<mark>DialoGPT</mark>-small. <mark>DialoGPT</mark> small. Microsoft’s',
        id,
      ),
    ).toBe('<mark>DialoGPT</mark> small. Microsoft’s');
  });

  it('drops the tail of the id that a later window begins with', () => {
    expect(
      excerptWithoutId('microsoft-<mark>DialoGPT</mark>-small. 微软的 <mark>DialoGPT</mark>', id),
    ).toBe('微软的 <mark>DialoGPT</mark>');
    expect(excerptWithoutId('small. The small model', id)).toBe('The small model');
  });

  it('keeps an excerpt that does not begin with the id, or begins within one of its words', () => {
    const prose = 'A <mark>DialoGPT</mark> model trained on Reddit';
    expect(excerptWithoutId(prose, id)).toBe(prose);
    expect(excerptWithoutId('mall. text', id)).toBe('mall. text');
    expect(excerptWithoutId('small model text', id)).toBe('small model text');
    // A dot inside a longer name is not the heading's full stop.
    expect(excerptWithoutId('gpt-3.5 is bigger', 'openai/gpt-3')).toBe('gpt-3.5 is bigger');
    expect(excerptWithoutId('3.0 is older. text', 'ernie-3')).toBe('3.0 is older. text');
  });

  it('keeps a mark open that the cut runs into, and closes none twice', () => {
    expect(excerptWithoutId('<mark>gpt2-en. gpt2</mark> rest', 'gpt2-en')).toBe(
      '<mark>gpt2</mark> rest',
    );
    expect(excerptWithoutId('<mark>gpt2-en</mark>. rest', 'gpt2-en')).toBe('rest');
  });

  it('reads ids with dots and Chinese full stops', () => {
    expect(excerptWithoutId('ernie-3.0-medium-zh。中文', 'ernie-3.0-medium-zh')).toBe('中文');
  });
});

describe('placeExcerpt', () => {
  const content =
    'junnyu/uer-gpt2-chinese-poem. UER GPT-2 中文古诗. UER-py 的 GPT-2 中文古诗生成模型，在约 80 万首古诗上训练。';
  const html = (excerpt: string) => placeExcerpt(excerpt, content).html;

  it('widens an excerpt that Pagefind began inside a Latin name to the whole name', () => {
    // Pagefind 1.6's window on the Chinese poem page, for 古诗.
    expect(html('-2 中文<mark>古诗</mark>. UER-py 的 GPT-2 中文<mark>古诗</mark>')).toBe(
      'GPT-2 中文<mark>古诗</mark>. UER-py 的 GPT-2 中文<mark>古诗</mark>',
    );
    expect(html('中文<mark>古诗</mark>. UER-p')).toBe('中文<mark>古诗</mark>. UER-py');
    expect(placeExcerpt('ewer <mark>model</mark>s are', 'The newer models are here').html).toBe(
      'newer <mark>model</mark>s are',
    );
  });

  it('keeps an excerpt that begins and ends at a word, or at any character of Chinese', () => {
    for (const excerpt of [
      'UER GPT-2 中文<mark>古诗</mark>',
      '文<mark>古诗</mark>. UER-py 的',
      '约 80',
    ]) {
      expect(html(excerpt)).toBe(excerpt);
    }
  });

  it('says where the excerpt cuts a sentence', () => {
    const cuts = (excerpt: string) => {
      const { cutBefore, cutAfter } = placeExcerpt(excerpt, content);
      return [cutBefore, cutAfter];
    };
    // From the page's start to a heading's end; from a heading's start into a sentence.
    expect(cuts('junnyu/uer-gpt2-chinese-poem. UER GPT-2 中文古诗')).toEqual([false, false]);
    expect(cuts('UER-py 的 GPT-2 中文古诗生成模型，在约')).toEqual([false, true]);
    // From inside a sentence to the page's end, and to a sentence's end.
    expect(cuts('在约 80 万首古诗上训练。')).toEqual([true, false]);
    expect(cuts('中文古诗生成模型，在约')).toEqual([true, true]);
    // Widened to the name "GPT-2", inside the heading "UER GPT-2 中文古诗".
    expect(cuts('-2 中文古诗')).toEqual([true, false]);
  });

  it('ends before an opening quote and begins after a closing one, and says it cuts there', () => {
    const page = '本页引自 PaddleNLP 的“GPT模型汇总”页面。See the “GPT” page.';
    expect(placeExcerpt('本页引自 PaddleNLP 的“', page)).toEqual({
      html: '本页引自 PaddleNLP 的',
      cutBefore: false,
      cutAfter: true,
    });
    expect(placeExcerpt('”页面。', page)).toEqual({
      html: '页面。',
      cutBefore: true,
      cutAfter: false,
    });
    expect(placeExcerpt('See the “', page)).toMatchObject({ html: 'See the', cutAfter: true });
    // A window that is only the quote is kept as it is.
    expect(placeExcerpt('“', page).html).toBe('“');
    // A whole quotation stays as it is.
    expect(placeExcerpt('的“GPT模型汇总”页面', page).html).toBe('的“GPT模型汇总”页面');
  });

  it('keeps an excerpt it cannot find in the page’s text, and says it cuts nothing', () => {
    expect(placeExcerpt('-2 elsewhere', content)).toEqual({
      html: '-2 elsewhere',
      cutBefore: false,
      cutAfter: false,
    });
    expect(html('')).toBe('');
  });
});

describe('withEllipses', () => {
  it('marks each cut end with the language’s ellipsis', () => {
    expect(withEllipses('在约', { cutBefore: true, cutAfter: true }, 'zh-cn')).toBe('……在约……');
    expect(withEllipses('A model.', { cutBefore: true, cutAfter: false }, 'en')).toBe('…A model.');
    expect(withEllipses('A model', { cutBefore: false, cutAfter: false }, 'en')).toBe('A model');
  });
});

describe('sectionExcerpt', () => {
  // As Pagefind gave them for "classification" on /en/weights/gpt2-large-en/.
  const id = 'gpt2-large-en';
  const page =
    'an official weight. It generates English text and can be fine-tuned for <mark>classification</mark> or token labelling with PaddleNLP’s GPT heads. Provenance. Weight id gpt2-large-en.';
  const overview =
    'an official weight. It generates English text and can be fine-tuned for <mark>classification</mark> or token labelling with PaddleNLP’s GPT heads.';

  it('takes the excerpt of the section the words matched in, which ends with it', () => {
    expect(sectionExcerpt(page, [{ excerpt: overview }], id, 'classification')).toBe(overview);
  });

  it('takes the section that shows the most of the words, the first in the page of equals', () => {
    const lead = { excerpt: 'UER GPT-2 <mark>Chinese</mark> poem.' };
    const facts = {
      excerpt: 'Training data <mark>Chinese</mark> poems and <mark>Chinese</mark> lyrics.',
      anchor: { location: 120 },
    };
    const overview = { excerpt: 'It reads <mark>Chinese</mark> text.', anchor: { location: 12 } };
    const none = { excerpt: 'Usage. Load it.', anchor: { location: 5 } };
    // One word each, however often: the first in the page, whatever order they come in.
    expect(sectionExcerpt(page, [facts, overview, lead], id, 'chinese')).toBe(lead.excerpt);
    expect(sectionExcerpt(page, [facts, none, overview], id, 'chinese')).toBe(overview.excerpt);
    // "generation reddit" on DialoGPT's page: the summary says one, Overview both.
    const summary = { excerpt: 'A model for dialogue response <mark>generation</mark>.' };
    const both = {
      title: 'Overview',
      excerpt:
        'Overview. (response <mark>generation).</mark> It was trained on <mark>“Reddit</mark> threads.',
      anchor: { location: 30 },
    };
    expect(sectionExcerpt(page, [summary, both], id, 'generation reddit')).toBe(
      '(response <mark>generation).</mark> It was trained on <mark>“Reddit</mark> threads.',
    );
  });

  it('counts the query’s words a section shows, not each form of one word', () => {
    // "generation" on DialoGPT's page: its paper's title says two forms of the one word.
    const summary = { excerpt: 'A model for dialogue response <mark>generation</mark>.' };
    const paper = {
      title: 'Provenance',
      excerpt:
        'Provenance. Paper DialoGPT: Large-Scale <mark>Generative</mark> Pre-training for Conversational Response <mark>Generation</mark>.',
      anchor: { location: 50 },
    };
    expect(sectionExcerpt(page, [summary, paper], id, 'generation')).toBe(summary.excerpt);
  });

  it('leaves out the section’s heading that begins it, unless the query matched the heading', () => {
    const facts = (excerpt: string) => [{ title: 'Provenance', excerpt, anchor: { location: 40 } }];
    expect(
      sectionExcerpt(
        page,
        facts('Provenance. Weight id nptag. <mark>License</mark> Unknown.'),
        id,
        'license',
      ),
    ).toBe('Weight id nptag. <mark>License</mark> Unknown.');
    // As Pagefind marks a heading: with the full stop it puts after it.
    expect(
      sectionExcerpt(page, facts('<mark>Provenance.</mark> Weight id nptag.'), id, 'provenance'),
    ).toBe('<mark>Provenance.</mark> Weight id nptag.');
    // A Chinese heading, which Pagefind ends the same way.
    const zh = [
      {
        title: '来源',
        excerpt: '来源. 权重 ID nptag. <mark>许可</mark>：未说明。',
        anchor: { location: 40 },
      },
    ];
    expect(sectionExcerpt(page, zh, id, '许可')).toBe('权重 ID nptag. <mark>许可</mark>：未说明。');
  });

  it('takes no section that shows only its heading, nor one whose highlight is only the id', () => {
    // "sources": the heading over a list Pagefind ignores, then the search keys.
    const sources = {
      title: 'Sources',
      excerpt: '<mark>Sources.</mark> id_gpt2_large_en_id famc_gpt_fam',
      anchor: { location: 90 },
    };
    expect(sectionExcerpt(page, [sources], id, 'sources')).toBe(page);
    // "width": the part before the first heading begins with the id, which the title shows.
    const dialogRpt = 'microsoft/DialogRPT-width';
    const lead = { excerpt: 'microsoft/DialogRPT-<mark>width.</mark> A community GPT weight.' };
    const overview = {
      title: 'Overview',
      excerpt: 'Overview. It refers to microsoft/DialogRPT-<mark>width</mark> on Hugging Face.',
      anchor: { location: 20 },
    };
    expect(sectionExcerpt(page, [lead, overview], dialogRpt, 'width')).toBe(
      'It refers to microsoft/DialogRPT-<mark>width</mark> on Hugging Face.',
    );
  });

  it('does not count the search keys’ highlights, and keeps the page’s excerpt without a section’s', () => {
    const keys = {
      anchor: { location: 0 },
      excerpt:
        'License MIT. <mark>id_gpt2_large_en_id</mark> <mark>id_gpt2_large_en_id</mark> famc_gpt_fam',
    };
    expect(sectionExcerpt(page, [keys], id, 'large')).toBe(page);
    expect(
      sectionExcerpt(page, [keys, { excerpt: overview, anchor: { location: 9 } }], id, 'large'),
    ).toBe(overview);
    expect(sectionExcerpt(page, [], id, 'large')).toBe(page);
  });
});

describe('shownWords', () => {
  it('lists each highlighted word once, lower-cased, as the result shows it', () => {
    expect(
      shownWords(
        '<mark>“Reddit</mark> and <mark>reddit,</mark> <mark>参考</mark><mark>资料</mark>',
        'x',
      ),
    ).toEqual(new Set(['reddit', '参考资料']));
    expect(
      shownWords('gpt2-<mark>large</mark>-en. <mark>id_gpt2_large_en_id</mark>', 'gpt2-large-en'),
    ).toEqual(new Set());
  });
});

describe('shows', () => {
  it('reads a highlight as the query’s word, a form of it, or a part of it cut as Pagefind cuts', () => {
    expect(shows('generation', 'generation')).toBe(true);
    expect(shows('generative', 'generation')).toBe(true);
    expect(shows('参考', '参考资料')).toBe(true);
    expect(shows('skolkovoinstitute/roberta_toxicity_classifier', 'classification')).toBe(true);
    expect(shows('reddit', 'generation')).toBe(false);
    expect(shows('资料', '参考')).toBe(false);
  });
});

describe('tidyMarks', () => {
  it('moves brackets, quotes and punctuation Pagefind marks with a word outside the mark', () => {
    expect(tidyMarks('(response <mark>generation).</mark> Then')).toBe(
      '(response <mark>generation</mark>). Then',
    );
    expect(tidyMarks('trained on <mark>“Reddit</mark> threads')).toBe(
      'trained on “<mark>Reddit</mark> threads',
    );
    expect(tidyMarks('page <mark>“GPT模型汇总”.</mark>')).toBe('page “<mark>GPT模型汇总</mark>”.');
    expect(tidyMarks('<mark>License:</mark> MIT, <mark>MIT.</mark>')).toBe(
      '<mark>License</mark>: MIT, <mark>MIT</mark>.',
    );
    expect(tidyMarks('取的 <mark>1.47 </mark>亿，<mark>许可；</mark>')).toBe(
      '取的 <mark>1.47</mark> 亿，<mark>许可</mark>；',
    );
  });

  it('keeps a full stop that is the word’s own, an entity whole, and a mark of punctuation alone', () => {
    expect(tidyMarks('the <mark>U.S.</mark> data, <mark>v1.0.</mark>')).toBe(
      'the <mark>U.S.</mark> data, <mark>v1.0</mark>.',
    );
    expect(tidyMarks('the <mark>&lt;pad&gt;</mark> token, <mark>&lt;unk&gt;,</mark>')).toBe(
      'the <mark>&lt;pad&gt;</mark> token, <mark>&lt;unk&gt;</mark>,',
    );
    expect(tidyMarks('a <mark>…</mark> b')).toBe('a <mark>…</mark> b');
  });

  it('joins highlights side by side into one', () => {
    expect(tidyMarks('<mark>参考</mark><mark>资料</mark>。')).toBe('<mark>参考资料</mark>。');
    expect(tidyMarks('<mark>gpt2</mark> <mark>large</mark>')).toBe(
      '<mark>gpt2</mark> <mark>large</mark>',
    );
  });
});

describe('resultExcerpt', () => {
  // The end of a Chinese weight page's text as Pagefind returns it: its search keys last.
  const content =
    '它在 Reddit 上取的 1.47 亿条多轮对话上训练，时间跨度为 2005 至 2017 年。 许可证 MIT. 参考资料. id_dialogpt_id famb_gpt_fam params_1244e5.';
  const id = 'junnyu/microsoft-DialoGPT-small';

  it('drops the search keys, and cuts no sentence where the page ends', () => {
    expect(
      resultExcerpt(
        '时间跨度为 2005 至 2017 年。 许可证 <mark>MIT</mark>. 参考资料. id_dialogpt_id famb_gpt_fam params_1244e5.',
        content,
        id,
        'zh-cn',
      ),
    ).toBe('……时间跨度为 2005\u00a0至 2017\u00a0年。许可证 <mark>MIT</mark>。参考资料。');
  });

  it('begins after the punctuation a window may start on, with an ellipsis only inside a sentence', () => {
    expect(resultExcerpt('，时间跨度为 2005', content, id, 'zh-cn')).toBe('……时间跨度为 2005……');
    expect(resultExcerpt('。 许可证 <mark>MIT</mark>', content, id, 'zh-cn')).toBe(
      '许可证 <mark>MIT</mark>',
    );
  });

  it('keeps a matched number with its word, outside the highlight', () => {
    // Pagefind marks a Chinese word with the space after it.
    expect(resultExcerpt('取的 <mark>1.47 </mark>亿条多轮对话', content, id, 'zh-cn')).toBe(
      '……取的 <mark>1.47</mark>\u00a0亿条多轮对话……',
    );
  });

  it('highlights a matched word without the comma or colon Pagefind marks with it', () => {
    const text =
      'A GPT-2 model for dialogue response generation, in a community conversion. License: MIT.';
    expect(
      resultExcerpt(
        'for dialogue response <mark>generation,</mark> in a community',
        text,
        'x',
        'en',
      ),
    ).toBe('…for dialogue response <mark>generation</mark>, in a community…');
    expect(resultExcerpt('<mark>License:</mark> MIT.', text, 'x', 'en')).toBe(
      '<mark>License</mark>: MIT.',
    );
  });

  it('reads a full stop inside a closing quote as a sentence’s end, but not “et al.”', () => {
    const quoted =
      'It says: “ALBERT large model (version2).” Provenance. Weight id albert-large-v2.';
    expect(resultExcerpt('It says: “ALBERT large model (version2).”', quoted, 'x', 'en')).toBe(
      'It says: “ALBERT large model (version2).”',
    );
    expect(resultExcerpt('Provenance. Weight id', quoted, 'x', 'en')).toBe(
      'Provenance. Weight id…',
    );
    const cited =
      'Paper Devlin, Jacob, et al. "Bert: Pre-training of deep bidirectional transformers."';
    expect(resultExcerpt('Devlin, Jacob, et al.', cited, 'x', 'en')).toBe(
      '…Devlin, Jacob, et al.…',
    );
    expect(resultExcerpt('"Bert: Pre-training', cited, 'x', 'en')).toBe('…"Bert: Pre-training…');
  });
});

describe('chinesePunctuation', () => {
  it('turns the full stop Pagefind puts after a Chinese heading into “。”, with no space after', () => {
    expect(chinesePunctuation('UER GPT-2 中文<mark>古诗</mark>. UER-py 的 GPT-2')).toBe(
      'UER GPT-2 中文<mark>古诗</mark>。UER-py 的 GPT-2',
    );
    expect(chinesePunctuation('许可证 MIT. 参考资料.')).toBe('许可证 MIT。参考资料。');
    expect(chinesePunctuation('2017 年。 许可证，<mark>对话</mark>， 模型')).toBe(
      '2017 年。许可证，<mark>对话</mark>，模型',
    );
  });

  it('does the same after a Latin name or figure that stands alone, as a table cell does', () => {
    expect(
      chinesePunctuation(
        '权重名称 sberbank-ai/rugpt3large_based_on_gpt2. 训练语言 俄语。模型系列 <mark>GPT</mark>. 提供方 社区转换。原始检查点 v1.0.',
      ),
    ).toBe(
      '权重名称 sberbank-ai/rugpt3large_based_on_gpt2。训练语言 俄语。模型系列 <mark>GPT</mark>。提供方 社区转换。原始检查点 v1.0。',
    );
  });

  it('does it for a cell the excerpt starts with, and keeps a version’s decimal point', () => {
    expect(chinesePunctuation('GPT. 提供方 社区')).toBe('GPT。提供方 社区');
    expect(chinesePunctuation('名称 ernie-3.0-base-zh. 训练语言')).toBe(
      '名称 ernie-3.0-base-zh。训练语言',
    );
  });

  it('leaves a Latin sentence, an abbreviation, a decimal point and a file name as they are', () => {
    for (const text of [
      '例如 U.S. 数据',
      'Trained on English text. 它',
      '英文说明：Trained on English text.',
      '许可证 MIT. Reddit',
      '1.47 亿',
      'modeling.py 中',
      'v1.0',
    ])
      expect(chinesePunctuation(text)).toBe(text);
  });
});

describe('breaksAroundMarks', () => {
  it('lets a line break at the edges of a highlighted Chinese word, not of a Latin one', () => {
    expect(breaksAroundMarks('用于<mark>文本</mark>分类')).toBe(
      '用于<wbr><mark>文本</mark><wbr>分类',
    );
    expect(breaksAroundMarks('distil<mark>gpt2</mark> 与 <mark>1.47</mark>\u00a0亿')).toBe(
      'distil<mark>gpt2</mark> 与 <mark>1.47</mark>\u00a0亿',
    );
  });
});
