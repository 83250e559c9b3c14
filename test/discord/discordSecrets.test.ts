/**
 * Secrets: the bot token never reaches stdout or stderr, whatever happens, and comes only from
 * the environment (or the git-ignored `.env`). The process is the real `npm start` against
 * FakeDiscord, logging at `trace` so that everything it could ever print is printed.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseConfig } from '../../src/config.ts';
import { type ProcessGroup, spawnProcessGroup } from '../support/processGroup.ts';
import { copyDefaultCorpus, REPO_ROOT } from '../support/tempCorpus.ts';
import { FakeDiscord, type FakeInteraction } from './fakeDiscord.ts';

/** Shaped like a real token (id . timestamp . HMAC) and found nowhere else. */
const SECRET_TOKEN = 'MTI4NzM1OTk0NTY3ODkwMTIz.GsEcRt.bR1efB0t-t0kEn_n3ver-t0-be-l0gged';
/** A token Discord would refuse: printed nowhere either when login fails. */
const REFUSED_TOKEN = 'MTI4NzM1OTk0NTY3ODkwOTk5.GwRoNg.wr0ng-t0kEn_als0-n3ver-l0gged-xx';
/** Parts long enough to be recognisable if a token were cut, quoted or split across lines. */
const fragments = (token: string): string[] => token.split('.').filter((part) => part.length >= 6);

const EDIT_ORIGINAL = '/webhooks/:appId/:token/messages/@original';
const CALLBACK = '/interactions/:id/:token/callback';

/** `npm start` in the repository, with the test's corpus, index and fake Discord, in its own process group. */
function npmStart(env: Record<string, string>): ProcessGroup {
  return spawnProcessGroup('npm', ['start'], {
    cwd: REPO_ROOT,
    env: {
      ...process.env,
      npm_config_update_notifier: 'false',
      npm_config_fund: 'false',
      LOG_LEVEL: 'trace',
      MODEL_ID: 'none',
      ...env,
    },
  });
}

function expectNoSecret(output: string, token: string): void {
  expect(output.includes(token), 'the token itself').toBe(false);
  for (const part of fragments(token)) expect(output.includes(part), `a part of the token: ${part}`).toBe(false);
}

describe('the token never appears in what the process prints', () => {
  const corpus = copyDefaultCorpus();
  afterAll(() => corpus.cleanup());

  it('npm start: start-up, answers, REST failures, rate limits, an expired interaction and shutdown', async () => {
    const fake = new FakeDiscord({ token: SECRET_TOKEN });
    await fake.start();
    const run = npmStart({
      CORPUS_DIR: corpus.corpusDir,
      INDEX_PATH: corpus.dbPath,
      DISCORD_TOKEN: SECRET_TOKEN,
      DISCORD_CLIENT_ID: fake.applicationId,
      DISCORD_GUILD_ID: fake.guild.id,
      DISCORD_CHANNEL_IDS: fake.channels.briefings.id,
      DISCORD_API_URL: fake.apiUrl,
    });
    const interactions: FakeInteraction[] = [];
    try {
      await expect.poll(run.output, { timeout: 25_000, interval: 50 }).toContain('Discord bot online');
      // It did use the token: on REST and on the gateway.
      expect(fake.requests.find((r) => r.path === '/gateway/bot')?.headers.authorization).toBe(`Bot ${SECRET_TOKEN}`);
      expect(fake.identifies.at(-1)).toMatchObject({ token: SECRET_TOKEN, accepted: true });

      const answered = fake.sendSlashCommand({ name: 'ask', options: { question: 'who is Haftar backed by?' } });
      interactions.push(answered);
      await answered.waitForResponse((r) => r.kind === 'editOriginal' && r.ok, 10_000);

      const question = fake.sendMessage({ content: 'who backs Haftar?', channelId: fake.channels.briefings.id });
      await fake.waitFor((r) => r.route === 'POST /channels/:channelId/messages' && r.status === 200, 10_000);
      expect(question.id).toBeDefined();

      // A failure with an error object in the log (discord.js errors carry the request URL).
      fake.failNext({ method: 'PATCH', pathPattern: EDIT_ORIGINAL, status: 500, times: 4 });
      const failing = fake.sendSlashCommand({ name: 'summary' });
      interactions.push(failing);
      await failing.waitForResponse((r) => r.kind === 'followup' && r.ok, 10_000);

      // A rate limit and a 10062, each logged.
      fake.failNext({ method: 'POST', pathPattern: CALLBACK, status: 429, retryAfter: 0.2 });
      const limited = fake.sendSlashCommand({ name: 'ask', options: { question: 'who backs Haftar?' } });
      interactions.push(limited);
      await limited.waitForResponse((r) => r.kind === 'editOriginal' && r.ok, 10_000);
      fake.options.interactionDeadlineMs = 0;
      const late = fake.sendSlashCommand({ name: 'ask', options: { question: 'who backs Haftar?' } });
      interactions.push(late);
      await late.waitForResponse((r) => r.kind === 'callback', 10_000);
      fake.options.interactionDeadlineMs = 3000;

      // A dropped gateway: the RESUME carries the token again.
      await fake.closeGateway(4000);
      await expect.poll(() => fake.resumeCount, { timeout: 5000 }).toBe(1);

      await expect.poll(run.output, { timeout: 5000 }).toContain('interaction expired or already acknowledged');
      run.signal('SIGTERM');
      // npm re-raises the signal it stopped on (or exits 143); the bot under it shuts down cleanly:
      // it closes the gateway itself, with 1000.
      const exit = await run.exited;
      expect(exit.signal === 'SIGTERM' || exit.code === 0 || exit.code === 143, JSON.stringify(exit)).toBe(true);
      expect(fake.connected).toBe(false);
      expect(fake.gatewayLog.filter((g) => g.direction === 'close').at(-1)).toMatchObject({
        code: 1000,
        byServer: false,
      });
    } finally {
      run.signal('SIGKILL');
      await fake.close();
    }
    const output = run.output();
    // What was printed is the real thing: these are all in it...
    for (const expected of [
      'Discord bot online',
      'interaction failed',
      'Discord answered 429',
      'interaction expired or already acknowledged',
      'Discord gateway resumed',
      'shutting down',
    ]) {
      expect(output).toContain(expected);
    }
    // ...and the token is not.
    expectNoSecret(output, SECRET_TOKEN);
    // Nor are interaction tokens (each lets its holder answer as the bot for 15 min); discord.js
    // errors carry them in the request URL.
    for (const interaction of interactions) {
      // In URLs the token's ":" is encoded: look for its random part.
      const secretPart = interaction.token.split(':').at(-1) ?? interaction.token;
      expect(secretPart.length).toBeGreaterThan(40);
      expect(output.includes(secretPart), `interaction token of ${interaction.id}`).toBe(false);
    }
  }, 60_000);

  it.each([
    [
      'REST refuses it (401)',
      { token: 'MTI4NzM1OTk0NTY3ODkwMTIz.RIGHT0.the-token-discord-expects-here-xx' },
      /Discord refused DISCORD_TOKEN/,
    ],
    ['the gateway refuses the intents (4014)', { privilegedIntentsAllowed: false }, /MESSAGE CONTENT INTENT/],
  ] as const)(
    'a failing login, %s: exit 1 with a clear message, the token nowhere',
    async (_case, fakeOptions, message) => {
      const fake = new FakeDiscord(fakeOptions);
      await fake.start();
      const run = npmStart({
        CORPUS_DIR: corpus.corpusDir,
        INDEX_PATH: corpus.dbPath,
        DISCORD_TOKEN: REFUSED_TOKEN,
        DISCORD_CLIENT_ID: fake.applicationId,
        DISCORD_API_URL: fake.apiUrl,
      });
      try {
        expect((await run.exited).code).toBe(1);
      } finally {
        run.signal('SIGKILL');
        await fake.close();
      }
      // The token was sent (to the fake), so the failure is Discord's refusal, not a missing variable.
      expect(fake.requests.some((r) => r.headers.authorization === `Bot ${REFUSED_TOKEN}`)).toBe(true);
      expect(run.output()).toMatch(message);
      expectNoSecret(run.output(), REFUSED_TOKEN);
    },
    60_000,
  );
});

describe('the logger redacts a token handed to it by mistake', () => {
  let dir: string;
  beforeAll(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'briefbot-secrets-'));
  });
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  /** Logs the whole config (and a token field) through createLogger in a child, JSON or pretty; returns stderr. */
  function logConfig(pretty: boolean): string {
    const script = path.join(dir, `log-${pretty ? 'pretty' : 'json'}.ts`);
    fs.writeFileSync(
      script,
      [
        `import { parseConfig } from ${JSON.stringify(path.join(REPO_ROOT, 'src/config.ts'))};`,
        `import { createLogger } from ${JSON.stringify(path.join(REPO_ROOT, 'src/logger.ts'))};`,
        `const config = parseConfig({ DISCORD_TOKEN: process.env.TOKEN_UNDER_TEST });`,
        `const logger = createLogger('info', { pretty: ${pretty} });`,
        `logger.info({ config }, 'the whole config');`,
        `logger.info(config, 'the config as the object');`,
        `logger.info({ discord: config.discord, token: config.discord.token }, 'its discord part');`,
        `logger.flush?.();`,
      ].join('\n'),
    );
    const result = spawnSync(path.join(REPO_ROOT, 'node_modules/.bin/tsx'), [script], {
      cwd: REPO_ROOT,
      env: { ...process.env, TOKEN_UNDER_TEST: SECRET_TOKEN },
      encoding: 'utf8',
      timeout: 20_000,
    });
    expect(result.status, result.stderr).toBe(0);
    return result.stdout + result.stderr;
  }

  it.each([false, true])('pretty: %s', (pretty) => {
    const output = logConfig(pretty);
    expect(output).toContain('the whole config');
    expect(output).toContain('its discord part');
    expect(output).toContain('[Redacted]');
    expectNoSecret(output, SECRET_TOKEN);
  });
});

describe('where the token comes from', () => {
  it('.env, where the token is kept, is ignored by git', () => {
    const ignored = fs
      .readFileSync(path.join(REPO_ROOT, '.gitignore'), 'utf8')
      .split('\n')
      .map((line) => line.trim());
    expect(ignored).toContain('.env');
    if (fs.existsSync(path.join(REPO_ROOT, '.git'))) {
      // Read-only: exit status 0 means "ignored".
      const check = spawnSync('git', ['check-ignore', '-q', '.env'], { cwd: REPO_ROOT });
      if (check.error === undefined) expect(check.status).toBe(0);
    }
    // The example that is committed holds no token.
    expect(fs.readFileSync(path.join(REPO_ROOT, '.env.example'), 'utf8')).toMatch(/^DISCORD_TOKEN=$/m);
  });

  it('only the config reads it, from the environment; no source file holds one or reads it elsewhere', () => {
    expect(parseConfig({ DISCORD_TOKEN: ` ${SECRET_TOKEN} ` }).discord.token).toBe(SECRET_TOKEN);
    expect(parseConfig({}).discord.token).toBeUndefined();
    const sources = [...listSources(path.join(REPO_ROOT, 'src')), ...listSources(path.join(REPO_ROOT, 'commands'))];
    expect(sources.length).toBeGreaterThan(10);
    const discordToken = /[MNO][A-Za-z\d_-]{23,27}\.[A-Za-z\d_-]{6}\.[A-Za-z\d_-]{27,}/;
    for (const file of sources) {
      const text = fs.readFileSync(file, 'utf8');
      const name = path.relative(REPO_ROOT, file);
      expect(discordToken.test(text), `${name} holds something shaped like a bot token`).toBe(false);
      // The environment is read in one place: loadConfig (.env, then the environment) → parseConfig.
      if (name !== path.join('src', 'loadConfig.ts') && name !== path.join('src', 'cli', 'main.ts')) {
        expect(text.includes('process.env'), `${name} reads the environment`).toBe(false);
      }
      expect(/env\.DISCORD_TOKEN|\[['"]DISCORD_TOKEN['"]\]/.test(text), `${name} reads DISCORD_TOKEN directly`).toBe(
        false,
      );
    }
  });
});

function listSources(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return listSources(full);
    return /\.(ts|mts|mjs|js)$/.test(entry.name) ? [full] : [];
  });
}
