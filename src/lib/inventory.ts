/*
 * The Sphinx inventory (`objects.inv`, version 2): what Sphinx's intersphinx and MkDocs'
 * mkdocstrings/autorefs read to turn a name into a checked link. Four header lines, then
 * zlib-compressed lines `name domain:role priority uri dispname`
 * (https://sphinx-doc.org/en/master/usage/extensions/intersphinx.html; the format is
 * Sphinx's `sphinx.util.inventory.InventoryFile.dump`).
 *
 * Each weight is a `std:label` by its id, lower-cased because `:ref:` lower-cases its target, and
 * by each alias, all pointing at its page; and a `std:doc` (`weights/<id>`) for `:doc:`. URIs are
 * relative to the inventory's own folder, so a site served under a sub-path works unchanged.
 */

export interface InventoryWeight {
  id: string;
  aliases: readonly string[];
  /** The page's title in the inventory's language ("GPT-2 small"); the id when it has none. */
  title: string;
}

export interface InventoryEntry {
  name: string;
  role: 'std:label' | 'std:doc';
  uri: string;
  /** What a reference shows when it gives no text of its own. */
  dispname: string;
}

/** "gpt2-en (GPT-2 small)", or the id alone when the title is the id. */
export function displayName(weight: InventoryWeight): string {
  return weight.title === weight.id ? weight.id : `${weight.id} (${weight.title})`;
}

/**
 * The entries for these weights; `uriOf(id)` is a weight page's path relative to the inventory
 * (`en/weights/gpt2-en/` at the site's root). Ids come before aliases. The catalog already
 * refuses names that clash ignoring case (src/lib/catalog.ts); should one slip through, an id
 * keeps its name rather than a line be written twice.
 */
export function inventoryEntries(
  weights: readonly InventoryWeight[],
  uriOf: (id: string) => string,
): InventoryEntry[] {
  const labels = new Map<string, InventoryEntry>();
  const claim = (name: string, weight: InventoryWeight, dispname: string) => {
    const key = name.toLowerCase();
    if (!labels.has(key)) {
      labels.set(key, { name: key, role: 'std:label', uri: uriOf(weight.id), dispname });
    }
  };
  for (const weight of weights) claim(weight.id, weight, displayName(weight));
  for (const weight of weights) {
    for (const alias of weight.aliases) claim(alias, weight, displayName(weight));
  }
  const docs = weights.map((weight): InventoryEntry => ({
    name: `weights/${weight.id}`,
    role: 'std:doc',
    uri: uriOf(weight.id),
    dispname: displayName(weight),
  }));
  return [...labels.values(), ...docs];
}

/** The header and the entries' lines, before compression. */
export function inventoryLines(
  header: { project: string; version: string },
  entries: readonly InventoryEntry[],
): { header: string; body: string } {
  for (const [field, value] of Object.entries(header)) {
    if (/[\r\n]/.test(value)) throw new Error(`objects.inv: the ${field} line has a line break`);
  }
  const body = entries.map((entry) => {
    // A name may hold spaces (Sphinx reads up to the role), a URI may not; a dispname is the
    // rest of the line, and "-" stands for the name.
    if (/\s/.test(entry.uri) || entry.uri === '') {
      throw new Error(`objects.inv: ${entry.name}: the URI "${entry.uri}" is empty or has a space`);
    }
    if (/[\r\n]/.test(entry.name + entry.dispname)) {
      throw new Error(`objects.inv: ${entry.name}: a line break in the name or display name`);
    }
    const dispname = entry.dispname === entry.name ? '-' : entry.dispname;
    return `${entry.name} ${entry.role} -1 ${entry.uri} ${dispname}\n`;
  });
  return {
    header:
      '# Sphinx inventory version 2\n' +
      `# Project: ${header.project}\n` +
      `# Version: ${header.version}\n` +
      '# The remainder of this file is compressed using zlib.\n',
    body: body.join(''),
  };
}

/**
 * The name a Sphinx project gives each inventory in its `intersphinx_mapping`, as the About page
 * tells it to (SphinxMapping.astro); weight pages write their `:ref:` with it. Both inventories
 * hold the same names, so a reference says which one it means.
 */
export const intersphinxNames = { en: 'paddlenlp', 'zh-cn': 'paddlenlp-zh' } as const;
