import { spawn } from 'node:child_process';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { copyDefaultCorpus, REPO_ROOT } from '../support/tempCorpus.ts';
import { FakeDiscord } from './fakeDiscord.ts';

/** `npm start` with a token: the composition root starts the bot over the core, and SIGTERM stops both. */
describe('npm start with DISCORD_TOKEN', () => {
  const corpus = copyDefaultCorpus();
  const fake = new FakeDiscord();
  beforeAll(() => fake.start());
  afterAll(async () => {
    await fake.close();
    corpus.cleanup();
  });

  it('logs what it loaded, answers /ask, and shuts down cleanly on SIGTERM', async () => {
    const child = spawn(path.join(REPO_ROOT, 'node_modules/.bin/tsx'), [path.join(REPO_ROOT, 'src/main.ts')], {
      cwd: REPO_ROOT,
      env: {
        ...process.env,
        CORPUS_DIR: corpus.corpusDir,
        INDEX_PATH: corpus.dbPath,
        MODEL_ID: 'none',
        LOG_LEVEL: 'info',
        DISCORD_TOKEN: 'FAKE.TOKEN.value',
        DISCORD_CLIENT_ID: fake.applicationId,
        DISCORD_GUILD_ID: '',
        DISCORD_CHANNEL_IDS: fake.channels.briefings.id,
        DISCORD_API_URL: fake.apiUrl,
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
    try {
      await expect.poll(() => stderr, { timeout: 20_000, interval: 50 }).toContain('Discord bot online');
      const online = stderr.split('\n').find((line) => line.includes('Discord bot online')) ?? '';
      expect(JSON.parse(online)).toMatchObject({ documents: 2, passages: expect.any(Number), search: 'keyword only', questionChannels: [fake.channels.briefings.id] });
      const handle = fake.sendSlashCommand({ name: 'ask', options: { question: 'who is Haftar backed by?' } });
      const edit = await handle.waitForResponse((r) => r.kind === 'editOriginal' && r.ok, 10_000);
      expect(edit.payload?.embeds?.[1]?.author?.name).toBe('[1] 000_bd4eabd2b5bc6d71.txt ¶7 L15');
      child.kill('SIGTERM');
      expect(await exited).toBe(0);
      expect(stderr).toContain('shutting down');
      await expect.poll(() => fake.connected, { timeout: 5_000 }).toBe(false);
    } finally {
      child.kill('SIGKILL');
    }
  });
});
