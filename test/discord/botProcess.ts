import path from 'node:path';
import { type ProcessGroup, spawnProcessGroup } from '../support/processGroup.ts';
import { REPO_ROOT } from '../support/tempCorpus.ts';
import type { FakeDiscord } from './fakeDiscord.ts';

/**
 * What `npm start` runs (`node src/main.mjs`), with a token, in its own process
 * group, against the fake Discord: keyword-only over the test's corpus and index.
 */
export function startBotProcess(
  fake: FakeDiscord,
  corpus: { corpusDir: string; dbPath: string },
  logLevel = 'debug',
): ProcessGroup {
  return spawnProcessGroup(process.execPath, [path.join(REPO_ROOT, 'src/main.mjs')], {
    cwd: REPO_ROOT,
    env: {
      ...process.env,
      CORPUS_DIR: corpus.corpusDir,
      INDEX_PATH: corpus.dbPath,
      MODEL_ID: 'none',
      LOG_LEVEL: logLevel,
      DISCORD_TOKEN: 'FAKE.TOKEN.value',
      DISCORD_CLIENT_ID: fake.applicationId,
      DISCORD_GUILD_ID: '',
      DISCORD_CHANNEL_IDS: fake.channels.briefings.id,
      DISCORD_API_URL: fake.apiUrl,
    },
  });
}
