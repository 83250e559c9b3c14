/**
 * The support graph kept per document, so that a change to one document costs that document,
 * not the corpus (issue 15, item 6). What the entity learner reads of a document decomposes:
 *
 *  - the capitalisation counts (its first pass) are sums over documents;
 *  - its second pass reads a sentence, its tokens and those counts only (whether a capitalised
 *    word is an ordinary word: written in lower case somewhere in the corpus, or more often in
 *    lower case than capitalised), never what other sentences taught it;
 *  - the merges of name forms (plural, short, glued forms, organisation heads) run over all
 *    name forms at the end, on small data.
 *
 * So each document keeps its counts, what its sentences taught a learner that had the corpus's
 * counts (name forms, their groups, leader links), and the verdict of those counts on each of its
 * capitalised words. A corpus change learns the new documents, and the old ones only where a
 * verdict changed; the merge step runs on the stored learning of all documents (no sentence is
 * read); then relations are extracted for the new documents and for those whose entities changed
 * (fingerprint: the entities their names, capitalised words and description heads resolve to).
 * The result equals learning and extracting the whole corpus (test/brief/documentEntities.test.ts
 * checks it on the seeds and the development sets).
 */
import { createHash } from 'node:crypto';
import type { Sentence } from '../corpus/passage.ts';
import type { PassageRecord } from '../corpus/records.ts';
import type { DocumentEntityRow, IndexStore, StoredDocumentEntities, StoredRelations } from '../index/indexStore.ts';
import { catalogFromNames, type Entity, type LearnedNames, namesLearnedBy, storedCatalogOf } from './entityCatalog.ts';
import { entityFromNodes } from './entities/entityFromNodes.ts';
import { CatalogLearner, type NameNode } from './entities/learnEntities.ts';
import { EXTRACTOR_VERSION } from './extractorVersion.ts';
import { extractRelations, type SupportRelation } from './extractSupportRelations.ts';
import { tokenize } from './lexicon/tokenize.ts';
import type { SupportGraph } from './whoBacks.ts';
import { DescribedActors } from './relations/describedActors.ts';

/** What one document taught the learner. */
interface DocumentLearning {
  /** Word key → [times written in lower case, times capitalised past a sentence's start]. */
  counts: Map<string, [number, number]>;
  /** The word keys it writes capitalised: the words whose verdict (verdictOf) its learning read. */
  capitals: Set<string>;
  /** The name forms its sentences made or changed, as the learner holds them. */
  nodes: NameNode[];
  /** Name key → the key of its group, where the document put them together. */
  groups: [string, string][];
  leaders: [string, string][];
}

type StoredNode = Omit<NameNode, 'surfaces' | 'roles' | 'descriptions'> & {
  surfaces: [string, number][];
  roles: string[];
  descriptions: string[];
};

/** Counts as tab-separated lines: the bulk of what is kept, parsed with split rather than as JSON. */
function encodeCounts(counts: ReadonlyMap<string, [number, number]>): string {
  return [...counts].map(([word, [lower, capitalised]]) => `${word}\t${lower}\t${capitalised}`).join('\n');
}

function decodeCounts(text: string): Map<string, [number, number]> {
  const counts = new Map<string, [number, number]>();
  for (const line of text === '' ? [] : text.split('\n')) {
    const [word = '', lower = '0', capitalised = '0'] = line.split('\t');
    counts.set(word, [Number(lower), Number(capitalised)]);
  }
  return counts;
}

function encodeNames(learning: DocumentLearning): string {
  const nodes: StoredNode[] = learning.nodes.map((node) => ({
    ...node,
    surfaces: [...node.surfaces],
    roles: [...node.roles],
    descriptions: [...node.descriptions],
  }));
  return JSON.stringify({ nodes, groups: learning.groups, leaders: learning.leaders });
}

function decodeLearning(row: StoredDocumentEntities): DocumentLearning {
  const stored = JSON.parse(row.names) as {
    nodes: StoredNode[];
    groups: [string, string][];
    leaders: [string, string][];
  };
  return {
    counts: new Map(),
    capitals: new Set(row.capitals === '' ? [] : row.capitals.split('\n')),
    nodes: stored.nodes.map(
      (node): NameNode => ({
        ...node,
        surfaces: new Map(node.surfaces),
        roles: new Set(node.roles),
        descriptions: new Set(node.descriptions),
      }),
    ),
    groups: stored.groups,
    leaders: stored.leaders,
  };
}

/** How the learner judges a capitalised word by the corpus's counts (CatalogLearner.isOrdinaryWord, isStyledCommonNoun). */
function verdictOf(totals: ReadonlyMap<string, [number, number]>, word: string): number {
  const [lower, capitalised] = totals.get(word) ?? [0, 0];
  return (lower > 0 ? 1 : 0) + (lower > capitalised ? 2 : 0);
}

/** Adds (sign 1) or takes away (-1) a document's counts, and notes the words whose verdict that may change. */
function addCounts(
  totals: Map<string, [number, number]>,
  counts: ReadonlyMap<string, [number, number]>,
  sign: 1 | -1,
  touched: Set<string>,
): void {
  for (const [word, [lower, capitalised]] of counts) {
    const total = totals.get(word) ?? [0, 0];
    total[0] += sign * lower;
    total[1] += sign * capitalised;
    if (total[0] === 0 && total[1] === 0) totals.delete(word);
    else totals.set(word, total);
    touched.add(word);
  }
}

/** Sentences before the current one that pronouns may refer to (as whoBacks.learnSupportGraph). */
const CONTEXT_SENTENCES = 2;

/** What the update did, for logs and the bench. */
export interface SupportGraphUpdate {
  documents: number;
  /** Documents whose sentences were read to learn names (new, changed, or reached by a change of the counts). */
  learned: number;
  /** Documents whose relations were extracted. */
  extracted: number;
  /** False when the corpus changed meanwhile (the next run does it). */
  saved: boolean;
}

/**
 * Brings the stored support graph up to date with the corpus, learning and extracting only what
 * changed, and saves it in one transaction (names, leaders, each changed document's learning and
 * relations, the corpus's word counts, the stamp): a reader, or a crash, sees the graph before or
 * after. The indexers call it after a run.
 */
export async function updateSupportGraph(store: IndexStore): Promise<SupportGraphUpdate> {
  const corpusVersion = store.corpusVersion();
  const { documents, stored, totals: storedTotals } = store.documentEntities();
  // Another version of the rules (or no totals kept): every document is learned again.
  const rebuild = storedTotals === null || stored.some((row) => row.extractor !== EXTRACTOR_VERSION);
  const totals = rebuild ? new Map<string, [number, number]>() : decodeCounts(storedTotals);
  const original = rebuild ? null : decodeCounts(storedTotals);
  const kept = new Map<number, StoredDocumentEntities>();
  const touched = new Set<string>();
  const current = new Map(documents.map((document) => [document.id, document]));
  const gone: number[] = [];
  for (const row of stored) {
    const document = current.get(row.documentId);
    if (!rebuild && document && document.hash === row.hash && document.file === row.file) kept.set(row.documentId, row);
    else {
      gone.push(row.documentId);
      // Removed or replaced: its counts leave the corpus's.
      if (!rebuild) addCounts(totals, decodeCounts(row.counts), -1, touched);
    }
  }
  const passagesCache = new Map<number, PassageRecord[]>();
  const passagesOf = (document: DocumentEntityRow): PassageRecord[] => {
    let passages = passagesCache.get(document.id);
    if (!passages) {
      passages = store.passagesOfDocument(document.file);
      passagesCache.set(document.id, passages);
    }
    return passages;
  };
  const freshCounts = new Map<number, Map<string, [number, number]>>();
  for (const document of documents) {
    if (kept.has(document.id)) continue;
    const counts = countWords(passagesOf(document).flatMap((passage) => passage.sentences));
    freshCounts.set(document.id, counts);
    addCounts(totals, counts, 1, touched);
    await pause();
  }
  // The words whose verdict the change turned: the documents writing them capitalised read them.
  const flipped = new Set(
    original ? [...touched].filter((word) => verdictOf(original, word) !== verdictOf(totals, word)) : [],
  );

  // Learning: new and changed documents, and those writing capitalised a word the change judged otherwise.
  const pristine = pristineNodes();
  const learnings = new Map<number, DocumentLearning>();
  const learnedNow = new Set<number>();
  for (const document of documents) {
    const row = kept.get(document.id);
    const learning = row ? decodeLearning(row) : undefined;
    if (learning && ![...learning.capitals].some((word) => flipped.has(word))) {
      learnings.set(document.id, learning);
      continue;
    }
    learnings.set(document.id, learnDocument(passagesOf(document), totals, pristine));
    learnedNow.add(document.id);
    await pause();
  }

  // The corpus-level merge, on the stored learning in corpus order.
  const names = mergeLearnings(documents.map((document) => learnings.get(document.id) as DocumentLearning));
  const catalog = catalogFromNames(names);
  // Kept as built, before extraction reads it: what the next start reads instead of building it.
  const catalogReady = storedCatalogOf(catalog);
  const entityOfRoot = entitiesByRoot(names);
  const describedBy = descriptionHeads(names);

  // Relations: for documents learned now, or whose entities changed.
  const relationsOf = new Map<number, SupportRelation[]>();
  const fingerprints = new Map<number, string>();
  for (const document of documents) {
    const learning = learnings.get(document.id) as DocumentLearning;
    const fingerprint = fingerprintOf(learning, names, entityOfRoot, describedBy);
    fingerprints.set(document.id, fingerprint);
    if (!learnedNow.has(document.id) && fingerprint === kept.get(document.id)?.fingerprint) continue;
    relationsOf.set(document.id, extractDocument(passagesOf(document), catalog));
    await pause();
  }

  const saved = store.saveDocumentEntities({
    extractor: EXTRACTOR_VERSION,
    corpusVersion,
    names: storedNames(names, entityOfRoot),
    leaders: names.leaderLinks.map(([organisation, leader]) => [organisation, leader]),
    totals: encodeCounts(totals),
    catalog: catalogReady,
    gone,
    documents: documents.flatMap((document) => {
      const relations = relationsOf.get(document.id);
      const learning = learnings.get(document.id) as DocumentLearning;
      if (!learnedNow.has(document.id) && relations === undefined) return [];
      const counts = freshCounts.get(document.id);
      return [
        {
          id: document.id,
          file: document.file,
          hash: document.hash,
          learned: learnedNow.has(document.id)
            ? {
                counts: counts ? encodeCounts(counts) : (kept.get(document.id)?.counts ?? ''),
                capitals: [...learning.capitals].join('\n'), // keys may hold spaces ("governor general")
                names: encodeNames(learning),
              }
            : null,
          fingerprint: fingerprints.get(document.id) ?? '',
          relations: relations?.map((relation) => ({ stance: relation.stance, relation: JSON.stringify(relation) })),
        },
      ];
    }),
  });
  return { documents: documents.length, learned: learnedNow.size, extracted: relationsOf.size, saved };
}

function pause(): Promise<void> {
  return new Promise((resolve) => setImmediate(resolve));
}

/** Word key → [times in lower case, times capitalised past a sentence's start], as CatalogLearner.countCapitals counts. */
function countWords(sentences: readonly Sentence[]): Map<string, [number, number]> {
  const learner = new CatalogLearner();
  for (const sentence of sentences) learner.countCapitals(tokenize(sentence.text));
  return countsOf(learner);
}

function countsOf(learner: CatalogLearner): Map<string, [number, number]> {
  const counts = new Map<string, [number, number]>();
  for (const [word, lower] of learner.lowercaseCounts) counts.set(word, [lower, 0]);
  for (const [word, capitalised] of learner.capitalisedCounts)
    counts.set(word, [counts.get(word)?.[0] ?? 0, capitalised]);
  return counts;
}

/** What a learner holds before reading anything (the known countries): each name form as JSON, and its group. */
interface Pristine {
  nodes: ReadonlyMap<string, string>;
  roots: ReadonlyMap<string, string>;
}

function pristineNodes(): Pristine {
  const learner = new CatalogLearner();
  return {
    nodes: new Map([...learner.nodes].map(([key, node]) => [key, JSON.stringify(node, replace)])),
    roots: new Map([...learner.nodes.keys()].map((key) => [key, learner.groups.find(key)])),
  };
}

/** One document's sentences read by a learner that knows the corpus's counts of the document's words. */
function learnDocument(
  passages: readonly PassageRecord[],
  totals: ReadonlyMap<string, [number, number]>,
  pristine: Pristine,
): DocumentLearning {
  const sentences = passages.flatMap((passage) => passage.sentences);
  const learner = new CatalogLearner();
  const capitals = new Set<string>();
  const tokenLists = sentences.map((sentence) => tokenize(sentence.text));
  // The learner judges the document's words by the corpus's counts, not the document's.
  for (const tokens of tokenLists)
    for (const token of tokens) {
      if (token.kind !== 'word') continue;
      const [lower, capitalised] = totals.get(token.key) ?? [0, 0];
      if (lower > 0) learner.lowercaseCounts.set(token.key, lower);
      if (capitalised > 0) learner.capitalisedCounts.set(token.key, capitalised);
      if (token.capitalised || token.allCaps) capitals.add(token.key);
    }
  sentences.forEach((sentence, i) => learner.learnSentence(sentence, tokenLists[i] ?? []));
  const nodes = [...learner.nodes.values()].filter(
    (node) => pristine.nodes.get(node.key) !== JSON.stringify(node, replace),
  );
  const groups: [string, string][] = [];
  for (const key of learner.nodes.keys()) {
    const root = learner.groups.find(key);
    if (root !== key && root !== pristine.roots.get(key)) groups.push([key, root]);
  }
  return { counts: new Map(), capitals, nodes, groups, leaders: learner.leaderLinks.map(([o, l]) => [o, l]) };
}

/** The documents' learning put together in corpus order, then the name forms merged: what learnNames gives for the whole corpus. */
function mergeLearnings(learnings: readonly DocumentLearning[]): LearnedNames {
  const learner = new CatalogLearner();
  for (const learning of learnings) {
    for (const stored of learning.nodes) {
      let node = learner.nodes.get(stored.key);
      if (!node) {
        // As CatalogLearner.node makes it, under the stored key (a surface may normalise otherwise).
        node = { ...stored, surfaces: new Map(), mentions: 0, personHints: 0, organisationHints: 0 };
        node.roles = new Set();
        node.descriptions = new Set();
        node.qualified = false;
        learner.nodes.set(stored.key, node);
        learner.groups.find(stored.key);
      }
      for (const [form, count] of stored.surfaces) node.surfaces.set(form, (node.surfaces.get(form) ?? 0) + count);
      node.mentions += stored.mentions;
      node.personHints += stored.personHints;
      node.organisationHints += stored.organisationHints;
      for (const role of stored.roles) node.roles.add(role);
      for (const description of stored.descriptions) node.descriptions.add(description);
      node.qualified ||= stored.qualified;
    }
    for (const [key, root] of learning.groups) learner.groups.union(root, key);
    learner.leaderLinks.push(...learning.leaders);
  }
  return namesLearnedBy(learner);
}

/**
 * Each group's entity (JSON) by its root, as the catalog makes it from its members (its names,
 * kind, side, roles), with its members' descriptions and the groups it is on the side of. Nothing in it names a root:
 * which key of a group is its root depends on the order groups were joined in.
 */
function entitiesByRoot(names: LearnedNames): Map<string, { entity: Entity; fingerprint: string }> {
  const groups = new Map<string, NameNode[]>();
  for (const node of names.nodes.values()) {
    const root = names.rootOf(node.key);
    const members = groups.get(root);
    if (members) members.push(node);
    else groups.set(root, [node]);
  }
  const firstKey = (root: string) => groups.get(root)?.[0]?.key ?? root;
  const sides = new Map<string, Set<string>>();
  for (const [organisation, leader] of names.leaderLinks) {
    const root = names.rootOf(organisation);
    sides.set(root, (sides.get(root) ?? new Set()).add(firstKey(names.rootOf(leader))));
  }
  return new Map(
    [...groups].map(([root, members]) => {
      const entity = entityFromNodes(members);
      const fingerprint = JSON.stringify([
        // Aliases and roles as sets: their order follows counts that any document moves.
        sortedLists(entity),
        members.flatMap((m) => [...m.descriptions]).sort(),
        [...(sides.get(root) ?? [])].sort(),
      ]);
      return [root, { entity, fingerprint }];
    }),
  );
}

function sortedLists(entity: Entity): Entity {
  return {
    ...entity,
    aliases: [...entity.aliases].sort(),
    ...(entity.roles ? { roles: [...entity.roles].sort() } : {}),
  };
}

/** Description head word → the groups described with it ("government" → the GNA). */
function descriptionHeads(names: LearnedNames): Map<string, Set<string>> {
  const heads = new Map<string, Set<string>>();
  for (const node of names.nodes.values())
    for (const description of node.descriptions) {
      const head = description.split(' ').pop() ?? '';
      heads.set(head, (heads.get(head) ?? new Set()).add(names.rootOf(node.key)));
    }
  return heads;
}

/**
 * What a document's relations depend on in the catalog: the entities (with their names, kind,
 * side, roles and descriptions) of every name it taught, every capitalised word it writes, and
 * every description whose head it writes capitalised.
 */
function fingerprintOf(
  learning: DocumentLearning,
  names: LearnedNames,
  entityOfRoot: ReadonlyMap<string, { fingerprint: string }>,
  describedBy: ReadonlyMap<string, ReadonlySet<string>>,
): string {
  const roots = new Set<string>();
  for (const node of learning.nodes) roots.add(names.rootOf(node.key));
  for (const word of learning.capitals) {
    if (names.nodes.has(word)) roots.add(names.rootOf(word));
    for (const root of describedBy.get(word) ?? []) roots.add(root);
  }
  const hash = createHash('sha256');
  for (const entity of [...new Set([...roots].map((root) => entityOfRoot.get(root)?.fingerprint ?? root))].sort())
    hash.update(entity).update('\n');
  return hash.digest('hex').slice(0, 32);
}

/** A document's relations, each sentence with the two before it as context (as learnSupportGraph). */
function extractDocument(passages: readonly PassageRecord[], catalog: SupportGraph['catalog']): SupportRelation[] {
  const relations: SupportRelation[] = [];
  let previous: Sentence[] = [];
  const describedActors = new DescribedActors();
  for (const passage of passages)
    for (const sentence of passage.sentences) {
      relations.push(...extractRelations(sentence, catalog, { previousSentences: previous, describedActors }));
      previous = [...previous, sentence].slice(-CONTEXT_SENTENCES);
    }
  return relations;
}

/** Every learned name form as the index keeps it (entity_names): each group's entity on its first row. */
export function storedNamesOf(names: LearnedNames): StoredRelations['names'] {
  return storedNames(names, entitiesByRoot(names));
}

function storedNames(
  names: LearnedNames,
  entityOfRoot: ReadonlyMap<string, { entity: Entity }>,
): { key: string; root: string; node: string; entity: string | null }[] {
  const first = new Set<string>();
  return [...names.nodes.values()].map((node) => {
    const root = names.rootOf(node.key);
    const isFirst = !first.has(root);
    first.add(root);
    const entity = isFirst ? JSON.stringify(entityOfRoot.get(root)?.entity ?? null) : null;
    return { key: node.key, root, node: JSON.stringify(node, replace), entity };
  });
}

/** Name nodes hold Maps and Sets: written as tagged arrays, so two nodes compare as JSON. */
function replace(_key: string, value: unknown): unknown {
  if (value instanceof Map) return { $map: [...value] };
  if (value instanceof Set) return { $set: [...value] };
  return value;
}
