import {
  ApplicationIntegrationType,
  DiscordAPIError,
  InteractionContextType,
  PermissionFlagsBits,
  REST,
  type RESTPostAPIChatInputApplicationCommandsJSONBody,
  type RESTPutAPIApplicationCommandsResult,
  Routes,
} from 'discord.js';
import { UserError } from '../errors.ts';
import { discordUnreachable } from './discordUnreachable.ts';
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
  /** DISCORD_ALLOW_DMS: the reading commands are offered in DMs with the bot too; default: servers only. */
  allowDms?: boolean;
}

/**
 * A command as registered: where Discord offers it (`contexts`) follows DISCORD_ALLOW_DMS, and
 * the commands that change the corpus are servers-only and, by default, shown to server
 * managers only (server settings → Integrations can show them to the editor role). Discord's
 * settings only hide commands: the bot checks every use itself.
 */
export function commandRegistration(
  command: Command,
  allowDms: boolean,
): RESTPostAPIChatInputApplicationCommandsJSONBody {
  const edits = command.access === 'edit';
  return {
    ...slashCommandData(command),
    integration_types: [ApplicationIntegrationType.GuildInstall],
    contexts:
      allowDms && !edits
        ? [InteractionContextType.Guild, InteractionContextType.BotDM]
        : [InteractionContextType.Guild],
    ...(edits ? { default_member_permissions: PermissionFlagsBits.ManageGuild.toString() } : {}),
  };
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
    const registered = (await rest.put(route, {
      body: options.commands.map((command) => commandRegistration(command, options.allowDms ?? false)),
    })) as RESTPutAPIApplicationCommandsResult;
    return registered.map((command) => command.name);
  } catch (error) {
    if (error instanceof DiscordAPIError) {
      if (error.status === 401)
        throw new UserError(
          'Discord refused DISCORD_TOKEN: copy the token again from the Bot tab of your application.',
        );
      if (error.status === 403 || error.status === 404) {
        throw new UserError(
          options.guildId
            ? `Discord refused access to guild ${options.guildId}: check DISCORD_CLIENT_ID and DISCORD_GUILD_ID, and that the bot was invited there with the applications.commands scope.`
            : 'Discord refused access: check that DISCORD_CLIENT_ID is the id of the application whose token is DISCORD_TOKEN.',
        );
      }
      throw new UserError(`Discord rejected the command list: ${error.message}`);
    }
    throw discordUnreachable(error, options.apiUrl) ?? error;
  } finally {
    rest.clearHashSweeper();
    rest.clearHandlerSweeper();
  }
}
