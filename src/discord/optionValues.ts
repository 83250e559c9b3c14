import type { CommandInteractionOption } from 'discord.js';
import type { RawOptions } from '../../commands/command.ts';

/** The option values of a slash command by name, for runCommand. */
export function optionValues(options: readonly CommandInteractionOption[]): RawOptions {
  const values: Record<string, string | number | boolean> = {};
  for (const option of options) if (option.value !== undefined) values[option.name] = option.value;
  return values;
}
