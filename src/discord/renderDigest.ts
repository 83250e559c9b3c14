import type { Digest } from '../brief/draftDigest.ts';
import { DISCORD_LIMITS } from './discordLimits.ts';
import { escapeDiscordText, inlineCode, oneLine, truncate } from './escapeDiscordText.ts';
import type { RenderedPage } from './packPages.ts';
import { renderEmbeds } from './renderEmbeds.ts';

export interface DigestMessage {
  content: string;
  page: RenderedPage;
}

/**
 * The digest as messages: the first says what is new (each document, its title and date), every
 * one carries a page of the briefing's cited points, as /summary shows them.
 */
export function renderDigest(digest: Digest): DigestMessage[] {
  const count = digest.documents.length;
  const list = digest.documents.map(
    (doc) =>
      `• ${inlineCode(doc.file)} ${escapeDiscordText(oneLine(doc.title))}${doc.published ? ` (${doc.published})` : ''}`,
  );
  const head = `**Digest** · ${count} document${count === 1 ? '' : 's'} added or changed since ${formatTime(digest.since)}:\n${list.join('\n')}`;
  const pages = renderEmbeds({ kind: 'summary', summary: digest.summary });
  return pages.map((page, i) => ({ content: i === 0 ? truncate(head, DISCORD_LIMITS.content) : '', page }));
}

function formatTime(iso: string): string {
  return `${iso.slice(0, 16).replace('T', ' ')} UTC`;
}
