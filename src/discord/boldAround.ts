import { escapeDiscordText, neutralizeMentions } from './escapeDiscordText.ts';

/**
 * before + **key** + after, each escaped on its own, within `max` characters: the context on
 * either side is cut first (keeping what is nearest the key), then the key itself.
 */
export function boldAround(parts: { before: string; key: string; after: string }, max: number): string {
  let { before, key, after } = parts;
  let beforeCut = false;
  let afterCut = false;
  const render = (): string => {
    const head = `${beforeCut ? '…' : ''}${escapeDiscordText(before)}`;
    const tail = `${escapeDiscordText(after)}${afterCut ? '…' : ''}`;
    // Pieces escaped apart could meet as "@" + "everyone": neutralise the joined text too.
    return neutralizeMentions(key === '' ? `${head}${tail}` : `${head}**${escapeDiscordText(key)}**${tail}`);
  };
  let rendered = render();
  // Each plain character escapes to at least one, so dropping `excess` plain characters is
  // never too little; a few rounds settle it.
  while (rendered.length > max) {
    const excess = rendered.length - max;
    if (before.length === 0 && after.length === 0) {
      key = key.slice(0, Math.max(0, key.length - excess - 1));
      afterCut = true;
    } else if (before.length >= after.length) {
      before = before.slice(Math.min(before.length, excess + 1)).trimStart();
      beforeCut = true;
    } else {
      after = after.slice(0, Math.max(0, after.length - excess - 1)).trimEnd();
      afterCut = true;
    }
    rendered = render();
  }
  return rendered;
}
