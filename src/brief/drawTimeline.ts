import { describeDating, type TimelineResult } from './buildTimeline.ts';
import { clip, escapeXml } from './drawSupportGraph.ts';

/** More events than this make a strip too long to read at a glance: the rest are counted in the caption. */
export const MAX_EVENTS_DRAWN = 15;

const WIDTH = 900;
const ROW = 44;
const FONT = 'DejaVu Sans, Verdana, Arial, sans-serif';

/**
 * A timeline as a picture: a strip down the left with one dot per dated event, oldest at the top,
 * its date (an open dot when inferred), the sentence cut short and how many documents report it.
 * Undated events are not drawn (the text answer lists them). Null when nothing is dated.
 */
export function drawTimeline(result: TimelineResult): string | null {
  if (!result.found || result.events.length === 0) return null;
  const drawn = result.events.slice(0, MAX_EVENTS_DRAWN);
  const height = 90 + drawn.length * ROW + 40;
  const rows = drawn.map((event, i) => {
    const y = 84 + i * ROW;
    const inferred = event.basis !== 'stated';
    const reports = event.documents > 1 ? ` · ${event.documents} documents` : '';
    return [
      `<circle cx="150" cy="${y}" r="7" fill="${inferred ? '#ffffff' : '#1d4e89'}" stroke="#1d4e89" stroke-width="2.5"/>`,
      `<text x="130" y="${y + 5}" font-size="14" font-weight="bold" fill="#1d2b3a" text-anchor="end">${escapeXml(event.date ?? '')}</text>`,
      `<text x="170" y="${y + 1}" font-size="14" fill="#1d2b3a">${escapeXml(clip(event.text, 88))}</text>`,
      `<text x="170" y="${y + 18}" font-size="11" fill="#5f6f80">${escapeXml(`${describeDating(event).replace(/^\((.*)\)$/, '$1')}${reports}`)}</text>`,
    ].join('');
  });
  const hidden = result.events.length - drawn.length;
  const caption = `Filled dot: date stated in the text · open dot: inferred from the publication date${hidden > 0 ? ` · ${hidden} more not drawn` : ''}`;
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${WIDTH}" height="${height}" viewBox="0 0 ${WIDTH} ${height}" font-family="${FONT}">`,
    `<rect width="100%" height="100%" fill="#f7f9fc"/>`,
    `<text x="24" y="34" font-size="20" font-weight="bold" fill="#1d2b3a">${escapeXml(clip(`Timeline: ${result.entity}`, 70))}</text>`,
    `<line x1="150" y1="70" x2="150" y2="${84 + (drawn.length - 1) * ROW + 14}" stroke="#9fb3c8" stroke-width="3"/>`,
    ...rows,
    `<text x="24" y="${height - 16}" font-size="12" fill="#5f6f80">${escapeXml(caption)}</text>`,
    '</svg>',
  ].join('\n');
}
