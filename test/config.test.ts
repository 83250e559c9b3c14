import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseConfig } from '../src/config.ts';

describe('parseConfig', () => {
  it('fills defaults relative to the base folder', () => {
    const config = parseConfig({}, '/srv/bot');
    expect(config.corpusDir).toBe(path.resolve('/srv/bot/corpus'));
    expect(config.indexPath).toBe(path.resolve('/srv/bot/.briefbot/index.db'));
    expect(config.modelId).toBe('Xenova/all-MiniLM-L6-v2');
    expect(config.allowRemoteModels).toBe(true);
    expect(config.discord.token).toBeUndefined();
    expect(config.discord.channelIds).toEqual([]);
    expect(config.discord).toMatchObject({ allowedRoleIds: [], allowDms: false, editorRoleIds: [] });
  });

  it('reads every variable', () => {
    const config = parseConfig(
      {
        CORPUS_DIR: 'docs',
        INDEX_PATH: '/tmp/i.db',
        MODEL_ID: 'none',
        MODEL_DIR: 'models/mini',
        ALLOW_REMOTE_MODELS: 'false',
        LOG_LEVEL: 'debug',
        DISCORD_TOKEN: 'abc',
        DISCORD_CHANNEL_IDS: '123456789012345678, 223456789012345678',
        DISCORD_API_URL: 'http://127.0.0.1:9999/api',
        DISCORD_ALLOWED_ROLE_IDS: '323456789012345678',
        DISCORD_ALLOW_DMS: 'true',
        DISCORD_EDITOR_ROLE_IDS: '423456789012345678,523456789012345678',
      },
      '/srv',
    );
    expect(config.modelId).toBeNull();
    expect(config.modelDir).toBe(path.resolve('/srv/models/mini'));
    expect(config.allowRemoteModels).toBe(false);
    expect(config.discord.channelIds).toEqual(['123456789012345678', '223456789012345678']);
    expect(config.discord.apiUrl).toBe('http://127.0.0.1:9999/api');
    expect(config.discord).toMatchObject({
      allowedRoleIds: ['323456789012345678'],
      allowDms: true,
      editorRoleIds: ['423456789012345678', '523456789012345678'],
    });
  });

  it('schedules a digest only with DIGEST_CHANNEL_ID, daily at 08:00 unless DIGEST_SCHEDULE says otherwise', () => {
    expect(parseConfig({}).digest).toBeNull();
    expect(parseConfig({ DIGEST_CHANNEL_ID: '123456789012345678' }).digest).toEqual({
      channelId: '123456789012345678',
      schedule: '0 8 * * *',
    });
    expect(
      parseConfig({ DIGEST_CHANNEL_ID: '123456789012345678', DIGEST_SCHEDULE: '30 7 * * 1-5' }).digest?.schedule,
    ).toBe('30 7 * * 1-5');
  });

  it.each([
    ['LOG_LEVEL', 'loud'],
    ['ALLOW_REMOTE_MODELS', 'maybe'],
    ['DISCORD_CHANNEL_IDS', 'general'],
    ['DISCORD_ALLOWED_ROLE_IDS', '@analysts'],
    ['DISCORD_ALLOW_DMS', 'sometimes'],
    ['DISCORD_EDITOR_ROLE_IDS', '123, 456'],
    ['DISCORD_API_URL', 'not a url'],
    ['RATE_LIMIT_PER_MINUTE', '-3'],
    ['DIGEST_CHANNEL_ID', '#news'],
    ['DIGEST_SCHEDULE', 'every morning'],
  ])('names the variable when %s is bad', (variable, value) => {
    expect(() => parseConfig({ [variable]: value })).toThrow(new RegExp(`^Invalid configuration: ${variable} `));
  });
});
