import type { BriefReply } from '../brief/briefReply.ts';
import { drawReply } from '../brief/drawReply.ts';
import { renderPng } from '../brief/renderPng.ts';

export interface ReplyPicture {
  name: string;
  png: Buffer;
}

/** The reply's drawing (drawReply) as a PNG attachment; null when it has none or it would pass Discord's limit. */
export async function replyPicture(reply: BriefReply): Promise<ReplyPicture | null> {
  const drawing = drawReply(reply);
  if (!drawing) return null;
  const png = await renderPng(drawing.svg);
  return png ? { name: `${drawing.name}.png`, png } : null;
}
