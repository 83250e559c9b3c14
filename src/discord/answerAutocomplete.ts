import type { AutocompleteInteraction } from 'discord.js';
import { type Command, type CommandContext, findCommand, type Suggestions } from '../../commands/command.ts';
import { toChoices } from './toChoices.ts';
import { withDeadline } from './withDeadline.ts';

/** Autocomplete answers must reach Discord within 3 s; past this, send no suggestions rather than let Discord show a failure. */
const AUTOCOMPLETE_DEADLINE_MS = 2000;

/** The focused option's suggestions, from its command's autocomplete, or none in time. */
export async function answerAutocomplete(
  interaction: AutocompleteInteraction,
  commands: readonly Command[],
  context: CommandContext,
): Promise<void> {
  const command = findCommand(commands, interaction.commandName);
  const focused = interaction.options.getFocused(true);
  let suggestions: Suggestions = [];
  if (command?.autocomplete) {
    const pending = Promise.resolve(
      command.autocomplete(context, { name: focused.name, value: String(focused.value) }),
    );
    suggestions = await withDeadline(pending, AUTOCOMPLETE_DEADLINE_MS, []);
  }
  await interaction.respond(toChoices(suggestions));
}
