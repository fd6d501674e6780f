import type { Dictionary } from './en';

/** 简体中文界面文字。Typed against the English dictionary: a missing key fails `astro check`. */
const zhCN: Dictionary = {
  'site.title': 'PaddleNLP GPT 预训练权重',
  'site.skipToContent': '跳到正文',
  'site.footer': '非官方的 PaddleNLP GPT 预训练权重目录，依据 PaddleNLP 模型库页面与公开资料整理。',
  'lang.switchLabel': '语言',
  'lang.otherLanguages': '阅读此页的其他语言版本',

  'home.title': 'GPT模型汇总',
  'home.intro':
    '下表汇总介绍了目前PaddleNLP支持的GPT模型对应预训练权重。关于模型的具体细节可以参考对应链接。',
  'home.tableCaption': 'PaddleNLP 支持的 GPT 预训练权重',
  'home.weightsCount': '共 {count} 个权重',

  'col.weight': '预训练权重',
  'col.language': '语言',
  'col.layers': '层数',
  'col.hidden': '隐藏层维度',
  'col.heads': '注意力头数',
  'col.parameters': '参数量',
  'col.details': '模型详情',

  'params.exactTitle': '精确参数量：{exact}',

  'weight.metaDescription': '{id}：{description}',
  'weight.backToTable': '返回 GPT 模型汇总',
  'weight.facts': '基本信息',
  'weight.factsCaption': '{id} 的基本信息',
  'weight.overview': '概述',
  'weight.usage': '使用方法',
  'weight.usageIntro': '用 PaddleNLP 加载此权重：',
  'weight.related': '相关权重',
  'weight.noRelated': '目录中没有与此权重相关的其他权重。',
  'weight.sources': '来源',

  'fact.id': '权重名称',
  'fact.language': '训练语言',
  'fact.family': '模型系列',
  'fact.provider': '提供方',
  'fact.layers': '层数',
  'fact.hiddenSize': '隐藏层维度',
  'fact.heads': '注意力头数',
  'fact.ffnSize': '前馈层维度',
  'fact.vocabSize': '词表大小',
  'fact.contextLength': '上下文长度',
  'fact.tokenizer': '分词器',
  'fact.parameters': '参数量',
  'fact.parametersPrinted': 'PaddleNLP 标注的参数量',
  'fact.parametersExact': '精确参数量',
  'fact.trainingData': '训练数据',
  'fact.distilledFrom': '蒸馏自',
  'fact.convertedFrom': '转换自',
  'fact.license': '许可证',
  'fact.unknown': '未知',
  'fact.contextTokens': '{count} 个词元',

  'provider.paddlenlp': 'PaddleNLP 官方',
  'provider.community': '社区转换',

  'tokenizer.byte-level-bpe': '字节级 BPE',
  'tokenizer.sentencepiece': 'SentencePiece',
  'tokenizer.wordpiece': 'WordPiece（BERT 词表）',

  'license.unknown': '我们查阅的资料中未说明',

  'related.distilledFrom': '此权重的教师模型',
  'related.distilledInto': '由此权重蒸馏而来',
  'related.sameFamily': '同一系列',
  'related.sameSize': '相同规模',

  'search.label': '搜索权重',
  'search.placeholder': '搜索权重',
  'search.submit': '搜索',
  'search.loading': '正在搜索…',
  'search.noResults': '没有与“{query}”匹配的权重。',
  'search.resultsCount': '“{query}”共有 {count} 条结果',
  'search.oneResult': '“{query}”有 1 条结果',
  'search.resultsLabel': '搜索结果',
  'search.unavailable': '搜索加载失败，请使用汇总表。',

  'root.title': 'PaddleNLP GPT 预训练权重',
  'root.choose': '选择语言',

  'notFound.title': '页面不存在',
  'notFound.body': '此地址没有页面。',
  'notFound.home': '前往 GPT 模型汇总',
};

export default zhCN;
