/**
 * `npm run deploy-commands [-- --global]`: registers the slash commands of commands/index.ts with
 * Discord — in DISCORD_GUILD_ID when set (instant, for one server), otherwise (or with
 * --global) for every server the bot is in. Run it again whenever a command changes.
 */
import { pathToFileURL } from 'node:url';
import type { Command } from '../../commands/command.ts';
import { commands } from '../../commands/index.ts';
import type { Config } from '../config.ts';
import { isUserError } from '../errors.ts';
import { loadConfig } from '../loadConfig.ts';
import { registerCommands } from './registerCommands.ts';

const USAGE = 'usage: npm run deploy-commands [-- --global]';

export interface DeployIo {
  readConfig: () => Config;
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  commands?: readonly Command[];
}

/** The script's work, callable in-process; returns the exit code (0 done, 1 failure, 2 bad usage). */
export async function deployCommands(argv: readonly string[], io: DeployIo): Promise<number> {
  const unknown = argv.filter((arg) => arg !== '--global');
  if (unknown.length > 0) {
    io.stderr(`unknown argument ${unknown[0]}\n${USAGE}\n`);
    return 2;
  }
  try {
    const { discord } = io.readConfig();
    if (!discord.token || !discord.clientId) {
      io.stderr(
        'deploy-commands needs DISCORD_TOKEN (Bot tab → Reset Token) and DISCORD_CLIENT_ID (General Information → Application ID) in .env or the environment.\n',
      );
      return 1;
    }
    const guildId = argv.includes('--global') ? undefined : discord.guildId;
    // Without editor roles nobody may add or remove, so those commands are not offered at all.
    const offered = (io.commands ?? commands).filter(
      (command) => command.access !== 'edit' || discord.editorRoleIds.length > 0,
    );
    const names = await registerCommands({
      token: discord.token,
      applicationId: discord.clientId,
      guildId,
      apiUrl: discord.apiUrl,
      commands: offered,
      allowDms: discord.allowDms,
    });
    const where = guildId
      ? `in guild ${guildId} (available now)`
      : 'globally (Discord may take a few minutes to show them everywhere)';
    io.stdout(`Registered ${names.length} commands ${where}: ${names.map((name) => `/${name}`).join(', ')}\n`);
    return 0;
  } catch (error) {
    io.stderr(
      `${isUserError(error) ? error.message : error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`,
    );
    return 1;
  }
}

// Run as a script (not when imported by the tests).
if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) {
  process.exitCode = await deployCommands(process.argv.slice(2), {
    readConfig: loadConfig,
    stdout: (text) => process.stdout.write(text),
    stderr: (text) => process.stderr.write(text),
  });
}
