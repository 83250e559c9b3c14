import {
  type APIActionRowComponent,
  type APIButtonComponentWithCustomId,
  type APIEmbed,
  ButtonStyle,
  ComponentType,
  type MessageMentionOptions,
} from 'discord.js';
import { contextButtonId, pageButtonId } from './buttonIds.ts';
import { DISCORD_LIMITS } from './discordLimits.ts';
import type { RenderedPage } from './packPages.ts';

/** Sent with every message: corpus text may say "@everyone", and a reply should not ping its asker. */
export const NO_MENTIONS: MessageMentionOptions = { parse: [], repliedUser: false };

export interface PageMessage {
  content: string;
  embeds: APIEmbed[];
  components: APIActionRowComponent<APIButtonComponentWithCustomId>[];
  allowedMentions: MessageMentionOptions;
}

export interface PageMessageOptions {
  /** Key of the kept pages (PagedReplies); null for a one-page reply, which needs no paging. */
  replyKey: string | null;
  /** File → content hash of every indexed document: a context button names its document by hash. */
  documentHashes: ReadonlyMap<string, string>;
}

/**
 * One page of a reply as a message: its embeds, a "Show in context" button per cited passage,
 * and ◀ Previous / More sources ▶ when the reply has more pages. `content` is always set (the
 * page number, or empty) so that editing a message to another page replaces it.
 */
export function pageMessage(pages: readonly RenderedPage[], index: number, options: PageMessageOptions): PageMessage {
  const page = pages[index] ?? { embeds: [{ description: 'Nothing to show.' }], contexts: [] };
  const rows: APIActionRowComponent<APIButtonComponentWithCustomId>[] = [];
  const contextButtons: APIButtonComponentWithCustomId[] = [];
  page.contexts.forEach((context, n) => {
    const hash = options.documentHashes.get(context.span.file);
    if (hash === undefined) return;
    contextButtons.push({
      type: ComponentType.Button,
      style: ButtonStyle.Secondary,
      label: `Show [${context.label}] in context`.slice(0, DISCORD_LIMITS.buttonLabel),
      custom_id: contextButtonId(hash, context.span, n),
    });
  });
  for (
    let i = 0;
    i < contextButtons.length && rows.length < DISCORD_LIMITS.actionRows - 1;
    i += DISCORD_LIMITS.buttonsPerRow
  ) {
    rows.push({ type: ComponentType.ActionRow, components: contextButtons.slice(i, i + DISCORD_LIMITS.buttonsPerRow) });
  }
  const paged = options.replyKey !== null && pages.length > 1;
  if (paged && options.replyKey !== null) {
    const navigation: APIButtonComponentWithCustomId[] = [];
    if (index > 0) {
      navigation.push({
        type: ComponentType.Button,
        style: ButtonStyle.Secondary,
        label: '◀ Previous',
        custom_id: pageButtonId(options.replyKey, index - 1),
      });
    }
    if (index < pages.length - 1) {
      navigation.push({
        type: ComponentType.Button,
        style: ButtonStyle.Primary,
        label: 'More sources ▶',
        custom_id: pageButtonId(options.replyKey, index + 1),
      });
    }
    rows.push({ type: ComponentType.ActionRow, components: navigation });
  }
  return {
    content: paged ? `Page ${index + 1} of ${pages.length}` : '',
    embeds: page.embeds,
    components: rows,
    allowedMentions: NO_MENTIONS,
  };
}
