import { DiscordAPIError, REST, type RESTPutAPIApplicationCommandsResult, Routes } from 'discord.js';
import { UserError } from '../errors.ts';
import type { Command } from '../../commands/command.ts';
import { slashCommandData } from './slashCommandData.ts';

export interface RegisterCommandsOptions {
  token: string;
  /** The application id (DISCORD_CLIENT_ID). */
  applicationId: string;
  /** Register in this guild only (shown at once); omitted: globally. */
  guildId?: string;
  /** REST base (DISCORD_API_URL), e.g. a proxy or the test fake; default Discord's. */
  apiUrl?: string;
  commands: readonly Command[];
}

/**
 * Replaces the application's slash commands (in one guild, or globally) with `commands`, in one
 * PUT: commands no longer in the list disappear. Returns the names Discord registered. Errors
 * that come from the settings become UserErrors saying which setting to check.
 */
export async function registerCommands(options: RegisterCommandsOptions): Promise<string[]> {
  const rest = new REST(options.apiUrl ? { api: options.apiUrl } : {}).setToken(options.token);
  const route = options.guildId
    ? Routes.applicationGuildCommands(options.applicationId, options.guildId)
    : Routes.applicationCommands(options.applicationId);
  try {
    const registered = (await rest.put(route, { body: options.commands.map(slashCommandData) })) as RESTPutAPIApplicationCommandsResult;
    return registered.map((command) => command.name);
  } catch (error) {
    if (error instanceof DiscordAPIError) {
      if (error.status === 401) throw new UserError('Discord refused DISCORD_TOKEN: copy the token again from the Bot tab of your application.');
      if (error.status === 403 || error.status === 404) {
        throw new UserError(
          options.guildId
            ? `Discord refused access to guild ${options.guildId}: check DISCORD_CLIENT_ID and DISCORD_GUILD_ID, and that the bot was invited there with the applications.commands scope.`
            : 'Discord refused access: check that DISCORD_CLIENT_ID is the id of the application whose token is DISCORD_TOKEN.',
        );
      }
      throw new UserError(`Discord rejected the command list: ${error.message}`);
    }
    throw error;
  } finally {
    rest.clearHashSweeper();
    rest.clearHandlerSweeper();
  }
}
