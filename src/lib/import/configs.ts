/**
 * What PaddleNLP's source code says about a built-in weight: one `pretrained_init_configuration`
 * entry (../shared/data/paddlenlp-model-zoo/source-configs/), read into the catalog's fact names.
 * Families name the same fact differently (`hidden_size`, `d_model`, `n_embd`); the first name
 * present wins, in the order below.
 */
export interface ConfigFacts {
  layers?: number;
  hiddenSize?: number;
  heads?: number;
  ffnSize?: number;
  vocabSize?: number;
  contextLength?: number;
  embeddingSize?: number;
  /** The file the configuration is in, relative to PaddleNLP's repository root. */
  file: string;
  /** The snapshot of PaddleNLP's code it was read from (`2025-03`). */
  snapshot: string;
  /** Older snapshots that supplied fields the newest one lacks, with their files. */
  older?: { file: string; snapshot: string; fields: string[] }[];
}

const fieldNames: Record<Exclude<keyof ConfigFacts, 'file' | 'snapshot' | 'older'>, string[]> = {
  layers: ['num_hidden_layers', 'num_layers', 'n_layer', 'encoder_layers'],
  hiddenSize: ['hidden_size', 'd_model', 'n_embd'],
  heads: ['num_attention_heads', 'num_heads', 'n_head', 'encoder_attention_heads'],
  ffnSize: ['intermediate_size'],
  vocabSize: ['vocab_size'],
  contextLength: ['max_position_embeddings', 'n_positions', 'max_seq_len'],
  embeddingSize: ['embedding_size'],
};

/**
 * Reads one snapshot file: `{ "<id>": { "file": "...", "<field>": <literal>, … }, … }`. Entries
 * that are not objects (the `__spread__` note) and values that are not positive integers (an
 * `_expr` the source computes) are skipped: they state nothing this catalog can show.
 */
export function readConfigSnapshot(json: unknown, snapshot: string): Map<string, ConfigFacts> {
  const configs = new Map<string, ConfigFacts>();
  if (json === null || typeof json !== 'object') return configs;
  for (const [id, raw] of Object.entries(json as Record<string, unknown>)) {
    if (raw === null || typeof raw !== 'object' || Array.isArray(raw)) continue;
    const entry = raw as Record<string, unknown>;
    if (typeof entry['file'] !== 'string') continue;
    const facts: ConfigFacts = { file: entry['file'], snapshot };
    for (const [fact, names] of Object.entries(fieldNames)) {
      for (const name of names) {
        const value = entry[name];
        if (typeof value === 'number' && Number.isInteger(value) && value > 0) {
          facts[fact as keyof typeof fieldNames] = value;
          break;
        }
      }
    }
    configs.set(id, facts);
  }
  return configs;
}

type FactField = keyof typeof fieldNames;

/**
 * Where a snapshot's files can be read on GitHub: 2022-09 is commit 94dd90ae8 (see
 * ../shared/data/paddlenlp-model-zoo/README.md); the newest is PaddleNLP's develop branch.
 */
const snapshotRefs: Record<string, string> = { '2022-09': '94dd90ae8' };

export function configFileUrl(file: string, snapshot: string): string {
  return `https://github.com/PaddlePaddle/PaddleNLP/blob/${snapshotRefs[snapshot] ?? 'develop'}/${file}`;
}

/** The file that states `field` of a merged configuration. */
export function configFileOf(config: ConfigFacts, field: string): string {
  return config.older?.find((o) => o.fields.includes(field))?.file ?? config.file;
}

/**
 * The configuration of each id from several snapshots, newest first. An id the newest code no
 * longer has (the `gpt2-*-en` configs, removed in December 2023) comes from an older one; a field
 * the newest code no longer states as a literal (mBART's heads, now computed) is filled from an
 * older snapshot, which `older` records so the page can cite both files.
 */
export function mergeSnapshots(newestFirst: Map<string, ConfigFacts>[]): Map<string, ConfigFacts> {
  const merged = new Map<string, ConfigFacts>();
  for (const snapshot of newestFirst) {
    for (const [id, facts] of snapshot) {
      const current = merged.get(id);
      if (current === undefined) {
        merged.set(id, { ...facts });
        continue;
      }
      const fields = (Object.keys(fieldNames) as FactField[]).filter(
        (field) => current[field] === undefined && facts[field] !== undefined,
      );
      if (fields.length === 0) continue;
      for (const field of fields) current[field] = facts[field] as number;
      current.older = [
        ...(current.older ?? []),
        { file: facts.file, snapshot: facts.snapshot, fields },
      ];
    }
  }
  return merged;
}
