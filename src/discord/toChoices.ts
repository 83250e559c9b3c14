import type { AutocompleteChoice, Suggestions } from '../../commands/command.ts';
import { DISCORD_LIMITS } from './discordLimits.ts';
import { truncate } from './escapeDiscordText.ts';

/** Suggestions → what Discord accepts: ≤ 25 distinct choices, names and values of 1–100 characters. */
export function toChoices(suggestions: Suggestions): AutocompleteChoice[] {
  const choices: AutocompleteChoice[] = [];
  const seen = new Set<string>();
  for (const suggestion of suggestions) {
    const { name, value } = typeof suggestion === 'string' ? { name: suggestion, value: suggestion } : suggestion;
    // A value cut short would name something else, so a value that does not fit is left out.
    if (value === '' || value.length > DISCORD_LIMITS.choiceValue || seen.has(value)) continue;
    seen.add(value);
    choices.push({ name: truncate(name.trim() || value, DISCORD_LIMITS.choiceName), value });
    if (choices.length === DISCORD_LIMITS.autocompleteChoices) break;
  }
  return choices;
}
