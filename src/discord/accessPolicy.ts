import {
  type APIInteractionGuildMember,
  type Client,
  DiscordAPIError,
  type GuildMember,
  RESTJSONErrorCodes,
} from 'discord.js';

/** What the server owner chose (DISCORD_ALLOWED_ROLE_IDS, DISCORD_ALLOW_DMS, DISCORD_EDITOR_ROLE_IDS). */
export interface AccessRules {
  /** Roles whose members may ask; empty: everyone in the server. */
  allowedRoleIds: readonly string[];
  allowDms: boolean;
  /** Roles whose members may add and remove documents; empty: nobody. */
  editorRoleIds: readonly string[];
}

/** What an action needs: reading the corpus, or changing it. */
export type AccessLevel = 'ask' | 'edit';

/** Someone acting on the bot, as far as access goes: where they are and which roles they hold. */
export interface Requester {
  inGuild: boolean;
  roleIds: ReadonlySet<string>;
}

/**
 * Whether `requester` may do what `level` needs. Editors may also ask (they add what others
 * read). Changing the corpus happens in a server only: a DM has no roles to show for it.
 */
export function isAllowed(rules: AccessRules, requester: Requester, level: AccessLevel): boolean {
  const holdsAny = (roleIds: readonly string[]): boolean => roleIds.some((id) => requester.roleIds.has(id));
  const editor = holdsAny(rules.editorRoleIds);
  if (level === 'edit') return requester.inGuild && editor;
  if (!requester.inGuild && !rules.allowDms) return false;
  return rules.allowedRoleIds.length === 0 || editor || holdsAny(rules.allowedRoleIds);
}

/** The one short line a refused command or button gets (ephemeral); it names no document. */
export function refusalText(rules: AccessRules, requester: Requester, level: AccessLevel): string {
  if (level === 'edit') {
    return rules.editorRoleIds.length === 0
      ? 'Adding and removing documents from Discord is turned off on this bot.'
      : requester.inGuild
        ? 'Only editors can add or remove documents.'
        : 'Documents can be added and removed in the server only.';
  }
  if (!requester.inGuild && !rules.allowDms) return 'This bot answers in the server only, not in direct messages.';
  return 'You do not have access to this bot’s briefings here.';
}

/** A member as discord.js hands it over: a cached GuildMember, or the raw member of an uncached guild's interaction. */
export type AnyMember = GuildMember | APIInteractionGuildMember | null;

export function memberRoleIds(member: AnyMember): Set<string> {
  if (!member) return new Set();
  return new Set(Array.isArray(member.roles) ? member.roles : member.roles.cache.keys());
}

/**
 * A direct message carries no roles: the sender's roles are looked up, fresh, in the servers
 * that own one of the allowed roles (a role id belongs to one server). Only needed when DMs
 * are allowed and asking needs a role.
 */
export async function rolesInServers(client: Client, userId: string, roleIds: readonly string[]): Promise<Set<string>> {
  const held = new Set<string>();
  for (const guild of client.guilds.cache.values()) {
    if (!roleIds.some((id) => guild.roles.cache.has(id))) continue;
    try {
      const member = await guild.members.fetch({ user: userId, force: true });
      for (const id of member.roles.cache.keys()) held.add(id);
    } catch (error) {
      // Not a member of that server: no roles there.
      if (
        !(
          error instanceof DiscordAPIError &&
          (error.code === RESTJSONErrorCodes.UnknownMember || error.code === RESTJSONErrorCodes.UnknownUser)
        )
      )
        throw error;
    }
  }
  return held;
}
