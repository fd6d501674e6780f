/**
 * A deterministic synthetic catalog for the benchmark: the hand-verified weights of content/
 * (the imported zoo is left out, so N means the same at every size) plus generated ones up to N,
 * facts and prose in both languages, written as content files exactly like real entries. Their
 * ids carry a family's name as a word, as fine-tunes do (`lab03/distilgpt2-65-xl`,
 * `team12/dialogpt-12-2b`), so the relevance figures measure whether the real weight still wins.
 * Same N, same files, byte for byte.
 */
import { cpSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

/** mulberry32: a small seeded PRNG, so every run generates the same catalog. */
function random(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const shapes = [
  { layers: 6, hidden: 768, heads: 12 },
  { layers: 12, hidden: 768, heads: 12 },
  { layers: 24, hidden: 1024, heads: 16 },
  { layers: 36, hidden: 1280, heads: 20 },
  { layers: 48, hidden: 1600, heads: 25 },
];
/** Stems of real ids that synthetic fine-tunes borrow: `lab03/microsoft-DialoGPT-small-news-00123`. */
const lookalikes = [
  'microsoft-DialoGPT-small',
  'microsoft-DialoGPT-medium',
  'DialoGPT-small',
  'uer-gpt2-chinese-poem',
  'gpt2-chinese-poem',
  'gpt2-medium-en',
  'gpt2-en',
  'distilgpt2',
];
// The GPT family's model lines (content/series/).
const families = ['gpt2', 'cpm', 'distilgpt2', 'dialogpt', 'uer-gpt2'];
/** The word each model line's fine-tunes are named with. */
const familyWords = {
  gpt2: 'gpt2',
  cpm: 'cpm',
  distilgpt2: 'distilgpt2',
  dialogpt: 'dialogpt',
  'uer-gpt2': 'uer-gpt2-poem',
};
/** One per shape, smallest first. */
const sizeWords = ['small', 'base', 'medium', 'large', 'xl'];
const owners = ['community', 'lab', 'team', 'org', 'studio', 'group', 'works', 'hub'];
const topicsEn = [
  'news',
  'poetry',
  'dialogue',
  'code',
  'law',
  'medicine',
  'finance',
  'fiction',
  'reviews',
  'wiki',
  'tweets',
  'lyrics',
];
const topicsZh = [
  '新闻',
  '诗歌',
  '对话',
  '代码',
  '法律',
  '医疗',
  '金融',
  '小说',
  '评论',
  '百科',
  '微博',
  '歌词',
];
const wordsEn = [
  'model',
  'trained',
  'corpus',
  'tokens',
  'fine-tuned',
  'generation',
  'checkpoint',
  'weights',
  'layers',
  'dataset',
  'domain',
  'release',
];
const wordsZh = [
  '模型',
  '训练',
  '语料',
  '词元',
  '微调',
  '生成',
  '检查点',
  '权重',
  '层数',
  '数据集',
  '领域',
  '发布',
];

function parameterCount({ layers: L, hidden: H }, vocab) {
  return vocab * H + 1024 * H + L * (12 * H * H + 13 * H) + 2 * H;
}

const quote = (text) => JSON.stringify(text);

/** Ids of content/'s imported weights (`origin: imported`), which the synthetic catalog leaves out. */
function importedIds(contentSource) {
  const facts = join(contentSource, 'weights', 'facts');
  return new Set(
    readdirSync(facts, { recursive: true, encoding: 'utf8' })
      .filter((file) => file.endsWith('.yaml'))
      .filter((file) => /^origin: imported$/m.test(readFileSync(join(facts, file), 'utf8')))
      .map((file) => file.replaceAll('\\', '/').replace(/\.yaml$/, '')),
  );
}

export function writeSyntheticCatalog(contentSource, target, total) {
  rmSync(target, { recursive: true, force: true });
  const imported = importedIds(contentSource);
  const weightsDir = join(contentSource, 'weights');
  cpSync(contentSource, target, {
    recursive: true,
    filter: (source) => {
      const inside = source.slice(weightsDir.length + 1).replaceAll('\\', '/');
      if (!source.startsWith(`${weightsDir}/`)) return true;
      const id = inside.replace(/^(facts|en|zh-cn)\//, '').replace(/\.(yaml|mdx)$/, '');
      return !imported.has(id);
    },
  });
  const real = readdirSync(join(target, 'weights', 'facts'), {
    recursive: true,
    encoding: 'utf8',
  }).filter((file) => file.endsWith('.yaml')).length;
  const next = random(total);
  const pick = (list) => list[Math.floor(next() * list.length)];
  for (let i = 0; i < total - real; i++) {
    const n = String(i + 1).padStart(5, '0');
    const topic = Math.floor(next() * topicsEn.length);
    const owner = pick(owners);
    const shape = pick(shapes);
    const language = next() < 0.5 ? 'en' : 'zh';
    const vocab = language === 'en' ? 50257 : 21128;
    const exact = parameterCount(shape, vocab);
    const printed = `${Math.round(exact / 1e6)}M`;
    // One weight in ten is named like a real one (fine-tunes and mirrors usually are), so the
    // relevance figures measure whether the real weight still wins against close names.
    // The rest carry their model line's name as a word, with a number and a size
    // (`distilgpt2-00065-xl`), as community uploads named after a model do.
    const lookalike = next() < 0.1 ? pick(lookalikes) : null;
    const series = pick(families);
    const size = sizeWords[shapes.indexOf(shape)];
    const stem = lookalike
      ? `${lookalike}-${topicsEn[topic]}-${n}`
      : `${familyWords[series]}-${n}-${size}`;
    const id = `${owner}${n.slice(0, 2)}/${stem}`;
    const facts = [
      // Ranked with imported weights, after the hand-verified ones (src/lib/search-ranking.ts).
      'origin: imported',
      `language: ${language}`,
      'family: gpt',
      `series: ${series}`,
      'provider: community',
      'architecture:',
      `  layers: ${shape.layers}`,
      `  hiddenSize: ${shape.hidden}`,
      `  heads: ${shape.heads}`,
      `  ffnSize: ${shape.hidden * 4}`,
      `  vocabSize: ${vocab}`,
      '  contextLength: 1024',
      'parameters:',
      `  printed: ${printed}`,
      `  exact: ${exact}`,
      `tokenizer: ${language === 'en' ? 'byte-level-bpe' : 'wordpiece'}`,
      'paddlenlp:',
      '  modelClass: GPTLMHeadModel',
      `  tokenizerClass: ${language === 'en' ? 'GPTTokenizer' : 'BertTokenizer'}`,
      'license: unknown',
      'sources:',
      '  - label: Synthetic benchmark entry',
      `    url: https://example.org/${id}`,
      '',
    ].join('\n');
    const sentence = (words) => Array.from({ length: 12 }, () => pick(words)).join(' ');
    const sentenceZh = (words) => Array.from({ length: 12 }, () => pick(words)).join('');
    const prose = {
      en: {
        title: `${lookalike ?? 'GPT-2'} ${topicsEn[topic]} ${n}`,
        description: `A synthetic GPT-2 model for ${topicsEn[topic]} text, number ${n}, made for the benchmark.`,
        details: `Trained on ${topicsEn[topic]} text.`,
        trainingData: `Synthetic ${topicsEn[topic]} corpus.`,
        body: `This ${topicsEn[topic]} model is a benchmark entry. ${sentence(wordsEn)}.\n\n${sentence(wordsEn)}.`,
      },
      'zh-cn': {
        title: `${lookalike ?? 'GPT-2'} ${topicsZh[topic]} ${n}`,
        description: `用于基准测试的合成 GPT-2 ${topicsZh[topic]}模型，编号 ${n}。`,
        details: `基于${topicsZh[topic]}文本训练。`,
        trainingData: `合成的${topicsZh[topic]}语料。`,
        body: `这是一个${topicsZh[topic]}基准测试条目。${sentenceZh(wordsZh)}。\n\n${sentenceZh(wordsZh)}。`,
      },
    };
    write(join(target, 'weights', 'facts', `${id}.yaml`), facts);
    for (const [locale, p] of Object.entries(prose)) {
      const frontmatter = ['title', 'description', 'details', 'trainingData']
        .map((key) => `${key}: ${quote(p[key])}`)
        .join('\n');
      write(
        join(target, 'weights', locale, `${id}.mdx`),
        `---\n${frontmatter}\n---\n\n${p.body}\n`,
      );
    }
  }
}

function write(file, text) {
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, text);
}

// `node bench/synthetic.mjs <N> <target folder>`: write a catalog for a test build
// (npm run build:large) without running the benchmark.
if (process.argv[1] && import.meta.url === new URL(`file://${process.argv[1]}`).href) {
  const [total, target] = process.argv.slice(2);
  if (!total || !target) throw new Error('usage: node bench/synthetic.mjs <N> <target folder>');
  writeSyntheticCatalog(
    join(dirname(new URL(import.meta.url).pathname), '..', 'content'),
    target,
    Number(total),
  );
}
