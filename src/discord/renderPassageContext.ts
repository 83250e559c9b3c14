import type { APIEmbed } from 'discord.js';
import { formatCitation } from '../brief/formatCitation.ts';
import type { PassageContext } from '../corpus/readPassageContext.ts';
import { DISCORD_LIMITS } from './discordLimits.ts';
import { escapeDiscordText, neutralizeMentions, oneLine } from './escapeDiscordText.ts';
import { boldAround } from './boldAround.ts';

/** Room kept for the cited paragraph; the paragraphs around it share what is left. */
const CITED_MAX = 3000;

/** "Show in context" (Briefbot.passageContext) as an embed: the cited lines in bold within their paragraph, its neighbours around. */
export function renderPassageContext(context: PassageContext): APIEmbed {
  const cited = boldAround(context.cited, CITED_MAX);
  // The neighbours share what the cited paragraph leaves, each cut away from the citation.
  const room = Math.floor((DISCORD_LIMITS.embedDescription - cited.length - 4) / 2);
  const parts = [
    context.previous !== null && room > 20 ? boldAround({ before: context.previous, key: '', after: '' }, room) : null,
    cited,
    context.next !== null && room > 20 ? boldAround({ before: '', key: '', after: context.next }, room) : null,
  ];
  const embed: APIEmbed = {
    color: 0x5b6b80,
    author: { name: neutralizeMentions(`In context: ${formatCitation(context.span)}`) },
    description: parts.filter((part): part is string => part !== null).join('\n\n'),
    footer: { text: neutralizeMentions(`Lines ${context.lineFrom}–${context.lineTo} of ${context.document.file}`) },
  };
  const title = oneLine(context.document.title);
  if (title !== '') embed.title = escapeDiscordText(title);
  return embed;
}
