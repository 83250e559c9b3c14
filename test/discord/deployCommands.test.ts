import { execFile } from 'node:child_process';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseConfig } from '../../src/config.ts';
import { commands as commandList } from '../../commands/index.ts';
import { deployCommands } from '../../src/discord/deployCommands.ts';
import { closedPort } from '../support/closedPort.ts';
import { REPO_ROOT } from '../support/tempCorpus.ts';
import { FakeDiscord } from './fakeDiscord.ts';

const run = promisify(execFile);

describe('npm run deploy-commands', () => {
  const fake = new FakeDiscord();
  beforeAll(() => fake.start());
  afterAll(() => fake.close());

  /** Without editor roles, /add and /remove are not registered at all. */
  const readingCommands = commandList.filter((command) => command.access !== 'edit');
  const env = () => ({
    DISCORD_TOKEN: 'FAKE.TOKEN.value',
    DISCORD_CLIENT_ID: fake.applicationId,
    DISCORD_GUILD_ID: fake.guild.id,
    DISCORD_API_URL: fake.apiUrl,
  });

  /** The script's work in-process, with the given variables as the whole environment. */
  async function deploy(
    args: string[],
    variables: Record<string, string>,
  ): Promise<{ code: number; stdout: string; stderr: string }> {
    let stdout = '';
    let stderr = '';
    const code = await deployCommands(args, {
      readConfig: () => parseConfig(variables),
      stdout: (text) => void (stdout += text),
      stderr: (text) => void (stderr += text),
    });
    return { code, stdout, stderr };
  }

  it('as a script: registers the commands in DISCORD_GUILD_ID (the guild, at once)', async () => {
    const tsx = path.join(REPO_ROOT, 'node_modules/.bin/tsx');
    const { stdout } = await run(tsx, [path.join(REPO_ROOT, 'src/discord/deployCommands.ts')], {
      cwd: REPO_ROOT,
      env: { ...process.env, ...env() },
    });
    expect(stdout).toMatch(
      new RegExp(`^Registered ${readingCommands.length} commands in guild ${fake.guild.id} \\(available now\\): /`),
    );
    expect(fake.registeredCommands(fake.guild.id).map((command) => command.name)).toEqual(
      readingCommands.map((command) => command.name),
    );
  });

  it('registers globally with --global, or when no guild is set', async () => {
    const global = await deploy(['--global'], env());
    expect(global.code, global.stderr).toBe(0);
    expect(global.stdout).toMatch(/^Registered \d+ commands globally/);
    expect(fake.registeredCommands()).toHaveLength(readingCommands.length);
    const { DISCORD_GUILD_ID: _unused, ...withoutGuild } = env();
    expect((await deploy([], withoutGuild)).stdout).toMatch(/globally/);
  });

  it('with editor roles, registers /add and /remove too; the contexts follow DISCORD_ALLOW_DMS', async () => {
    const servers = await deploy([], { ...env(), DISCORD_EDITOR_ROLE_IDS: '323456789012345678' });
    expect(servers.code, servers.stderr).toBe(0);
    const registered = fake.registeredCommands(fake.guild.id);
    expect(registered.map((command) => command.name)).toEqual(commandList.map((command) => command.name));
    expect(new Set(registered.map((command) => JSON.stringify(command.contexts)))).toEqual(new Set(['[0]']));
    await deploy([], { ...env(), DISCORD_EDITOR_ROLE_IDS: '323456789012345678', DISCORD_ALLOW_DMS: 'true' });
    const contexts = Object.fromEntries(
      fake.registeredCommands(fake.guild.id).map((command) => [command.name, command.contexts]),
    );
    expect(contexts).toMatchObject({ ask: [0, 1], sources: [0, 1], add: [0], remove: [0] });
  });

  it('says what is missing or refused, and exits 2 on an unknown argument', async () => {
    const missing = await deploy([], {});
    expect(missing.code).toBe(1);
    expect(missing.stderr).toMatch(/needs DISCORD_TOKEN .* and DISCORD_CLIENT_ID/);
    const wrongGuild = await deploy([], { ...env(), DISCORD_GUILD_ID: '123456789012345678' });
    expect(wrongGuild.code).toBe(1);
    expect(wrongGuild.stderr).toMatch(
      /^Discord refused access to guild 123456789012345678: check DISCORD_CLIENT_ID and DISCORD_GUILD_ID/,
    );
    const unreachable = await deploy([], { ...env(), DISCORD_API_URL: `http://127.0.0.1:${await closedPort()}/api` });
    expect(unreachable.code).toBe(1);
    expect(unreachable.stderr).toMatch(
      /^Discord could not be reached at 127\.0\.0\.1:\d+ \(ECONNREFUSED\): check the network connection and DISCORD_API_URL, then try again\.\n$/,
    );
    const unknown = await deploy(['--nope'], env());
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toMatch(/usage: npm run deploy-commands/);
  });
});
