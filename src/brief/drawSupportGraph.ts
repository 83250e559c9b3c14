import type { WhoBacksResult } from './whoBacks.ts';

/** More counterparts than this do not fit around the actor legibly: the rest are counted in the caption. */
export const MAX_DRAWN = 12;

const WIDTH = 900;
const FONT = 'DejaVu Sans, Verdana, Arial, sans-serif';
const NODE_FONT = 15;
const EDGE_FONT = 12;
/** DejaVu Sans averages about this many ems per character: enough to size boxes without measuring. */
const CHAR_EM = 0.6;
const MAX_LABEL = 26;
const MAX_EDGE_LABEL = 40;

interface Node {
  label: string;
  x: number;
  y: number;
  width: number;
  height: number;
}

/**
 * A who-backs answer as a picture: the actor in the middle, each backer (or, for backed-by, each
 * actor it supports) around it, an arrow from supporter to supported labelled with the kinds of
 * support and how many documents say so. The same data as the text answer, nothing more; null
 * when there is nothing to draw.
 */
export function drawSupportGraph(result: WhoBacksResult): string | null {
  if (!result.found || result.backers.length === 0) return null;
  const drawn = result.backers.slice(0, MAX_DRAWN);
  // One or two: to the sides; more: evenly round an ellipse, starting at the top.
  const spots = drawn.map((_, i) => {
    if (drawn.length <= 2) return { dx: i === 0 ? -380 : 380, dy: 0 };
    const angle = -Math.PI / 2 + (2 * Math.PI * i) / drawn.length;
    return { dx: 330 * Math.cos(angle), dy: (drawn.length <= 4 ? 170 : 220) * Math.sin(angle) };
  });
  const top = Math.min(0, ...spots.map((spot) => spot.dy));
  const bottom = Math.max(0, ...spots.map((spot) => spot.dy));
  const center = node(result.entity, WIDTH / 2, 100 - top, true);
  const height = center.y + bottom + 90;
  const around = drawn.map((backer, i) =>
    node(backer.name, center.x + (spots[i]?.dx ?? 0), center.y + (spots[i]?.dy ?? 0), false),
  );

  const opposing = result.direction === 'opposers';
  const stroke = opposing ? '#b24a3b' : '#5b7fa6';
  const edges = drawn.map((backer, i) => {
    const other = around[i] as Node;
    // Arrows run from the actor who acts (backs or opposes) to the one acted on.
    const [from, to] = result.direction === 'backed' ? [center, other] : [other, center];
    const start = boxEdge(from, to);
    const end = boxEdge(to, from);
    const label = clip(backer.support, MAX_EDGE_LABEL);
    const midX = (start.x + end.x) / 2;
    const midY = (start.y + end.y) / 2;
    const labelWidth = label.length * EDGE_FONT * CHAR_EM + 12;
    const documents = `${backer.documents} document${backer.documents === 1 ? '' : 's'}`;
    return [
      `<line x1="${r(start.x)}" y1="${r(start.y)}" x2="${r(end.x)}" y2="${r(end.y)}" stroke="${stroke}" stroke-width="2" marker-end="url(#arrow)"/>`,
      `<rect x="${r(midX - labelWidth / 2)}" y="${r(midY - 10)}" width="${r(labelWidth)}" height="18" rx="4" fill="#ffffff" stroke="#d5dee8"/>`,
      `<text x="${r(midX)}" y="${r(midY + 4)}" font-size="${EDGE_FONT}" fill="#33506e" text-anchor="middle">${escapeXml(label)}</text>`,
      `<text x="${r(other.x)}" y="${r(other.y + other.height / 2 + 16)}" font-size="11" fill="#5f6f80" text-anchor="middle">${documents}</text>`,
    ].join('');
  });

  const hidden = result.backers.length - drawn.length;
  const title =
    result.direction === 'backers'
      ? `Who backs ${result.entity}`
      : opposing
        ? `Who opposes ${result.entity}`
        : `Whom ${result.entity} backs`;
  const arrows = opposing ? 'arrows point from opponent to opposed' : 'arrows point from supporter to supported';
  const caption = `According to the corpus${hidden > 0 ? ` · ${hidden} more not drawn` : ''} · ${arrows}`;
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${WIDTH}" height="${r(height)}" viewBox="0 0 ${WIDTH} ${r(height)}" font-family="${FONT}">`,
    '<defs><marker id="arrow" viewBox="0 0 10 10" refX="10" refY="5" markerWidth="8" markerHeight="8" orient="auto-start-reverse">',
    `<path d="M0,0 L10,5 L0,10 z" fill="${stroke}"/></marker></defs>`,
    `<rect width="100%" height="100%" fill="#f7f9fc"/>`,
    `<text x="24" y="34" font-size="20" font-weight="bold" fill="#1d2b3a">${escapeXml(clip(title, 70))}</text>`,
    ...edges,
    ...around.map((n) => box(n, false)),
    box(center, true),
    `<text x="24" y="${r(height - 16)}" font-size="12" fill="#5f6f80">${escapeXml(caption)}</text>`,
    '</svg>',
  ].join('\n');
}

function node(name: string, x: number, y: number, central: boolean): Node {
  const label = clip(name, MAX_LABEL);
  const size = central ? NODE_FONT + 3 : NODE_FONT;
  return { label, x, y, width: label.length * size * CHAR_EM + 28, height: size + 20 };
}

function box(n: Node, central: boolean): string {
  const size = central ? NODE_FONT + 3 : NODE_FONT;
  const fill = central ? '#1d4e89' : '#ffffff';
  const color = central ? '#ffffff' : '#1d2b3a';
  return (
    `<rect x="${r(n.x - n.width / 2)}" y="${r(n.y - n.height / 2)}" width="${r(n.width)}" height="${r(n.height)}" rx="${r(n.height / 2)}" fill="${fill}" stroke="#1d4e89" stroke-width="2"/>` +
    `<text x="${r(n.x)}" y="${r(n.y + size * 0.35)}" font-size="${size}" font-weight="${central ? 'bold' : 'normal'}" fill="${color}" text-anchor="middle">${escapeXml(n.label)}</text>`
  );
}

/** Where the line from a's centre towards b leaves a's box. */
function boxEdge(a: Node, b: Node): { x: number; y: number } {
  const dx = b.x - a.x;
  const dy = b.y - a.y;
  const scale = 1 / Math.max(Math.abs(dx) / (a.width / 2 + 4) || 0, Math.abs(dy) / (a.height / 2 + 4) || 0, 1e-9);
  return { x: a.x + dx * Math.min(1, scale), y: a.y + dy * Math.min(1, scale) };
}

export function clip(text: string, max: number): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length <= max ? flat : `${flat.slice(0, max - 1).trimEnd()}…`;
}

export function escapeXml(text: string): string {
  return text.replace(
    /[&<>"']/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' })[c] ?? c,
  );
}

function r(value: number): string {
  return (Math.round(value * 10) / 10).toString();
}
