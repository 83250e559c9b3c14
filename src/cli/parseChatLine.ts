import { type Command, CommandOptionError, commandOptions, commandUsage, findCommand } from '../../commands/command.ts';

export interface ChatCommandLine {
  name: string;
  options: Record<string, string>;
}

/**
 * A terminal chat line → the command it names and its options, as text for runCommand. A
 * plain line is a question (/ask). After `/name`, options are written as in Discord's form,
 * `topic: ceasefire`, or as on the command line, `--topic ceasefire` (`--topic=ceasefire`);
 * text before the first option fills the command's text option ("/ask who backs X").
 *
 * `--word` always names an option, so an unknown one is refused with the command's usage;
 * `word:` does when it is one of the command's options, or when it opens the line (so a typo
 * there is refused, not searched for), and is text otherwise ("/ask status: who backs X?"
 * after an option, or "/ask Libya: who backs Haftar?").
 */
export function parseChatLine(line: string, commands: readonly Command[]): ChatCommandLine {
  const slash = /^\/([\w-]+)(?:\s+|$)(.*)$/s.exec(line.trim());
  if (!slash) return { name: 'ask', options: { question: line.trim() } };
  const name = slash[1] ?? '';
  const rest = slash[2] ?? '';
  const command = findCommand(commands, name);
  // Unknown commands are runCommand's to refuse, with the same message everywhere.
  if (!command) return { name, options: {} };
  const names = new Set(commandOptions(command).map((option) => option.name));
  const required = new Set(
    commandOptions(command)
      .filter((option) => option.required)
      .map((option) => option.name),
  );

  const markers: { option: string; at: number; valueAt: number }[] = [];
  const marker = /(^|\s)(?:--([a-z][\w-]*)(?:=|\s+|$)|([a-z][\w-]*):(?:\s+|$))/g;
  for (let match = marker.exec(rest); match !== null; match = marker.exec(rest)) {
    const at = match.index + (match[1] ?? '').length;
    const option = match[2] ?? match[3] ?? '';
    const isFlag = match[2] !== undefined;
    if (!isFlag && !names.has(option) && at !== 0) continue;
    markers.push({ option, at, valueAt: match.index + match[0].length });
  }

  const options: Record<string, string> = {};
  const given = (option: string, value: string): void => {
    if (option in options) throw new CommandOptionError(name, option, `given twice. Usage: ${commandUsage(command)}`);
    options[option] = value;
  };
  const text = rest.slice(0, markers[0]?.at ?? rest.length).trim();
  markers.forEach((current, i) =>
    given(current.option, unquote(rest.slice(current.valueAt, markers[i + 1]?.at ?? rest.length).trim())),
  );
  if (!command.textOption) {
    if (text !== '') throw new CommandOptionError(name, null, `takes no text. Usage: ${commandUsage(command)}`);
  } else if (text !== '' || (required.has(command.textOption) && !(command.textOption in options))) {
    // "/ask" alone asks the empty question, which the command refuses in its own words.
    given(command.textOption, text);
  }
  return { name, options };
}

/** `"air defence"` → `air defence`: a value may be quoted, as in a shell. */
function unquote(value: string): string {
  const quoted = /^(["'“‘])(.*)(["'”’])$/s.exec(value);
  return quoted ? (quoted[2] ?? '') : value;
}
