import type { Answer } from '../brief/answerQuestion.ts';
import type { BriefReply } from '../brief/briefReply.ts';
import type { Summary } from '../brief/summarizeCorpus.ts';
import type { WhoBacksResult } from '../brief/whoBacks.ts';
import type { ShownExcerpt } from '../brief/excerpt.ts';
import { describeDating, type TimelineEvent, type TimelineResult } from '../brief/buildTimeline.ts';
import { type DateRange, describeRange } from '../brief/dateRange.ts';
import { formatCitation, formatDatedCitation } from '../brief/formatCitation.ts';
import type { SourceRecord } from '../corpus/additionRecords.ts';
import { EMPTY_CORPUS_MESSAGE } from '../corpus/documentFormat.ts';
import type { PassageContext } from '../corpus/readPassageContext.ts';
import type { IndexReport } from '../index/indexCorpus.ts';

/** Plain-text rendering for the CLI and the terminal chat: what the bot would post. */

/** `explain`: who-backs evidence also names its pattern and cue word (`briefbot who-backs --explain`). */
export function renderReply(reply: BriefReply, options: { explain?: boolean } = {}): string {
  switch (reply.kind) {
    case 'answer':
      return renderAnswer(reply.answer, reply.range);
    case 'backers':
      return renderBackers(reply.result, { ...options, range: reply.range });
    case 'summary':
      return renderSummary(reply.summary, reply.range);
    case 'timeline':
      return renderTimeline(reply.result);
    case 'sources':
      return renderSources(reply.documents);
    case 'context':
      return renderPassageContext(reply.context);
    case 'added':
      return renderAdded(reply.document);
    case 'removed':
      return renderRemoved(reply.document);
    case 'help':
      return [
        'Ask a question in plain words, or use a command:',
        ...reply.commands.flatMap((command) => [
          `  /${command.name}  ${command.description}`,
          ...command.options.map(
            (option) => `      ${option.name}:${option.required ? '' : ' (optional)'} ${option.description}`,
          ),
        ]),
        '  /quit  leave the chat',
      ].join('\n');
  }
}

/** "In context": the cited lines »marked« within their paragraph, the paragraphs before and after. */
export function renderPassageContext(context: PassageContext): string {
  const { before, key, after } = context.cited;
  const cited = [before, `»${key}«`, after].filter((part) => part !== '').join(' ');
  const paragraphs = [context.previous, cited, context.next].filter((part): part is string => part !== null);
  return [
    `In context: ${formatCitation(context.span)} · ${context.document.title}`,
    ...paragraphs.map((paragraph) => `    ${paragraph}`),
    `Lines ${context.lineFrom}–${context.lineTo} of ${context.document.file}`,
  ].join('\n\n');
}

export function renderAnswer(answer: Answer, range?: DateRange): string {
  if (answer.answer === null) {
    const scope = range && describeRange(range) !== '' ? ` published${describeRange(range)}` : '';
    const { closest } = answer;
    if (answer.didYouMean)
      return `Nothing in the corpus${scope} answers "${answer.question}". Did you mean ${answer.didYouMean}?`;
    if (!closest) return `Nothing in the corpus${scope} answers "${answer.question}".`;
    return `Nothing${scope} answers "${answer.question}" directly; closest: ${oneLine(closest.keySentence ?? closest.text)} (${formatCitation(closest)})`;
  }
  const lines = [`Answer: ${oneLine(answer.answer)}`, ''];
  answer.excerpts.forEach((excerpt, i) => lines.push(renderExcerpt(excerpt, i + 1), ''));
  return lines.join('\n').trimEnd();
}

export function renderExcerpt(excerpt: ShownExcerpt, number: number): string {
  const date = excerpt.published ? ` (${excerpt.published})` : '';
  const text = excerpt.keySentence
    ? oneLine(excerpt.text).replace(oneLine(excerpt.keySentence), `»${oneLine(excerpt.keySentence)}«`)
    : oneLine(excerpt.text);
  return `[${number}] ${formatCitation(excerpt)} · ${excerpt.title}${date}\n    ${text}`;
}

/** With `explain`, each piece of evidence also names the pattern that read it and its cue word. */
export function renderBackers(result: WhoBacksResult, options: { explain?: boolean; range?: DateRange } = {}): string {
  const { range } = options;
  const question =
    result.direction === 'backers'
      ? `Who backs ${result.entity}`
      : result.direction === 'opposers'
        ? `Who opposes ${result.entity}`
        : `Whom ${result.entity} backs`;
  const asked = `${question}${describeRange(range)}`;
  const opposed = result.opposedBy.length > 0 ? [`Opposed by: ${result.opposedBy.join(', ')} (see who-opposes).`] : [];
  if (!result.found) {
    const suggestions = result.suggestions.length > 0 ? ` Did you mean: ${result.suggestions.join(', ')}?` : '';
    return `"${result.entity}" is not mentioned in the corpus.${suggestions}`;
  }
  if (result.backers.length === 0) {
    const when = describeRange(range) === '' ? '' : ` in the documents published${describeRange(range)}`;
    const none =
      result.direction === 'backers'
        ? `The corpus mentions ${result.entity} but names no one backing it${when}.`
        : result.direction === 'opposers'
          ? `The corpus mentions ${result.entity} but names no one opposing it${when}.`
          : `The corpus mentions ${result.entity} but names no one it backs${when}.`;
    return [none, ...opposed].join('\n');
  }
  const lines = [`${asked}, according to the corpus:`];
  for (const backer of result.backers) {
    const documents = `${backer.documents} document${backer.documents === 1 ? '' : 's'}`;
    lines.push(`• ${backer.name} (${backer.support}; ${documents})`);
    for (const evidence of backer.evidence) {
      const claim = evidence.reportedBy ? ` [according to ${evidence.reportedBy}]` : '';
      lines.push(`    ${formatDatedCitation(evidence)}${claim}: ${oneLine(evidence.text)}`);
      if (options.explain) lines.push(`      ↳ pattern ${evidence.pattern}, cue "${evidence.cue}"`);
    }
  }
  return [...lines, ...opposed].join('\n');
}

export function renderSummary(summary: Summary, range?: DateRange): string {
  const scope = `${summary.topic ? ` on "${summary.topic}"` : summary.file ? ` of ${summary.file}` : ''}${describeRange(range)}`;
  if (summary.points.length === 0) return `Nothing in the corpus to brief${scope}.`;
  const lines = [`Briefing${scope}:`];
  for (const point of summary.points) {
    lines.push(`• ${point.text}`, `    ${point.citations.map((citation) => formatDatedCitation(citation)).join('; ')}`);
  }
  return lines.join('\n');
}

export function renderTimeline(result: TimelineResult): string {
  if (!result.found) {
    const suggestions = result.suggestions.length > 0 ? ` Did you mean: ${result.suggestions.join(', ')}?` : '';
    return `"${result.entity}" is not mentioned in the corpus.${suggestions}`;
  }
  const scope = describeRange(result.range);
  if (result.events.length + result.undated.length === 0)
    return `The corpus dates no event of ${result.entity}${scope}.`;
  const lines = [`Timeline of ${result.entity}${scope}, oldest first:`];
  for (const event of result.events) lines.push(...timelineEventLines(event));
  if (result.undated.length > 0) {
    lines.push('', 'Undated (their documents state no publication date):');
    for (const event of result.undated) lines.push(...timelineEventLines(event));
  }
  return lines.join('\n');
}

function timelineEventLines(event: TimelineEvent): string[] {
  const reports = event.documents > 1 ? ` · reported by ${event.documents} documents` : '';
  return [
    `• ${event.date ?? 'undated'} ${describeDating(event)}${reports}: ${oneLine(event.text)}`,
    `    ${event.citations.map((citation) => formatDatedCitation(citation)).join('; ')}`,
  ];
}

export function renderSources(documents: SourceRecord[]): string {
  if (documents.length === 0) return EMPTY_CORPUS_MESSAGE;
  return documents
    .map((doc) => {
      const added = doc.added
        ? ` · added by ${doc.added.by.name}${doc.added.via === 'discord' ? ' (Discord)' : ''} on ${doc.added.at.slice(0, 10)}`
        : '';
      return `${doc.file} · ${doc.title}${doc.published ? ` (${doc.published})` : ''} · ${doc.passages} passages${added}`;
    })
    .join('\n');
}

export function renderRemoved(doc: SourceRecord): string {
  return `Removed ${doc.file} (${doc.title}) from the corpus; it is kept in the trash folder beside the index.`;
}

export function renderAdded(doc: SourceRecord): string {
  return `Added ${doc.file}: ${doc.title}${doc.published ? ` (${doc.published})` : ''}, ${doc.passages} passages, indexed. Answers cite it as ${doc.file}.`;
}

export function renderIndexReport(report: IndexReport): string {
  const seconds = (report.milliseconds / 1000).toFixed(1);
  const mode = report.model ? `${report.embedded} embedded with ${report.model}` : 'keyword search only';
  const skipped = report.skipped.length > 0 ? `, ${report.skipped.length} skipped` : '';
  return (
    `Indexed ${report.documents} documents (${report.added} added, ${report.changed} changed, ` +
    `${report.removed} removed, ${report.unchanged} unchanged${skipped}), ${report.passages} passages, ${mode}, in ${seconds} s`
  );
}

function oneLine(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}
