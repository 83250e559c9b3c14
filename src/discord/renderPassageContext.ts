import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { APIEmbed } from 'discord.js';
import { formatCitation } from '../brief/formatCitation.ts';
import { readDocumentText } from '../corpus/readDocumentText.ts';
import { UserError } from '../errors.ts';
import type { DocumentRecord } from '../corpus/records.ts';
import type { ButtonAction } from './buttonIds.ts';
import { DISCORD_LIMITS } from './discordLimits.ts';
import { escapeDiscordText, neutralizeMentions, oneLine } from './escapeDiscordText.ts';
import { boldAround } from './renderEmbeds.ts';

type ContextAction = Extract<ButtonAction, { kind: 'context' }>;

/** Room kept for the cited paragraph; the paragraphs around it share what is left. */
const CITED_MAX = 3000;

/**
 * "Show in context": the cited lines in bold within their paragraph, with the paragraphs before
 * and after. The document comes from the index (`documents`), never from the button: the
 * button only names a content hash, so a forged id can reach nothing outside the corpus, and
 * a file changed since indexing is refused rather than shown at the wrong lines.
 */
export async function renderPassageContext(action: ContextAction, documents: readonly DocumentRecord[], corpusDir: string): Promise<APIEmbed> {
  const document = documents.find((doc) => doc.hash.startsWith(action.documentHash));
  if (!document) throw new UserError('That document has changed or left the corpus since this answer was given. Ask again for fresh citations.');
  const root = path.resolve(corpusDir);
  const file = path.resolve(root, document.file);
  if (!file.startsWith(`${root}${path.sep}`)) throw new UserError('That document is not in the corpus.');
  let bytes: Buffer;
  try {
    bytes = await readFile(file);
  } catch {
    throw new UserError(`${document.file} is no longer in the corpus folder.`);
  }
  if (createHash('sha256').update(bytes).digest('hex') !== document.hash) {
    throw new UserError(`${document.file} has changed since it was indexed, so its line numbers no longer hold. Ask again once the index is updated.`);
  }
  const lines = readDocumentText(document.file, bytes).split('\n');
  const { lineStart, lineEnd } = action;
  if (lineStart < 1 || lineEnd < lineStart || lineEnd > lines.length) throw new UserError('That citation does not fit the document.');

  const paragraphs = paragraphRanges(lines);
  const first = paragraphs.findIndex((range) => range.end >= lineStart);
  let last = paragraphs.length - 1;
  while (last > 0 && (paragraphs[last]?.start ?? 0) > lineEnd) last -= 1;
  const citedFrom = paragraphs[first]?.start ?? lineStart;
  const citedTo = paragraphs[last]?.end ?? lineEnd;
  const text = (from: number, to: number): string => oneLine(lines.slice(from - 1, to).join(' '));
  const cited = boldAround({ before: text(citedFrom, lineStart - 1), key: text(lineStart, lineEnd), after: text(lineEnd + 1, citedTo) }, CITED_MAX);

  const previous = paragraphs[first - 1];
  const next = paragraphs[last + 1];
  // The neighbours share what the cited paragraph leaves, each cut away from the citation.
  const room = Math.floor((DISCORD_LIMITS.embedDescription - cited.length - 4) / 2);
  const parts = [
    previous && room > 20 ? boldAround({ before: text(previous.start, previous.end), key: '', after: '' }, room) : null,
    cited,
    next && room > 20 ? boldAround({ before: '', key: '', after: text(next.start, next.end) }, room) : null,
  ];
  const shownFrom = previous?.start ?? citedFrom;
  const shownTo = next?.end ?? citedTo;
  const span = { file: document.file, paragraph: action.paragraph, lineStart, lineEnd };
  const embed: APIEmbed = {
    color: 0x5b6b80,
    author: { name: neutralizeMentions(`In context: ${formatCitation(span)}`) },
    description: parts.filter((part): part is string => part !== null).join('\n\n'),
    footer: { text: neutralizeMentions(`Lines ${shownFrom}–${shownTo} of ${document.file}`) },
  };
  const title = oneLine(document.title);
  if (title !== '') embed.title = escapeDiscordText(title);
  return embed;
}

/** The blank-line-separated blocks of a file, as 1-based inclusive line ranges. */
function paragraphRanges(lines: readonly string[]): { start: number; end: number }[] {
  const ranges: { start: number; end: number }[] = [];
  lines.forEach((line, i) => {
    if (line.trim() === '') return;
    const last = ranges.at(-1);
    if (last && last.end === i) last.end = i + 1;
    else ranges.push({ start: i + 1, end: i + 1 });
  });
  return ranges;
}
