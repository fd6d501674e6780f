/**
 * English UI strings. Keys are flat `area.camelCase`, as in withastro/docs. `{name}` marks a
 * value filled in by `translate()`. Every other language is typed against this one.
 */
const en = {
  'site.skipToContent': 'Skip to content',
  'site.about': 'About this catalog and linking to it',
  'lang.switchLabel': 'Language',

  'home.families': 'Families',
  'home.familiesIntro':
    '{families} families and {weights} weights. Each family’s page has its own table.',
  'home.allWeights': 'All weights',
  'home.tableCaption': 'Pretrained weights supported by PaddleNLP',
  'family.heading': '{name} model summary',
  'family.intro':
    'The pretrained {name} weights that PaddleNLP supports, as its page “{title}” lists them. For the details of a weight, open its page.',
  'family.weightCount': '{count} weights',
  'family.oneWeight': '1 weight',
  'family.tasks': 'Tasks',
  'family.tasksUnknown': 'not recorded in PaddleNLP’s task table',
  'family.paper': 'Paper',
  'family.architecture': 'Architecture',
  'family.source': 'Source',
  'family.sourceText': 'PaddleNLP’s page “{title}”, {revision} revision',
  'family.tableCaption': 'Pretrained {name} weights supported by PaddleNLP',
  'family.back': 'All families',
  'arch.decoder': 'Decoder-only Transformer',
  'arch.encoder': 'Encoder-only Transformer',
  'arch.encoder-decoder': 'Encoder–decoder Transformer',
  'arch.unknown': 'Not recorded',
  'task.sequence-classification': 'Sequence classification',
  'task.token-classification': 'Token classification',
  'task.question-answering': 'Question answering',
  'task.text-generation': 'Text generation',
  'task.multiple-choice': 'Multiple choice',
  'table.filterTask': 'Family’s task',
  'table.filterSeries': 'Model line',
  'weight.backToFamily': 'Back to the {name} model summary',
  'weight.generated':
    'This page was generated from PaddleNLP’s page {page}; each fact below names the source that states it.',
  'weight.unlisted':
    'PaddleNLP’s pages no longer list this weight (last listed in the {revision} revision): it may no longer download.',
  'fact.from.page': 'from PaddleNLP’s page',
  'fact.from.config': 'from PaddleNLP’s code',
  'fact.from.both': 'PaddleNLP’s page and code agree',
  'fact.disagreement':
    'PaddleNLP’s page says {page}; its code ({file}) says {config}, the value the weight loads with.',
  'fact.architecture': 'Architecture',
  'fact.embeddingSize': 'Embedding size',
  'fact.layersShared': '{layers} (one layer’s weights, applied {layers} times)',
  'fact.role': 'Pre-training role',
  'role.discriminator': 'Discriminator',
  'role.generator': 'Generator',
  'fact.layersEncoderDecoder':
    '{layers} (PaddleNLP does not say whether this counts the encoder, the decoder or both)',

  'col.weight': 'Pretrained weight',
  'col.language': 'Language',
  'col.layers': 'Layers',
  'col.hidden': 'Hidden size',
  'col.heads': 'Heads',
  'col.parameters': 'Parameters',
  'col.details': 'Details of the model',

  'table.controls': 'Filter and compare the weights',
  'table.filterLanguage': 'Training language',
  'table.filterFamily': 'Family',
  'table.filterProvider': 'Provided by',
  'table.any': 'All',
  'table.filterId': 'Id contains',
  'table.clear': 'Clear filters',
  'table.count': 'Showing {shown} of {total} weights',
  'table.compareHint': 'Tick 2 to 4 weights to compare them side by side.',
  'table.compare': 'Compare selected ({count})',
  'table.compareColumn': 'Compare',
  'table.compareThis': 'Compare {id}',

  'table.pages': 'Pages of the table',
  'table.pageLink': 'Page {page}',
  'table.pageTitle': 'All weights, page {page} of {pages}',
  'table.showMore': 'Show more',
  'table.empty': 'No weight matches these filters.',
  'chart.partialOfficial':
    'The chart shows the {shown} official PaddleNLP weights whose size a source states; all {total} are in the table.',
  'chart.partial':
    'The chart shows the {shown} weights whose size a source states; all {total} are in the table.',

  'params.exactTitle': 'Exactly {exact} parameters',

  'weight.metaDescription': '{id}: {description}',
  'weight.permalink': 'Link to the section “{section}”',
  'weight.onThisPage': 'On this page',
  'weight.overview': 'Overview',
  'weight.usage': 'Usage',
  'weight.usageIntro': 'Load the weight with PaddleNLP:',
  'weight.noRelated': 'No other weight in the catalog is related to this one.',
  'weight.sources': 'Sources',

  'fact.id': 'Weight id',
  'fact.language': 'Training language',
  'fact.family': 'Family',
  'fact.provider': 'Provided by',
  'fact.layers': 'Layers',
  'fact.hiddenSize': 'Hidden size',
  'fact.heads': 'Attention heads',
  'fact.ffnSize': 'Feed-forward size',
  'fact.vocabSize': 'Vocabulary size',
  'fact.contextLength': 'Context length',
  'fact.tokenizer': 'Tokenizer',
  'fact.parametersPrinted': 'Parameters as PaddleNLP lists them',
  'fact.parametersExact': 'Exact parameter count',
  'fact.trainingData': 'Training data',
  'fact.convertedFrom': 'Converted from',
  'fact.license': 'Licence',
  'fact.notApplicable': 'Not applicable',
  'fact.unknown': 'Unknown',
  'fact.contextTokens': '{count} tokens',

  'provider.paddlenlp': 'PaddleNLP (official)',
  'provider.community': 'Community conversion',

  'tokenizer.byte-level-bpe': 'Byte-level BPE',
  'tokenizer.sentencepiece': 'SentencePiece',
  'tokenizer.wordpiece': 'WordPiece (BERT vocabulary)',

  'license.unknown': 'Not stated in the sources we checked',

  'related.distilledFrom': 'Teacher of this weight',
  'related.distilledInto': 'Distilled from this weight',
  'related.sameFamily': 'Same family',
  'related.sameSize': 'Same size',

  'weight.architecture': 'Architecture',
  'weight.architectureCaption': 'Architecture of {id}',
  'weight.parameters': 'Parameters',
  'weight.parametersCaption': 'Parameters of {id}',
  'weight.provenance': 'Provenance',
  'weight.provenanceCaption': 'Where {id} comes from',
  'fact.paperFromIndex': 'linked from PaddleNLP’s model-zoo index',
  'weight.citationFromIndex':
    'PaddleNLP’s model-zoo index links this family to {paper}. This catalog records no citation for it yet.',
  'weight.citation': 'Citation',
  'weight.citationIntro': 'If you use this weight in research, cite the paper behind it:',
  'weight.noCitation': 'No paper is known for this weight.',
  'weight.lineage': 'Lineage',
  'fact.sizeFp32': 'Size of the weights in fp32',
  'fact.sizeFp16': 'Size of the weights in fp16',
  'fact.originalCheckpoint': 'Original checkpoint',
  'fact.paper': 'Paper',
  'fact.notStated': 'Not stated',
  'params.noteDiffers':
    'PaddleNLP lists {printed}, but the weights have exactly {exact} parameters.',
  'params.noteTruncated':
    'PaddleNLP lists {printed}: the exact count, {exact}, with its decimals dropped rather than rounded.',
  'copy.button': 'Copy',
  'copy.copied': 'Copied',
  'copy.failed': 'Could not copy; select the text instead',
  'copy.snippetLabel': 'Copy the code',
  'copy.bibtexLabel': 'Copy the BibTeX',
  'redirect.title': '{alias} is now {id}',
  'redirect.shortTitle': 'Moved to {id}',
  'redirect.body': '{alias} is another name for {id}. Its page is here:',
  'notFound.didYouMean': 'Did you mean one of these weights?',
  'notFound.browse': 'Every weight is listed in the summary table.',

  'compare.title': 'Compare weights',
  'compare.description': 'Compare two to four pretrained weights of PaddleNLP side by side.',
  'compare.needsScript':
    'Comparing weights needs JavaScript. Every figure is also in the summary table and on each weight’s page.',
  'compare.countProblem':
    'Choose {min} to {max} different weights to compare; this link names {count}. Tick them in the summary table.',
  'compare.unknownProblem':
    'No weight in the catalog has the id {ids}; it is left out. Check the link, or choose weights in the summary table.',
  'compare.failed': 'The weights could not be loaded. Try again, or use the summary table.',
  'compare.caption': 'Comparing {ids}',
  'compare.fact': 'Fact',
  'compare.differs': 'differs',
  'compare.name': 'Name',
  'compare.backToTable': 'Back to all weights',

  'chart.heading': 'Sizes at a glance',
  'chart.title': 'Weights by parameter count, grouped by family (logarithmic scale)',
  'chart.description':
    'Horizontal bars, one per weight, grouped by model family; bar length is the parameter count on a logarithmic scale. Each bar links to its weight’s page.',
  'chart.bar': '{id} {params} parameters',
  'chart.asText': 'The chart as text',

  'search.browseTable': 'See every weight in the summary table.',
  'search.label': 'Search weights',
  'search.placeholder': 'Search weights',
  'search.close': 'Cancel',
  'search.shortcut': 'Ctrl K',
  'search.shortcutMac': '⌘ K',
  'search.escapeKey': 'Esc',
  'search.helpMove': 'to move',
  'search.helpOpen': 'to open',
  'search.helpClose': 'to close',
  'search.otherLanguage': 'No weight matches “{query}” in English; {language} has {count}:',
  'search.didYouMean': 'No weight matches “{query}”. Did you mean one of these?',
  'search.loading': 'Searching…',
  'search.noResults': 'No weight matches “{query}”.',
  'search.resultsCount': '{count} results for “{query}”',
  'search.oneResult': '1 result for “{query}”',
  'search.resultsLabel': 'Search results',
  'search.unavailable': 'Search could not be loaded. Use the summary table instead.',

  'root.title': 'PaddleNLP pretrained weights',
  'root.choose': 'Choose a language',

  'notFound.title': 'Page not found',
  'notFound.body': 'There is no page at this address.',
  'notFound.home': 'Go to the catalog of weights',
} as const;

export type UiKey = keyof typeof en;
export type Dictionary = { readonly [K in UiKey]: string };

export default en satisfies Dictionary;
