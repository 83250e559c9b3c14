import type { Sentence } from '../corpus/passage.ts';
import type { PassageRecord } from '../corpus/records.ts';
import { searchTerms } from '../text/searchTerms.ts';
import { type ShownExcerpt, sentenceExcerpt } from './excerpt.ts';

export interface SummaryPoint {
  text: string;
  /** The sentence itself first, then sentences of other documents that say much the same. */
  citations: ShownExcerpt[];
}

export interface Summary {
  topic: string | null;
  file: string | null;
  points: SummaryPoint[];
}

export interface SummaryOptions {
  /** 3 to 7 points. */
  points?: number;
}

/** Points in a briefing unless asked otherwise (3 to 7 allowed). */
export const DEFAULT_POINTS = 5;

/** How far LexRank looks: the sentences closest to the collection's centroid, per document too. */
const CANDIDATES = 300;
const CANDIDATES_PER_DOCUMENT = 12;
/** Sentences more alike than this say the same thing: one becomes a point, the others its citations. */
const NEAR_DUPLICATE = 0.5;
const MMR_LAMBDA = 0.7;
const LEXRANK_THRESHOLD = 0.1;
const DAMPING = 0.85;

interface Candidate {
  sentence: Sentence;
  passage: PassageRecord;
  vector: Map<string, number>;
  centrality: number;
}

/**
 * An extractive briefing: LexRank (sentence centrality on a TF-IDF cosine graph) picks what
 * the passages keep coming back to; MMR keeps the points apart, and favours a document not
 * yet cited so a briefing over several articles covers each. Headlines, bylines and fragments
 * are never points. Most important first.
 */
export function summarizePassages(passages: PassageRecord[], options: SummaryOptions & { topic?: string | null; file?: string | null } = {}): Summary {
  const wanted = Math.min(7, Math.max(3, options.points ?? DEFAULT_POINTS));
  const sentences = passages
    .filter((passage) => passage.role === 'body')
    .flatMap((passage) => passage.sentences.filter(isBriefingSentence).map((sentence) => ({ sentence, passage })));
  const vectors = tfidfVectors(sentences.map(({ sentence }) => sentence.text));
  const all: Candidate[] = sentences.map((entry, i) => ({ ...entry, vector: vectors[i] ?? new Map(), centrality: 0 }));
  const candidates = selectCandidates(all);
  lexRank(candidates);

  const chosen: Candidate[] = [];
  const citedFiles = new Set<string>();
  const files = new Set(candidates.map((c) => c.passage.file));
  const pool = [...candidates];
  while (chosen.length < wanted && pool.length > 0) {
    let bestIndex = -1;
    let bestScore = -Infinity;
    pool.forEach((candidate, i) => {
      const redundancy = Math.max(0, ...chosen.map((c) => cosine(c.vector, candidate.vector)));
      if (redundancy >= NEAR_DUPLICATE) return;
      const coverageBonus = citedFiles.size < files.size && !citedFiles.has(candidate.passage.file) ? 0.5 : 0;
      const score = MMR_LAMBDA * (candidate.centrality + coverageBonus) - (1 - MMR_LAMBDA) * redundancy;
      if (score > bestScore) {
        bestScore = score;
        bestIndex = i;
      }
    });
    if (bestIndex < 0) break;
    const [picked] = pool.splice(bestIndex, 1);
    if (!picked) break;
    chosen.push(picked);
    citedFiles.add(picked.passage.file);
  }
  chosen.sort((a, b) => b.centrality - a.centrality);

  const points = chosen.map((point) => {
    const echoes = all
      .filter((other) => other.passage.file !== point.passage.file && cosine(other.vector, point.vector) >= NEAR_DUPLICATE)
      .slice(0, 2);
    return { text: oneLine(point.sentence.text), citations: [point, ...echoes].map((c) => toShownExcerpt(c, point.centrality)) };
  });
  return { topic: options.topic ?? null, file: options.file ?? null, points };
}

/** Headlines are not passages here already; bylines, captions and fragments are filtered. */
function isBriefingSentence(sentence: Sentence): boolean {
  const text = sentence.text.trim();
  const words = text.split(/\s+/).length;
  if (words < 6 || words > 80) return false;
  if (/^(by|written by|reporting by|editing by|photo|image|source|copyright|©)\b/i.test(text)) return false;
  return /[.!?"”’]$/.test(text);
}

/** The sentences most like the whole (cosine to the centroid), and the best few of each document. */
function selectCandidates(all: Candidate[]): Candidate[] {
  const centroid = new Map<string, number>();
  for (const { vector } of all) for (const [term, weight] of vector) centroid.set(term, (centroid.get(term) ?? 0) + weight);
  normalize(centroid);
  const scored = all.map((candidate) => ({ candidate, score: cosine(candidate.vector, centroid) }));
  scored.sort((a, b) => b.score - a.score);
  const picked = new Set(scored.slice(0, CANDIDATES).map((s) => s.candidate));
  const files = new Set(all.map((candidate) => candidate.passage.file)).size;
  const quota = Math.max(1, Math.min(CANDIDATES_PER_DOCUMENT, Math.floor(CANDIDATES / files)));
  const perFile = new Map<string, number>();
  for (const { candidate } of scored) {
    const taken = perFile.get(candidate.passage.file) ?? 0;
    if (taken >= quota) continue;
    perFile.set(candidate.passage.file, taken + 1);
    picked.add(candidate);
  }
  return [...picked];
}

/** Power iteration of PageRank over the thresholded similarity graph (Erkan and Radev, 2004). */
function lexRank(candidates: Candidate[]): void {
  const n = candidates.length;
  if (n === 0) return;
  const neighbours = candidates.map((a, i) =>
    candidates.flatMap((b, j) => (i !== j && cosine(a.vector, b.vector) > LEXRANK_THRESHOLD ? [j] : [])),
  );
  let rank = new Float64Array(n).fill(1 / n);
  for (let iteration = 0; iteration < 50; iteration++) {
    const next = new Float64Array(n).fill((1 - DAMPING) / n);
    neighbours.forEach((links, i) => {
      const share = links.length > 0 ? (DAMPING * (rank[i] ?? 0)) / links.length : (DAMPING * (rank[i] ?? 0)) / n;
      if (links.length > 0) for (const j of links) next[j] = (next[j] ?? 0) + share;
      else for (let j = 0; j < n; j++) next[j] = (next[j] ?? 0) + share;
    });
    const change = next.reduce((sum, value, i) => sum + Math.abs(value - (rank[i] ?? 0)), 0);
    rank = next;
    if (change < 1e-6) break;
  }
  // Scaled so the most central sentence scores 1.
  const top = Math.max(...rank);
  candidates.forEach((candidate, i) => (candidate.centrality = (rank[i] ?? 0) / top));
}

function tfidfVectors(texts: string[]): Map<string, number>[] {
  const termLists = texts.map((text) => searchTerms(text));
  const documentFrequency = new Map<string, number>();
  for (const terms of termLists) for (const term of new Set(terms)) documentFrequency.set(term, (documentFrequency.get(term) ?? 0) + 1);
  return termLists.map((terms) => {
    const vector = new Map<string, number>();
    for (const term of terms) vector.set(term, (vector.get(term) ?? 0) + 1);
    for (const [term, count] of vector) vector.set(term, count * Math.log(1 + texts.length / (documentFrequency.get(term) ?? 1)));
    return normalize(vector);
  });
}

/** Both vectors are unit length (tfidfVectors, selectCandidates), so cosine is their dot product. */
function cosine(a: Map<string, number>, b: Map<string, number>): number {
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  let dot = 0;
  for (const [term, weight] of small) dot += weight * (large.get(term) ?? 0);
  return dot;
}

function normalize(vector: Map<string, number>): Map<string, number> {
  const norm = Math.sqrt([...vector.values()].reduce((sum, w) => sum + w * w, 0)) || 1;
  for (const [term, weight] of vector) vector.set(term, weight / norm);
  return vector;
}

function toShownExcerpt({ sentence, passage }: Candidate, score: number): ShownExcerpt {
  return sentenceExcerpt(sentence, passage, score);
}

function oneLine(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}
