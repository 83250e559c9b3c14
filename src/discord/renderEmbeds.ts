import type { APIEmbed } from 'discord.js';
import type { Answer } from '../brief/answerQuestion.ts';
import type { BriefReply, HelpEntry } from '../brief/briefReply.ts';
import type { ShownExcerpt } from '../brief/excerpt.ts';
import { formatCitation } from '../brief/formatCitation.ts';
import type { Summary } from '../brief/summarizeCorpus.ts';
import { describeDating, type TimelineEvent, type TimelineResult } from '../brief/buildTimeline.ts';
import { type DateRange, describeRange } from '../brief/dateRange.ts';
import type { WhoBacksResult } from '../brief/whoBacks.ts';
import type { SourceRecord } from '../corpus/additionRecords.ts';
import { EMPTY_CORPUS_MESSAGE } from '../corpus/documentFormat.ts';
import { DISCORD_LIMITS } from './discordLimits.ts';
import { escapeDiscordText, inlineCode, neutralizeMentions, oneLine, truncate } from './escapeDiscordText.ts';
import { type ContextLink, type EmbedBlock, packPages, type RenderedPage } from './packPages.ts';
import { boldAround } from './boldAround.ts';
import { renderPassageContext } from './renderPassageContext.ts';

/**
 * BriefReply → the pages of embeds the bot posts (Discord's counterpart of cli/renderText.ts).
 * Every piece of corpus or user text is escaped here, so nothing it contains can format,
 * link or mention; every page stays inside Discord's message limits (packPages).
 */

const COLORS = {
  answer: 0x2f6fdf,
  excerpt: 0x5b6b80,
  summary: 0x1f9d6b,
  backers: 0xd98e04,
  sources: 0x6b5bd2,
  help: 0x5b6b80,
  timeline: 0x8e44ad,
} as const;

/** Longest excerpt shown: a passage is ≤ 150 words, so this only trims odd ones; three fit a page. */
const EXCERPT_MAX = 1800;

export interface RenderOptions {
  /** Channels where plain questions are answered, named in /help. */
  questionChannelIds?: readonly string[];
}

export function renderEmbeds(reply: BriefReply, options: RenderOptions = {}): RenderedPage[] {
  return packPages(renderBlocks(reply, options));
}

function renderBlocks(reply: BriefReply, options: RenderOptions): EmbedBlock[] {
  switch (reply.kind) {
    case 'answer':
      return answerBlocks(reply.answer, reply.range);
    case 'summary':
      return summaryBlocks(reply.summary, reply.range);
    case 'sources':
      return sourcesBlocks(reply.documents);
    case 'added':
    case 'removed':
      return [corpusChangeBlock(reply.kind, reply.document)];
    case 'help':
      return helpBlocks(reply.commands, options);
    case 'backers':
      return whoBacksBlocks(reply.result, reply.range);
    case 'timeline':
      return timelineBlocks(reply.result);
    case 'context':
      return [{ embed: renderPassageContext(reply.context), contexts: [] }];
  }
}

// --- /ask -------------------------------------------------------------------------------

function answerBlocks(answer: Answer, range?: DateRange): EmbedBlock[] {
  const title = escapeDiscordText(oneLine(answer.question));
  if (answer.answer === null && describeRange(range) !== '') {
    const description = `Nothing in the corpus published${describeRange(range)} answers this. Try a wider range, or none.`;
    return [{ embed: { color: COLORS.answer, title, description }, contexts: [] }];
  }
  if (answer.answer === null) {
    return [
      {
        embed: {
          color: COLORS.answer,
          title,
          description: answer.didYouMean
            ? `Nothing in the corpus answers this. Did you mean **${escapeDiscordText(answer.didYouMean)}**?`
            : answer.closest
              ? `Nothing answers this directly; closest: ${escapeDiscordText(oneLine(answer.closest.keySentence ?? answer.closest.text))} (${escapeDiscordText(formatCitation(answer.closest))})`
              : 'Nothing in the corpus answers this. Try other words, or `/sources` to see what the corpus holds.',
        },
        contexts: [],
      },
    ];
  }
  const head: EmbedBlock = {
    embed: { color: COLORS.answer, title, description: escapeDiscordText(oneLine(answer.answer)) },
    contexts: [],
  };
  return [head, ...answer.excerpts.map((excerpt, i) => excerptBlock(excerpt, i + 1))];
}

/** One cited excerpt: "[n] file ¶p Lx–y", the document's title and date, the answer sentence in bold. */
export function excerptBlock(excerpt: ShownExcerpt, number: number): EmbedBlock {
  const embed: APIEmbed = {
    color: COLORS.excerpt,
    // Author names are plain text (no markdown), so the citation shows exactly as formatCitation writes it.
    author: { name: neutralizeMentions(`[${number}] ${formatCitation(excerpt)}`) },
    description: markedExcerpt(excerpt.text, excerpt.keySentence, EXCERPT_MAX),
  };
  const title = oneLine(excerpt.title);
  if (title !== '') embed.title = escapeDiscordText(title);
  const footer = [
    excerpt.published ? `Published ${excerpt.published}` : null,
    excerpt.heading ? `Section: ${oneLine(excerpt.heading)}` : null,
  ]
    .filter((part): part is string => part !== null)
    .join(' · ');
  if (footer !== '') embed.footer = { text: neutralizeMentions(footer) };
  return { embed, contexts: [{ label: String(number), span: excerpt }] };
}

/** The excerpt on one line, escaped, `key` (when found in it) in bold; trimmed around `key` to `max`. */
export function markedExcerpt(text: string, key: string | null, max: number): string {
  const plain = oneLine(text);
  const mark = key ? oneLine(key) : '';
  const at = mark === '' ? -1 : plain.indexOf(mark);
  // Without a key sentence the text is kept from its start and cut at its end.
  if (at < 0) return boldAround({ before: '', key: '', after: plain }, max);
  return boldAround({ before: plain.slice(0, at), key: mark, after: plain.slice(at + mark.length) }, max);
}

// --- /summary ---------------------------------------------------------------------------

function summaryBlocks(summary: Summary, range?: DateRange): EmbedBlock[] {
  const scope = `${summary.topic ? ` on “${oneLine(summary.topic)}”` : summary.file ? ` of ${summary.file}` : ''}${describeRange(range)}`;
  const title = escapeDiscordText(`Briefing${scope}`);
  if (summary.points.length === 0) {
    return [
      {
        embed: {
          color: COLORS.summary,
          title,
          description: escapeDiscordText(`Nothing in the corpus to brief${scope}.`),
        },
        contexts: [],
      },
    ];
  }
  const entries = summary.points.map((point, i) => {
    const first = point.citations[0];
    return {
      text: `**${i + 1}.** ${escapeDiscordText(oneLine(point.text))}\n${citationLine(point.citations)}`,
      contexts: first ? [{ label: String(i + 1), span: first }] : [],
    };
  });
  return blocksFromEntries({ color: COLORS.summary, title }, entries, '\n\n');
}

/** "↳ `file ¶p Lx` Title (date) · also `other ¶q Ly`". */
function citationLine(citations: readonly ShownExcerpt[]): string {
  const [first, ...others] = citations;
  if (!first) return '';
  const source = `${inlineCode(formatCitation(first))} ${escapeDiscordText(oneLine(first.title))}${first.published ? ` (${first.published})` : ''}`;
  const dated = (citation: ShownExcerpt) =>
    `${inlineCode(formatCitation(citation))}${citation.published ? ` (${citation.published})` : ''}`;
  const also = others.length > 0 ? ` · also ${others.map(dated).join(', ')}` : '';
  return `↳ ${source}${also}`;
}

// --- /who-backs -------------------------------------------------------------------------

export function whoBacksBlocks(result: WhoBacksResult, range?: DateRange): EmbedBlock[] {
  const entity = oneLine(result.entity);
  const question =
    result.direction === 'backers'
      ? `Who backs ${entity}`
      : result.direction === 'opposers'
        ? `Who opposes ${entity}`
        : `Whom ${entity} backs`;
  const title = escapeDiscordText(`${question}${describeRange(range)}`);
  const opposed =
    result.opposedBy.length > 0
      ? `\nOpposed by: ${result.opposedBy.map((name) => escapeDiscordText(name)).join(', ')} (see /who-opposes).`
      : '';
  if (!result.found) return notMentionedBlocks(COLORS.backers, title, entity, result.suggestions);
  const aliases =
    result.aliases.length > 0
      ? `Also named ${result.aliases.map((alias) => escapeDiscordText(alias)).join(', ')}.\n`
      : '';
  if (result.backers.length === 0) {
    const none =
      result.direction === 'backers'
        ? `The corpus mentions ${escapeDiscordText(entity)}, but nobody in it is said to back ${escapeDiscordText(entity)}.`
        : result.direction === 'opposers'
          ? `The corpus mentions ${escapeDiscordText(entity)}, but nobody in it is said to attack, threaten, sanction or condemn ${escapeDiscordText(entity)}.`
          : `The corpus mentions ${escapeDiscordText(entity)}, but not as backing anyone.`;
    return [{ embed: { color: COLORS.backers, title, description: `${aliases}${none}${opposed}` }, contexts: [] }];
  }
  const count = result.backers.length;
  const summaryLine =
    result.direction === 'backers'
      ? `${count} ${count === 1 ? 'backer' : 'backers'} in the corpus, most evidence first.`
      : result.direction === 'opposers'
        ? `${count} ${count === 1 ? 'opponent' : 'opponents'} in the corpus, most evidence first.`
        : `Backs ${count} ${count === 1 ? 'side' : 'sides'} in the corpus.`;
  const blocks: EmbedBlock[] = [
    { embed: { color: COLORS.backers, title, description: `${aliases}${summaryLine}${opposed}` }, contexts: [] },
  ];
  let number = 0;
  for (const backer of result.backers) {
    const documents = `${backer.documents} ${backer.documents === 1 ? 'document' : 'documents'}`;
    const entries: { text: string; contexts: ContextLink[] }[] = [
      {
        text: `**${result.direction === 'opposers' ? 'Opposition' : 'Support'}:** ${escapeDiscordText(oneLine(backer.support))} · ${documents}`,
        contexts: [],
      },
    ];
    for (const evidence of backer.evidence) {
      number += 1;
      const said = evidence.reportedBy ? ` — according to ${escapeDiscordText(oneLine(evidence.reportedBy))}` : '';
      // Evidence is usually the key sentence itself; bold only marks it within a longer text.
      const key = oneLine(evidence.keySentence ?? '') === oneLine(evidence.text) ? null : evidence.keySentence;
      entries.push({
        text: `**[${number}]** “${markedExcerpt(evidence.text, key, 900)}”${said}\n${citationLine([evidence])}`,
        contexts: [{ label: String(number), span: evidence }],
      });
    }
    blocks.push(
      ...blocksFromEntries({ color: COLORS.backers, title: escapeDiscordText(oneLine(backer.name)) }, entries, '\n\n'),
    );
  }
  return blocks;
}

/** The actor asked about is not in the corpus: say so, with the close names it does hold. */
function notMentionedBlocks(
  color: number,
  title: string,
  entity: string,
  suggestions: readonly string[],
): EmbedBlock[] {
  const close =
    suggestions.length > 0
      ? ` Did you mean ${suggestions.map((name) => `**${escapeDiscordText(name)}**`).join(', ')}?`
      : '';
  const description = `Nothing in the corpus mentions “${escapeDiscordText(entity)}”.${close}`;
  return [{ embed: { color, title, description }, contexts: [] }];
}

// --- /timeline -------------------------------------------------------------------------

function timelineBlocks(result: TimelineResult): EmbedBlock[] {
  const entity = oneLine(result.entity);
  const title = escapeDiscordText(`Timeline: ${entity}${describeRange(result.range)}`);
  if (!result.found) return notMentionedBlocks(COLORS.timeline, title, entity, result.suggestions);
  if (result.events.length + result.undated.length === 0) {
    return [
      {
        embed: {
          color: COLORS.timeline,
          title,
          description: `The corpus dates no event of ${escapeDiscordText(entity)}${escapeDiscordText(describeRange(result.range))}.`,
        },
        contexts: [],
      },
    ];
  }
  let number = 0;
  const entry = (event: TimelineEvent) => {
    number += 1;
    const reports = event.documents > 1 ? ` · reported by ${event.documents} documents` : '';
    const first = event.citations[0];
    return {
      text: `**[${number}] ${event.date ?? 'Undated'}** ${escapeDiscordText(describeDating(event))}${reports}\n“${markedExcerpt(event.text, null, 700)}”\n${citationLine(event.citations)}`,
      contexts: first ? [{ label: String(number), span: first }] : [],
    };
  };
  const blocks = blocksFromEntries({ color: COLORS.timeline, title }, result.events.map(entry), '\n\n');
  if (result.undated.length > 0) {
    const header = { color: COLORS.timeline, title: 'Undated: their documents state no publication date' };
    blocks.push(...blocksFromEntries(header, result.undated.map(entry), '\n\n'));
  }
  return blocks;
}

// --- /sources and /help -----------------------------------------------------------------

function sourcesBlocks(documents: readonly SourceRecord[]): EmbedBlock[] {
  if (documents.length === 0) {
    return [{ embed: { color: COLORS.sources, title: 'Sources', description: EMPTY_CORPUS_MESSAGE }, contexts: [] }];
  }
  const passages = documents.reduce((sum, doc) => sum + doc.passages, 0);
  const entries = documents.map((doc) => ({
    text: `${inlineCode(doc.file)} ${escapeDiscordText(oneLine(doc.title))}${doc.published ? ` (${doc.published})` : ''} · ${doc.passages} passages${addedBy(doc)}`,
    contexts: [],
  }));
  return blocksFromEntries(
    { color: COLORS.sources, title: `Sources: ${documents.length} documents, ${passages} passages` },
    entries,
    '\n',
  );
}

/** " · added by @carol on 2026-12-01" for a document added through the bot (a Discord user as a mention, which pings no one: replies allow no mentions). */
function addedBy(doc: SourceRecord): string {
  if (!doc.added) return '';
  const { by, via, at } = doc.added;
  const who = via === 'discord' && /^\d{17,20}$/.test(by.id) ? `<@${by.id}>` : escapeDiscordText(oneLine(by.name));
  return ` · added by ${who} on ${at.slice(0, 10)}`;
}

function corpusChangeBlock(kind: 'added' | 'removed', doc: SourceRecord): EmbedBlock {
  const title = escapeDiscordText(oneLine(doc.title));
  const description =
    kind === 'added'
      ? `**${title}**${doc.published ? ` (${doc.published})` : ''}\n${doc.passages} passages, indexed: answers cite it as ${inlineCode(doc.file)}.`
      : `**${title}**\n${inlineCode(doc.file)} is out of the corpus and the index, kept in the trash folder on the bot’s machine.`;
  return {
    embed: {
      color: COLORS.sources,
      title: kind === 'added' ? 'Added to the corpus' : 'Removed from the corpus',
      description,
    },
    contexts: [],
  };
}

function helpBlocks(commands: readonly HelpEntry[], options: RenderOptions): EmbedBlock[] {
  const channels = options.questionChannelIds ?? [];
  const where = channels.length > 0 ? `in ${channels.map((id) => `<#${id}>`).join(', ')}, ` : '';
  const description = [
    'I answer from the documents of my corpus only: every answer is a sentence of the corpus, cited by file, paragraph (¶) and lines. Where the corpus holds nothing, I say so.',
    '',
    '**Commands**',
    ...commands.flatMap((command) => [
      `\`/${command.name}\` ${escapeDiscordText(command.description)}`,
      ...command.options.map(
        (option) =>
          `\u2003\`${option.name}\`${option.required ? '' : ' (optional)'} ${escapeDiscordText(option.description)}`,
      ),
    ]),
    '',
    '**Plain questions**',
    `Ask ${where}by mentioning me, or in a direct message: a message ending with “?” or starting with who, what, when, where, why or how gets an answer.`,
  ].join('\n');
  return [{ embed: { color: COLORS.help, title: 'briefbot', description }, contexts: [] }];
}

// --- shared -----------------------------------------------------------------------------

/**
 * Entries (already escaped) → as few embeds as hold them, each description within Discord's
 * limit; later embeds are titled "(continued)". An entry too long on its own is cut.
 */
function blocksFromEntries(
  header: { color: number; title: string },
  entries: readonly { text: string; contexts: ContextLink[] }[],
  separator: string,
): EmbedBlock[] {
  const max = DISCORD_LIMITS.embedDescription;
  const blocks: EmbedBlock[] = [];
  let description = '';
  let contexts: ContextLink[] = [];
  const flush = (): void => {
    if (description === '') return;
    const title = blocks.length === 0 ? header.title : `${header.title} (continued)`;
    blocks.push({ embed: { color: header.color, title, description }, contexts });
    description = '';
    contexts = [];
  };
  for (const entry of entries) {
    const text = truncate(entry.text, max);
    if (description !== '' && description.length + separator.length + text.length > max) flush();
    description = description === '' ? text : `${description}${separator}${text}`;
    contexts.push(...entry.contexts);
  }
  flush();
  return blocks;
}
