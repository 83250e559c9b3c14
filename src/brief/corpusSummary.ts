import type { IndexStore } from '../index/indexStore.ts';
import { SUMMARY_VERSION, type Summary, summarizePassages } from './summarizeCorpus.ts';

/**
 * The whole-corpus briefing, which depends only on what is indexed: computed once per corpus
 * version and kept in the index file, so it is ready when asked. The indexing worker computes
 * it right after a change (off the bot's event loop); a CLI run computes it on first request.
 */
export function corpusSummary(store: IndexStore, points: number): Summary {
  const key = `summary:v${SUMMARY_VERSION}:${points}`;
  const version = store.corpusVersion();
  const cached = store.getMeta(key);
  if (cached) {
    const parsed = JSON.parse(cached) as { version: string; summary: Summary };
    if (parsed.version === version) return parsed.summary;
  }
  const summary = summarizePassages(store.passages(store.allPassageIds()), { points });
  store.setMeta(key, JSON.stringify({ version, summary }));
  return summary;
}
