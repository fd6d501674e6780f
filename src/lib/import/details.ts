/**
 * Reads the "Details of the model" cell of PaddleNLP's model-zoo tables. The cell is free English
 * with a common shape ("12-layer, 768-hidden, 12-heads, 110M parameters. Trained on English
 * text."), and the variants listed in ../shared/data/paddlenlp-model-zoo/README.md: ALBERT's
 * "12 repeating layers, 128 embedding", "_M"/"?M" where the count was never filled in, Blenderbot
 * rows without a hidden size, ELECTRA's "Discriminator,"/"Generator," and "Please refer to:
 * `name`_" links whose targets are at the end of the page. Only what the cell states is returned;
 * everything else stays undefined.
 */

export interface PageDetails {
  /** Transformer layers ("12-layer"); for ALBERT, the layers of its one shared layer stack. */
  layers?: number;
  /** ALBERT states its layers as "repeating": one set of weights applied `layers` times. */
  layersShared?: boolean;
  hiddenSize?: number;
  heads?: number;
  /** ALBERT's factorised embedding ("128 embedding"). */
  embeddingSize?: number;
  /** The parameter figure as printed ("110M", "1.5B", "50K"); undefined for "_M"/"?M". */
  printed?: string;
  /** The page printed a placeholder ("_M", "?M") where the figure should be. */
  printedPlaceholder?: string;
  /** ELECTRA-style role stated before the sizes. */
  role?: 'discriminator' | 'generator';
  /** The cell's free text after the sizes, in the page's English, links removed. */
  note?: string;
  /** Ids the note names in ``literal`` form: a teacher, a base model. */
  mentions: string[];
  /** A weight the note says this one was distilled from. */
  distilledFrom?: string;
  /** `name`_ or name_ references, in order (resolved against the page's link targets). */
  references: string[];
}

const number = String.raw`(\d+)`;

/** Parses one cell, given as its lines. */
export function parseDetails(lines: readonly string[]): PageDetails {
  let text = lines
    .map((l) => l.trim())
    .filter(Boolean)
    .join(' ');
  const details: PageDetails = { mentions: [], references: [] };

  // References: "Please refer to: `a/b`_", "For details, please refer to: ChineseBERT-base_",
  // "For details, please refer to the ernie-ctm_", "…the corresponding model card of huggingface: `x`_".
  const refer =
    /(?:For details, )?[Pp]lease refer to(?: the)?(?: corresponding model card of huggingface)?:?\s*((?:`[^`]+`_|[\w.-]+_)(?:\s*,?\s*(?:`[^`]+`_|[\w.-]+_))*)\s*$/;
  const referMatch = refer.exec(text);
  if (referMatch?.[1] !== undefined) {
    for (const ref of referMatch[1].matchAll(/`([^`]+)`_|([\w.-]+)_/g)) {
      details.references.push((ref[1] ?? ref[2] ?? '').trim());
    }
    text = text.slice(0, referMatch.index).trim();
  }

  const role = /^(Discriminator|Generator),\s*/i.exec(text);
  if (role?.[1] !== undefined) {
    details.role = role[1].toLowerCase() as 'discriminator' | 'generator';
    text = text.slice(role[0].length);
  }

  // The sizes: a run of "N-layer", "N repeating layers", "N embedding", "N-hidden", "N-heads",
  // "N parameters" separated by commas, ending with the parameters' full stop.
  const sizes = new RegExp(
    String.raw`^((?:\s*(?:${number}-layers?|${number} repeating layers|${number} embedding|${number}-hidden|${number}-heads?|(\d+(?:\.\d+)?[KMB]|[_?][KMB]) parameters)\s*[,.]?)+)`,
  );
  const match = sizes.exec(text);
  if (match?.[1] !== undefined) {
    const part = match[1];
    const grab = (re: RegExp) => {
      const m = re.exec(part);
      return m?.[1] === undefined ? undefined : Number(m[1]);
    };
    const layers = grab(/(\d+)-layers?/);
    const repeating = grab(/(\d+) repeating layers/);
    if (layers !== undefined) details.layers = layers;
    if (repeating !== undefined) {
      details.layers = repeating;
      details.layersShared = true;
    }
    const hidden = grab(/(\d+)-hidden/);
    if (hidden !== undefined) details.hiddenSize = hidden;
    const heads = grab(/(\d+)-heads?/);
    if (heads !== undefined) details.heads = heads;
    const embedding = grab(/(\d+) embedding/);
    if (embedding !== undefined) details.embeddingSize = embedding;
    const printed = /(\d+(?:\.\d+)?[KMB]|[_?][KMB]) parameters/.exec(part)?.[1];
    if (printed !== undefined) {
      if (/^[_?]/.test(printed)) details.printedPlaceholder = printed;
      else details.printed = printed;
    }
    text = text.slice(match[0].length).trim();
  }

  for (const literal of text.matchAll(/``([^`]+)``/g)) {
    if (literal[1] !== undefined) details.mentions.push(literal[1]);
  }
  const distilled = /distilled from\s+the \w+ model\s+``([^`]+)``/i.exec(text);
  if (distilled?.[1] !== undefined) details.distilledFrom = distilled[1];

  const note = text
    .replace(/``([^`]+)``/g, '$1')
    .replace(/\s+/g, ' ')
    .trim();
  if (note !== '') details.note = note;
  return details;
}
