import type { IndexStore } from '../index/indexStore.ts';
import { EXTRACTOR_VERSION } from './extractorVersion.ts';
import { SUMMARY_VERSION, type Summary, summarizePassages } from './summarizeCorpus.ts';
import type { SupportGraph } from './whoBacks.ts';

/**
 * The whole-corpus briefing, which depends only on what is indexed and on the relations found in
 * it: computed once per corpus version (and version of the extraction rules) and kept in the
 * index file, so it is ready when asked. The indexing worker computes it right after a change
 * (off the bot's event loop); a CLI run computes it on first request. `graph` is asked for only
 * when the briefing must be made.
 */
export async function corpusSummary(
  store: IndexStore,
  points: number,
  graph: () => SupportGraph | null | Promise<SupportGraph | null>,
): Promise<Summary> {
  const key = `summary:v${SUMMARY_VERSION}:x${EXTRACTOR_VERSION}:${points}`;
  const version = store.corpusVersion();
  const cached = store.getMeta(key);
  if (cached) {
    const parsed = JSON.parse(cached) as { version: string; summary: Summary };
    if (parsed.version === version) return parsed.summary;
  }
  const relations = await graph();
  const summary = summarizePassages(store.passages(store.allPassageIds()), { points, graph: relations });
  // A briefing made without the relations (none stored yet) is not kept: the next one will have them.
  if (relations) store.setMeta(key, JSON.stringify({ version, summary }));
  return summary;
}
