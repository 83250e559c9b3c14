import type { BriefReply } from '../brief/briefReply.ts';
import { toExcerptJson } from '../brief/excerpt.ts';
import type { SourceRecord } from '../corpus/additionRecords.ts';

/**
 * BriefReply → the one JSON object `briefbot <command> --json` prints: the CLI's JSON
 * contract, in one place (renderText.ts is its plain-text twin). Excerpts carry their text and
 * citation (file, page for a PDF, ¶, lines) and a score rounded to four places.
 */
export function renderJson(reply: BriefReply): unknown {
  switch (reply.kind) {
    case 'answer': {
      const { question, answer, excerpts } = reply.answer;
      return { question, answer, excerpts: excerpts.map(toExcerptJson) };
    }
    case 'backers': {
      const { entity, aliases, found, suggestions, backers } = reply.result;
      return {
        entity,
        aliases,
        found,
        suggestions,
        backers: backers.map(({ name, support, documents, evidence }) => ({
          name,
          support,
          documents,
          // Who made the claim, and the pattern that read it: a wrong relation points to its rule.
          evidence: evidence.map((e) => ({
            ...toExcerptJson(e),
            reportedBy: e.reportedBy,
            pattern: e.pattern,
            cue: e.cue,
          })),
        })),
      };
    }
    case 'summary':
      return {
        topic: reply.summary.topic,
        points: reply.summary.points.map((point) => ({
          text: point.text,
          citations: point.citations.map(toExcerptJson),
        })),
      };
    case 'sources':
      return { documents: reply.documents.map(sourceJson) };
    case 'added':
      return { added: sourceJson(reply.document) };
    case 'removed':
      return { removed: sourceJson(reply.document) };
    case 'help':
      return { commands: reply.commands };
    case 'context':
      return reply.context;
    case 'timeline': {
      const { entity, aliases, found, suggestions, range, events, undated } = reply.result;
      const event = ({ citations, ...rest }: (typeof events)[number]) => ({
        ...rest,
        citations: citations.map(toExcerptJson),
      });
      return {
        entity,
        aliases,
        found,
        suggestions,
        since: range.since,
        until: range.until,
        events: events.map(event),
        undated: undated.map(event),
      };
    }
  }
}

/** A document; `added` (who, how, when) only for one added through the bot. */
function sourceJson({ file, title, published, passages, added }: SourceRecord): Record<string, unknown> {
  return {
    file,
    title,
    published,
    passages,
    ...(added ? { added: { by: added.by.name, via: added.via, at: added.at } } : {}),
  };
}
