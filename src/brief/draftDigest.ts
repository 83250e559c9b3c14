import type { DocumentRecord } from '../corpus/records.ts';
import type { IndexStore } from '../index/indexStore.ts';
import { loadStoredSupportGraph } from './storedSupportGraph.ts';
import { DEFAULT_POINTS, type Summary, summarizePassages } from './summarizeCorpus.ts';

/** What the scheduled digest posts: the documents indexed since the last one, and a briefing of them. */
export interface Digest {
  /** When the last digest was posted (ISO time). */
  since: string;
  /** Added or changed since then, by file name. */
  documents: DocumentRecord[];
  summary: Summary;
}

export interface DigestDraft {
  /** Null when nothing was added or changed since the last digest (nothing is posted). */
  digest: Digest | null;
  /**
   * No digest was ever recorded in this index: the documents it holds now are the baseline, and
   * the first digest will be of what comes after (committing records it).
   */
  baseline: boolean;
  /** Records the draft as posted: called only once the post succeeded, so a failed one is not lost. */
  commit(): void;
}

/** The meta row of the index holding the last digest: when, and each document's hash then. */
const LAST_DIGEST = 'digest:last';

interface DigestState {
  at: string;
  documents: Record<string, string>;
}

/**
 * The next digest, read against the last one recorded in the index (so a restart neither
 * repeats a digest nor skips a document). A document counts as new when its file was not
 * indexed at the last digest or its content has changed since.
 */
export function draftDigest(store: IndexStore, now: Date = new Date(), points = DEFAULT_POINTS): DigestDraft {
  const documents = store.documents();
  const state = readState(store.getMeta(LAST_DIGEST));
  const next: DigestState = {
    at: now.toISOString(),
    documents: Object.fromEntries(documents.map((doc) => [doc.file, doc.hash])),
  };
  const commit = () => store.setMeta(LAST_DIGEST, JSON.stringify(next));
  if (state === null) return { digest: null, baseline: true, commit };
  const fresh = documents.filter((doc) => state.documents[doc.file] !== doc.hash);
  if (fresh.length === 0) return { digest: null, baseline: false, commit };
  const passages = fresh.flatMap((doc) => store.passagesOfDocument(doc.file));
  return {
    digest: {
      since: state.at,
      documents: fresh,
      // The relations the indexer stored for the corpus as it is (null while it has not: points without them).
      summary: summarizePassages(passages, { points, graph: loadStoredSupportGraph(store) }),
    },
    baseline: false,
    commit,
  };
}

function readState(value: string | null): DigestState | null {
  if (value === null) return null;
  try {
    const parsed = JSON.parse(value) as Partial<DigestState>;
    if (typeof parsed.at === 'string' && parsed.documents && typeof parsed.documents === 'object')
      return { at: parsed.at, documents: parsed.documents };
  } catch {
    // A damaged row is treated as no digest yet: the next one starts a new baseline.
  }
  return null;
}
