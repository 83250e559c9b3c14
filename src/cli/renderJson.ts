import type { BriefReply } from '../brief/briefReply.ts';
import { toExcerptJson } from '../brief/excerpt.ts';

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
        backers: backers.map(({ name, support, documents, evidence }) => ({ name, support, documents, evidence: evidence.map(toExcerptJson) })),
      };
    }
    case 'summary':
      return {
        topic: reply.summary.topic,
        points: reply.summary.points.map((point) => ({ text: point.text, citations: point.citations.map(toExcerptJson) })),
      };
    case 'sources':
      return { documents: reply.documents.map(({ file, title, published, passages }) => ({ file, title, published, passages })) };
    case 'help':
      return { commands: reply.commands };
    case 'context':
      return reply.context;
  }
}
