import { type RESTPostAPIChatInputApplicationCommandsJSONBody, SlashCommandBuilder } from 'discord.js';
import { type Command, commandOptions } from '../../commands/command.ts';

/**
 * A neutral command → the slash command Discord registers. Built here, from the options the
 * command declares as data, so that Discord's types stay inside src/discord and the limits
 * Discord enforces in its form are those runCommand checks.
 */
export function slashCommandData(command: Command): RESTPostAPIChatInputApplicationCommandsJSONBody {
  const builder = new SlashCommandBuilder().setName(command.name).setDescription(command.description);
  for (const option of commandOptions(command)) {
    if (option.type === 'file') {
      builder.addAttachmentOption((attachment) =>
        attachment.setName(option.name).setDescription(option.description).setRequired(option.required),
      );
    } else if (option.type === 'integer') {
      builder.addIntegerOption((integer) => {
        integer.setName(option.name).setDescription(option.description).setRequired(option.required);
        if (option.min !== undefined) integer.setMinValue(option.min);
        if (option.max !== undefined) integer.setMaxValue(option.max);
        return integer.setAutocomplete(option.autocomplete);
      });
    } else {
      builder.addStringOption((string) => {
        string.setName(option.name).setDescription(option.description).setRequired(option.required);
        if (option.maxLength !== undefined) string.setMaxLength(option.maxLength);
        return string.setAutocomplete(option.autocomplete);
      });
    }
  }
  return builder.toJSON();
}
