import type { BriefReply } from './briefReply.ts';
import { drawSupportGraph } from './drawSupportGraph.ts';
import { drawTimeline } from './drawTimeline.ts';

/**
 * The picture of a reply, where people would rather look than read: who-backs as a graph, a
 * timeline as a strip, as SVG. Null for other replies and for ones with nothing to draw.
 */
export function drawReply(reply: BriefReply): { name: string; svg: string } | null {
  const svg =
    reply.kind === 'backers'
      ? drawSupportGraph(reply.result)
      : reply.kind === 'timeline'
        ? drawTimeline(reply.result)
        : null;
  if (svg === null) return null;
  return {
    name: reply.kind === 'backers' ? (reply.result.direction === 'backers' ? 'who-backs' : 'backed-by') : 'timeline',
    svg,
  };
}
