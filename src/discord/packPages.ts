import type { APIEmbed } from 'discord.js';
import type { SourceSpan } from '../corpus/passage.ts';
import { DISCORD_LIMITS } from './discordLimits.ts';
import { truncate } from './escapeDiscordText.ts';

/** A "Show in context" target: the cited lines, and the number the reply gave them. */
export interface ContextLink {
  label: string;
  span: SourceSpan;
}

/** One embed of a reply and the passages it cites (its "Show in context" buttons). */
export interface EmbedBlock {
  embed: APIEmbed;
  contexts: ContextLink[];
}

/** What one message shows: at most 10 embeds within 6000 characters, and their context buttons. */
export interface RenderedPage {
  embeds: APIEmbed[];
  contexts: ContextLink[];
}

/** Context buttons per page: two rows of five, leaving rows for paging. */
export const MAX_CONTEXT_BUTTONS = 2 * DISCORD_LIMITS.buttonsPerRow;

/** The characters Discord counts toward the 6000 of a message's embeds. */
export function embedSize(embed: APIEmbed): number {
  let size = (embed.title?.length ?? 0) + (embed.description?.length ?? 0);
  for (const field of embed.fields ?? []) size += field.name.length + field.value.length;
  size += embed.footer?.text.length ?? 0;
  size += embed.author?.name.length ?? 0;
  return size;
}

/**
 * Cuts every part of an embed to Discord's limit for it, and the description further so the
 * whole embed fits in one message. Renderers already aim inside; this is the guarantee.
 */
export function fitEmbed(embed: APIEmbed): APIEmbed {
  const fitted: APIEmbed = { ...embed };
  if (fitted.title !== undefined) fitted.title = truncate(fitted.title, DISCORD_LIMITS.embedTitle);
  if (fitted.author)
    fitted.author = { ...fitted.author, name: truncate(fitted.author.name, DISCORD_LIMITS.authorName) };
  if (fitted.footer)
    fitted.footer = { ...fitted.footer, text: truncate(fitted.footer.text, DISCORD_LIMITS.footerText) };
  if (fitted.fields) {
    fitted.fields = fitted.fields.slice(0, DISCORD_LIMITS.embedFields).map((field) => ({
      ...field,
      name: truncate(field.name, DISCORD_LIMITS.fieldName),
      value: truncate(field.value, DISCORD_LIMITS.fieldValue),
    }));
  }
  if (fitted.description !== undefined) {
    const others = embedSize({ ...fitted, description: '' });
    fitted.description = truncate(
      fitted.description,
      Math.min(DISCORD_LIMITS.embedDescription, DISCORD_LIMITS.embedTotal - others),
    );
  }
  return fitted;
}

/** Blocks → pages, in order: a page closes when one more block would break a message limit. */
export function packPages(blocks: readonly EmbedBlock[]): RenderedPage[] {
  const pages: RenderedPage[] = [];
  let page: RenderedPage = { embeds: [], contexts: [] };
  let size = 0;
  for (const block of blocks) {
    const embed = fitEmbed(block.embed);
    const blockSize = embedSize(embed);
    const full =
      page.embeds.length >= DISCORD_LIMITS.embedsPerMessage ||
      size + blockSize > DISCORD_LIMITS.embedTotal ||
      page.contexts.length + block.contexts.length > MAX_CONTEXT_BUTTONS;
    if (full && page.embeds.length > 0) {
      pages.push(page);
      page = { embeds: [], contexts: [] };
      size = 0;
    }
    page.embeds.push(embed);
    page.contexts.push(...block.contexts.slice(0, MAX_CONTEXT_BUTTONS - page.contexts.length));
    size += blockSize;
  }
  if (page.embeds.length > 0) pages.push(page);
  return pages;
}
