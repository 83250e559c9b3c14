const ZERO_WIDTH_SPACE = '\u200b';

/** Autolinked URLs: Discord applies no markdown inside them, so they are left as they are. */
const URL_PATTERN = /https?:\/\/[^\s<]+/g;

/**
 * Corpus or user text → text Discord shows as it is: no markdown, no masked links, no
 * mentions. Every message is also sent with `allowedMentions: { parse: [] }`, so nothing
 * could ping anyway; this keeps `@everyone` or `<@123…>` from even rendering as a mention.
 *
 * Not discord.js' escapeMarkdown: its look-behind patterns rescan the text before every
 * position, which took ~30 ms per 4000 characters (3 s for a long who-backs reply). This is
 * one linear pass and stricter: every markdown character is escaped wherever it stands
 * (Discord shows any backslash-escaped punctuation as itself), including each "[", so no
 * masked link can form even when text is escaped in pieces around the bold answer sentence.
 */
export function escapeDiscordText(text: string): string {
  let escaped = '';
  let from = 0;
  for (const url of text.matchAll(URL_PATTERN)) {
    escaped += escapeMarkdownCharacters(text.slice(from, url.index)) + url[0];
    from = url.index + url[0].length;
  }
  return neutralizeMentions(escaped + escapeMarkdownCharacters(text.slice(from)));
}

function escapeMarkdownCharacters(text: string): string {
  return (
    text
      .replace(/[\\*_~`|[\]]/g, '\\$&')
      // Quotes, headings, lists and subtext only start a line.
      .replace(/^(\s*)([>#+-])/gm, '$1\\$2')
      .replace(/^(\s*\d+)\./gm, '$1\\.')
  );
}

/** `@everyone`, `@here`, `<@id>`, `<@!id>`, `<@&role>`, `<#channel>`, `</command:id>` → inert look-alikes. */
export function neutralizeMentions(text: string): string {
  return text
    .replace(/@(everyone|here)/gi, `@${ZERO_WIDTH_SPACE}$1`)
    .replace(/<(?=[@#]|\/[^\s>]+:\d)/g, `<${ZERO_WIDTH_SPACE}`);
}

/** One line: runs of whitespace (line breaks included) become one space. */
export function oneLine(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/**
 * At most `max` characters, with "…" when cut. Never ends on a lone backslash (it would escape
 * the ellipsis) or half of a surrogate pair.
 */
export function truncate(text: string, max: number): string {
  if (text.length <= max) return text;
  let cut = text.slice(0, Math.max(0, max - 1));
  if (/[\uD800-\uDBFF]$/.test(cut)) cut = cut.slice(0, -1);
  const trailingBackslashes = /\\+$/.exec(cut)?.[0].length ?? 0;
  if (trailingBackslashes % 2 === 1) cut = cut.slice(0, -1);
  return `${cut}…`;
}

/** Text inside `inline code`: shown literally, so only backticks need care. */
export function inlineCode(text: string): string {
  return `\`${neutralizeMentions(text.replace(/`/g, "'"))}\``;
}
