import type { Answer } from '../brief/answerQuestion.ts';
import type { BriefReply } from '../brief/briefReply.ts';
import type { Summary } from '../brief/summarizeCorpus.ts';
import type { WhoBacksResult } from '../brief/whoBacks.ts';
import type { ShownExcerpt } from '../brief/excerpt.ts';
import { formatCitation } from '../brief/formatCitation.ts';
import type { PassageContext } from '../corpus/readPassageContext.ts';
import type { DocumentRecord } from '../corpus/records.ts';
import type { IndexReport } from '../index/indexCorpus.ts';

/** Plain-text rendering for the CLI and the terminal chat: what the bot would post. */

export function renderReply(reply: BriefReply): string {
  switch (reply.kind) {
    case 'answer':
      return renderAnswer(reply.answer);
    case 'backers':
      return renderBackers(reply.result);
    case 'summary':
      return renderSummary(reply.summary);
    case 'sources':
      return renderSources(reply.documents);
    case 'context':
      return renderPassageContext(reply.context);
    case 'help':
      return [
        'Ask a question in plain words, or use a command:',
        ...reply.commands.flatMap((command) => [
          `  /${command.name}  ${command.description}`,
          ...command.options.map((option) => `      ${option.name}:${option.required ? '' : ' (optional)'} ${option.description}`),
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

export function renderAnswer(answer: Answer): string {
  if (answer.answer === null) {
    const { closest } = answer;
    if (!closest) return `Nothing in the corpus answers "${answer.question}".`;
    return `Nothing answers "${answer.question}" directly; closest: ${oneLine(closest.keySentence ?? closest.text)} (${formatCitation(closest)})`;
  }
  const lines = [`Answer: ${oneLine(answer.answer)}`, ''];
  answer.excerpts.forEach((excerpt, i) => lines.push(renderExcerpt(excerpt, i + 1), ''));
  return lines.join('\n').trimEnd();
}

export function renderExcerpt(excerpt: ShownExcerpt, number: number): string {
  const date = excerpt.published ? ` (${excerpt.published})` : '';
  const text = excerpt.keySentence ? oneLine(excerpt.text).replace(oneLine(excerpt.keySentence), `»${oneLine(excerpt.keySentence)}«`) : oneLine(excerpt.text);
  return `[${number}] ${formatCitation(excerpt)} · ${excerpt.title}${date}\n    ${text}`;
}

export function renderBackers(result: WhoBacksResult): string {
  const asked = result.direction === 'backers' ? `Who backs ${result.entity}` : `Whom ${result.entity} backs`;
  if (!result.found) {
    const suggestions = result.suggestions.length > 0 ? ` Did you mean: ${result.suggestions.join(', ')}?` : '';
    return `"${result.entity}" is not mentioned in the corpus.${suggestions}`;
  }
  if (result.backers.length === 0) {
    return result.direction === 'backers'
      ? `The corpus mentions ${result.entity} but names no one backing it.`
      : `The corpus mentions ${result.entity} but names no one it backs.`;
  }
  const lines = [`${asked}, according to the corpus:`];
  for (const backer of result.backers) {
    const documents = `${backer.documents} document${backer.documents === 1 ? '' : 's'}`;
    lines.push(`• ${backer.name} (${backer.support}; ${documents})`);
    for (const evidence of backer.evidence) {
      const claim = evidence.reportedBy ? ` [according to ${evidence.reportedBy}]` : '';
      lines.push(`    ${formatCitation(evidence)}${claim}: ${oneLine(evidence.text)}`);
    }
  }
  return lines.join('\n');
}

export function renderSummary(summary: Summary): string {
  const scope = summary.topic ? ` on "${summary.topic}"` : summary.file ? ` of ${summary.file}` : '';
  if (summary.points.length === 0) return `Nothing in the corpus to brief${scope}.`;
  const lines = [`Briefing${scope}:`];
  for (const point of summary.points) {
    lines.push(`• ${point.text}`, `    ${point.citations.map((citation) => formatCitation(citation)).join('; ')}`);
  }
  return lines.join('\n');
}

export function renderSources(documents: DocumentRecord[]): string {
  if (documents.length === 0) return 'The corpus is empty: add .txt or .md files to the corpus folder.';
  return documents
    .map((doc) => `${doc.file} · ${doc.title}${doc.published ? ` (${doc.published})` : ''} · ${doc.passages} passages`)
    .join('\n');
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
