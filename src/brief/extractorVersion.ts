/**
 * The version of the entity and relation extraction rules (entityCatalog.ts, entities/*,
 * relations/*, lexicon/*, knownAliases.ts, extractSupportRelations.ts). The index keeps what they
 * found (storedSupportGraph.ts) stamped with it: bump it with any change to what they find, and
 * the indexing worker extracts the whole corpus again in the background (no passage is embedded
 * again); until it has, answers are extracted on demand as before.
 */
export const EXTRACTOR_VERSION = '39';
