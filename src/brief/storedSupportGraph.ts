/**
 * The support graph kept in the index: the indexer extracts it from every sentence once per
 * corpus version (in the worker, off the bot's event loop) and stores what it is made of, the
 * learned name forms and the relations with their cited sentences; a start reads those small
 * tables back instead of reading every sentence. The answers are the same either way: the
 * catalog is built from the same learned names, the relations are the ones extracted.
 *
 * Aliases are learned across documents (a surname in one, the full name in another; the
 * capitalisation counts of the whole corpus), so a change to one document may change how another
 * reads: the indexers update the graph per document (documentEntities.ts), learning again and
 * extracting again exactly the documents such a change reaches.
 */
import type { PassageRecord } from '../corpus/records.ts';
import type { IndexStore, StoredCatalogText, StoredRelations } from '../index/indexStore.ts';
import {
  CATALOG_FORMAT,
  catalogFromNames,
  catalogFromStored,
  type Entity,
  type LearnedNames,
  storedCatalogOf,
} from './entityCatalog.ts';
import type { NameNode } from './entities/learnEntities.ts';
import { storedNamesOf, updateSupportGraph } from './documentEntities.ts';
import { EXTRACTOR_VERSION } from './extractorVersion.ts';
import type { SupportRelation } from './extractSupportRelations.ts';
import { learnSupportGraph, type SupportGraph } from './whoBacks.ts';

/**
 * The support graph as the index stored it, or null when it holds none for this corpus and these
 * rules. The catalog is read ready-built when the index keeps one for these relations; else it is
 * built from the stored names (hundreds of ms on SOTU) and, with `keepCatalog`, kept for the next
 * start (a caller that may not write, or must not wait for the file, leaves it to the next who-backs).
 */
export function loadStoredSupportGraph(
  store: IndexStore,
  { keepCatalog = false }: { keepCatalog?: boolean } = {},
): SupportGraph | null {
  const stored = store.storedRelations(EXTRACTOR_VERSION, CATALOG_FORMAT);
  if (!stored) return null;
  const relations: SupportRelation[] = [];
  const oppositions: SupportRelation[] = [];
  for (const row of stored.relations) {
    const relation = JSON.parse(row.relation) as SupportRelation;
    (relation.stance === 'opposes' ? oppositions : relations).push(relation);
  }
  if (stored.catalog !== null) return { catalog: catalogFromStored(stored.catalog), relations, oppositions };
  const nodes = new Map<string, NameNode>();
  const roots = new Map<string, string>();
  const entities = new Map<string, Entity>();
  for (const name of stored.names) {
    nodes.set(name.key, JSON.parse(name.node, revive) as NameNode);
    roots.set(name.key, name.root);
    if (name.entity !== null) entities.set(name.root, JSON.parse(name.entity) as Entity);
  }
  const names: LearnedNames = { nodes, rootOf: (key) => roots.get(key) ?? key, leaderLinks: stored.leaders, entities };
  const catalog = catalogFromNames(names);
  if (keepCatalog) {
    try {
      store.saveCatalog(stored.extractor, stored.corpusVersion, storedCatalogOf(catalog));
    } catch {
      // Busy (the indexing worker writes) or read-only: built again next time, the answer is the same.
    }
  }
  return { catalog, relations, oppositions };
}

/** Whether the index holds the support graph of the corpus as it is now, by the current rules. */
export function hasStoredSupportGraph(store: IndexStore): boolean {
  return store.hasCurrentRelations(EXTRACTOR_VERSION);
}

/**
 * Extracts the support graph from every passage (read by `readPassages`, in corpus order), with
 * what the index is to keep of it (IndexStore.saveRelations, which refuses it when the corpus
 * changed meanwhile). Saving is the caller's, so a failed write never costs the answer.
 */
export async function extractSupportGraph(
  store: IndexStore,
  readPassages: () => Promise<PassageRecord[]>,
): Promise<{ graph: SupportGraph; stored: StoredRelations & { catalog: StoredCatalogText } }> {
  const corpusVersion = store.corpusVersion();
  const { names, graph } = await learnSupportGraph(await readPassages());
  return { graph, stored: toStoredRelations(names, graph, corpusVersion) };
}

/**
 * Brings the stored support graph up to date when the index holds none for this corpus and these
 * rules (the indexers): per document, learning and extracting only the documents that changed or
 * whose entities did (documentEntities.ts).
 */
export async function storeSupportGraphIfStale(store: IndexStore): Promise<void> {
  if (hasStoredSupportGraph(store)) return;
  await updateSupportGraph(store);
}

function toStoredRelations(
  names: LearnedNames,
  graph: SupportGraph,
  corpusVersion: string,
): StoredRelations & { catalog: StoredCatalogText } {
  return {
    extractor: EXTRACTOR_VERSION,
    corpusVersion,
    catalog: storedCatalogOf(graph.catalog),
    names: storedNamesOf(names),
    leaders: names.leaderLinks.map(([organisation, leader]) => [organisation, leader]),
    relations: [...graph.relations, ...graph.oppositions].map((relation) => ({
      file: relation.sentence.file,
      stance: relation.stance,
      relation: JSON.stringify(relation),
    })),
  };
}

/** Name nodes hold Maps and Sets, written as tagged arrays (documentEntities.ts): read back as what they were. */
function revive(_key: string, value: unknown): unknown {
  if (value !== null && typeof value === 'object' && !Array.isArray(value)) {
    if ('$map' in value) return new Map(value.$map as [unknown, unknown][]);
    if ('$set' in value) return new Set(value.$set as unknown[]);
  }
  return value;
}
