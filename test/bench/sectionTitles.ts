/** The bench's sections: the name `--only=` takes, and the title printed. */
export const SECTION_TITLES = {
  prepare: '0 Data',
  embedding: '1 Embedding throughput',
  build: '2 Index build',
  ask: '3 Query latency (Briefbot.ask)',
  summary: '4 Summary and who-backs',
  peer: '5 Peer: Orama',
  startup: '6 Start-up and memory',
  coldstart: '6b Start-up from a cold disk and after a kill; bytes on disk',
  growth: '7 Cost growth (ask p50 by corpus size)',
  recall: '8 Vector search: recall and reference',
  static: '9 Static model glove-100d (offline default)',
} as const;

export type SectionName = keyof typeof SECTION_TITLES;
export const SECTION_NAMES = Object.keys(SECTION_TITLES) as SectionName[];
