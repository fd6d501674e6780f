import { getCollection, type CollectionEntry } from 'astro:content';
import { buildCatalog, type Catalog } from '../lib/catalog';
import { contentRoot } from '../lib/content-paths';

export type ProseEntry = CollectionEntry<'weights'>;
export type SiteCatalog = Catalog<ProseEntry>;

let catalog: Promise<SiteCatalog> | undefined;

/**
 * The validated catalog, built once per build: every page asks for it, and a content error
 * thrown here fails `astro build` with the list of files and fields at fault.
 */
export function getCatalog(): Promise<SiteCatalog> {
  catalog ??= (async () =>
    buildCatalog({
      facts: await getCollection('facts'),
      prose: await getCollection('weights'),
      families: await getCollection('families'),
      root: contentRoot(),
    }))();
  return catalog;
}
