import type { Briefbot } from '../src/briefbot.ts';
import type { AutocompleteChoice } from './command.ts';

/** The corpus documents whose name or title contains what was typed, name matches first: for a `file:` or `document:` option. */
export function documentSuggestions(bot: Briefbot, typed: string): AutocompleteChoice[] {
  const wanted = typed.trim().toLowerCase();
  const documents = bot.sources();
  const byName = documents.filter((doc) => doc.file.toLowerCase().includes(wanted));
  const byTitle = documents.filter((doc) => !byName.includes(doc) && doc.title.toLowerCase().includes(wanted));
  return [...byName, ...byTitle].map((doc) => ({ name: `${doc.file} · ${doc.title}`, value: doc.file }));
}
