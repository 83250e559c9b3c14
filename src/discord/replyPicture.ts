import type { BriefReply } from '../brief/briefReply.ts';
import { drawSupportGraph } from '../brief/drawSupportGraph.ts';
import { drawTimeline } from '../brief/drawTimeline.ts';
import { renderPng } from '../brief/renderPng.ts';

export interface ReplyPicture {
  name: string;
  png: Buffer;
}

/**
 * The picture a reply carries beside its text, where people would rather look than read:
 * who-backs as a graph, a timeline as a strip. Null for other replies and for ones with
 * nothing to draw; the text answer is the same either way.
 */
export async function replyPicture(reply: BriefReply): Promise<ReplyPicture | null> {
  const drawing =
    reply.kind === 'backers' ? { name: 'who-backs.png', svg: drawSupportGraph(reply.result) }
    : reply.kind === 'timeline' ? { name: 'timeline.png', svg: drawTimeline(reply.result) }
    : null;
  if (!drawing?.svg) return null;
  const png = await renderPng(drawing.svg);
  return png ? { name: drawing.name, png } : null;
}
